using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// What the checks of one device source share: its semantic model, the API rules, and where uses go.
    /// A symbol declared in a device source is not held to the lists, but using it from another device
    /// project needs a ProjectReference and public visibility, as the device build would.
    /// </summary>
    internal sealed class CheckContext
    {
        private readonly DeviceCompilation _compilation;
        private readonly List<Violation> _violations;
        private readonly List<AssemblyUse> _uses;

        public CheckContext(DeviceCompilation compilation, DeviceSource source, SemanticModel model, List<Violation> violations, List<AssemblyUse> uses)
        {
            _compilation = compilation;
            Source = source;
            Model = model;
            _violations = violations;
            _uses = uses;
        }

        public DeviceSource Source { get; }

        public SemanticModel Model { get; }

        public DeviceApiRules Rules => _compilation.Rules;

        public bool IsDevice(ISymbol symbol) => _compilation.IsDevice(symbol);

        /// <summary>The device project declaring the symbol, or null for library symbols.</summary>
        public string ProjectOf(ISymbol symbol) => _compilation.ProjectOf(symbol);

        public void Report(SyntaxNode node, Verdict verdict)
        {
            if (verdict == null)
            {
                return;
            }

            int line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            if (verdict.Accepted)
            {
                _uses.Add(new AssemblyUse(Source.Project, verdict.Assembly, verdict.DocId, Source.Path, line));
            }
            else
            {
                _violations.Add(new Violation(Source.Path, line, verdict.DocId, verdict.What));
            }
        }

        public void Reject(SyntaxNode node, string docId, string what) => Report(node, Verdict.Rejected(docId, what));

        public void Require(SyntaxNode node, string docId, string what) => Report(node, Rules.Required(docId, what));

        /// <summary>Every type that <paramref name="type"/> is built from must be device API (or device source).</summary>
        public void UseType(SyntaxNode node, ITypeSymbol type)
        {
            ITypeSymbol element = type;
            while (element is IArrayTypeSymbol array)
            {
                element = array.ElementType;
            }

            if (element is INamedTypeSymbol named && IsDevice(named))
            {
                CrossProject(node, named);
                foreach (ITypeSymbol argument in named.TypeArguments)
                {
                    UseType(node, argument);
                }

                return;
            }

            foreach (Verdict verdict in Rules.Type(type))
            {
                Report(node, verdict);
            }
        }

        /// <summary>A field, event, property or method reached through <paramref name="receiver"/>.</summary>
        public void UseMember(SyntaxNode node, ISymbol symbol, ITypeSymbol receiver, CallArguments call)
        {
            if (symbol == null || !IsMember(symbol))
            {
                return;
            }

            if (IsDevice(symbol))
            {
                CrossProject(node, symbol);
                return;
            }

            Report(node, Rules.Member(symbol, receiver, call, Model));
        }

        /// <summary>A property read and/or written (the accessors are API too: a get-only device property cannot be set).</summary>
        public void UseProperty(SyntaxNode node, IPropertySymbol property, ITypeSymbol receiver, bool get, bool set)
        {
            if (IsDevice(property))
            {
                CrossProject(node, property);
                return;
            }

            Report(node, Rules.Member(property, receiver, null, Model));
            if (get)
            {
                Report(node, Rules.Accessor(property, false, receiver, Model));
            }

            if (set)
            {
                Report(node, Rules.Accessor(property, true, receiver, Model));
            }
        }

        private static bool IsMember(ISymbol symbol)
        {
            return symbol is IMethodSymbol || symbol is IPropertySymbol || symbol is IFieldSymbol || symbol is IEventSymbol;
        }

        private void CrossProject(SyntaxNode node, ISymbol symbol)
        {
            string owner = _compilation.ProjectOf(symbol);
            if (owner == null || owner == Source.Project)
            {
                return;
            }

            string docId = symbol.OriginalDefinition.GetDocumentationCommentId() ?? symbol.ToDisplayString();
            if (!_compilation.References(Source.Project, owner))
            {
                Reject(node, docId, Source.Project + " uses " + owner + " without a ProjectReference to it");
            }
            else if (!IsVisibleOutside(symbol) && !_compilation.InternalsVisible(owner, Source.Project))
            {
                Reject(node, docId, "not public: " + Source.Project + " cannot use it from assembly of " + owner);
            }
        }

        private static bool IsVisibleOutside(ISymbol symbol)
        {
            for (ISymbol s = symbol; s != null && !(s is INamespaceSymbol); s = s.ContainingSymbol)
            {
                Accessibility a = s.DeclaredAccessibility;
                if (a != Accessibility.Public && a != Accessibility.Protected && a != Accessibility.ProtectedOrInternal && a != Accessibility.NotApplicable)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
