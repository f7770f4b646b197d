using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// One Roslyn compilation of the device sources of all projects together with the external trees
    /// (stand-ins, shim), plus what it takes to tell device symbols from library symbols and to apply
    /// the project boundaries a single compilation would otherwise hide.
    /// </summary>
    internal sealed class DeviceCompilation
    {
        private readonly Dictionary<SyntaxTree, DeviceSource> _sources;
        private readonly IReadOnlyDictionary<string, DeviceProjectInfo> _projects;
        private readonly Dictionary<string, HashSet<string>> _internalsVisibleTo;

        public DeviceCompilation(Compilation compilation, Dictionary<SyntaxTree, DeviceSource> sources, IReadOnlyDictionary<string, DeviceProjectInfo> projects, ApiList api)
        {
            Compilation = compilation;
            _sources = sources;
            _projects = projects;
            Rules = new DeviceApiRules(api, compilation);
            _internalsVisibleTo = sources
                .GroupBy(s => s.Value.Project)
                .ToDictionary(g => g.Key, g => new HashSet<string>(g.SelectMany(s => InternalsVisibleTo(s.Key)), StringComparer.Ordinal));
        }

        public Compilation Compilation { get; }

        public DeviceApiRules Rules { get; }

        public IEnumerable<KeyValuePair<SyntaxTree, DeviceSource>> Sources => _sources;

        /// <summary>Declared in a device source (not in the host library, the stand-ins or the shim).</summary>
        public bool IsDevice(ISymbol symbol) => ProjectOf(symbol) != null;

        /// <summary>The device project declaring <paramref name="symbol"/>, or null for library symbols.</summary>
        public string ProjectOf(ISymbol symbol)
        {
            if (symbol is IMethodSymbol method && method.ReducedFrom != null)
            {
                symbol = method.ReducedFrom;
            }

            for (ISymbol s = symbol.OriginalDefinition; s != null && !(s is INamespaceSymbol); s = s.ContainingSymbol)
            {
                if (s is INamedTypeSymbol t && (t.IsAnonymousType || t.IsTupleType))
                {
                    return null; // compiler-made library types (generic ones), whatever their source location
                }

                foreach (Location location in s.Locations)
                {
                    if (location.IsInSource && _sources.TryGetValue(location.SourceTree, out DeviceSource source))
                    {
                        return source.Project;
                    }
                }
            }

            return null;
        }

        public bool References(string project, string referenced)
        {
            return !_projects.TryGetValue(project, out DeviceProjectInfo info) || info.ProjectReferences.Contains(referenced);
        }

        public bool InternalsVisible(string owner, string user)
        {
            return _projects.TryGetValue(user, out DeviceProjectInfo info)
                && _internalsVisibleTo.TryGetValue(owner, out HashSet<string> friends)
                && friends.Contains(info.AssemblyName);
        }

        /// <summary>
        /// True for CS0507 on a "protected override" of a "protected internal" member of another project:
        /// correct across assemblies (C# standard §15.6.5), an error only because this one compilation
        /// merges the projects. <see cref="DeclarationChecks"/> reports the opposite case.
        /// </summary>
        public bool IsAssemblyBoundaryArtifact(Diagnostic diagnostic)
        {
            SyntaxTree tree = diagnostic.Location.SourceTree;
            if (diagnostic.Id != "CS0507" || tree == null || !_sources.ContainsKey(tree))
            {
                return false;
            }

            SyntaxNode node = tree.GetRoot().FindNode(diagnostic.Location.SourceSpan);
            MemberDeclarationSyntax declaration = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault();
            ISymbol member = declaration == null ? null : Compilation.GetSemanticModel(tree).GetDeclaredSymbol(declaration);
            ISymbol overridden = OverriddenMember(member);
            return member != null && overridden != null
                && member.DeclaredAccessibility == Accessibility.Protected
                && overridden.DeclaredAccessibility == Accessibility.ProtectedOrInternal
                && ProjectOf(overridden) != ProjectOf(member);
        }

        public static ISymbol OverriddenMember(ISymbol member)
        {
            switch (member)
            {
                case IMethodSymbol method: return method.OverriddenMethod;
                case IPropertySymbol property: return property.OverriddenProperty;
                case IEventSymbol e: return e.OverriddenEvent;
                default: return null;
            }
        }

        private static IEnumerable<string> InternalsVisibleTo(SyntaxTree tree)
        {
            return tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>()
                .Where(a => a.Name.ToString().EndsWith("InternalsVisibleTo", StringComparison.Ordinal) || a.Name.ToString().EndsWith("InternalsVisibleToAttribute", StringComparison.Ordinal))
                .Select(a => a.ArgumentList?.Arguments.FirstOrDefault()?.Expression as LiteralExpressionSyntax)
                .Where(l => l != null)
                .Select(l => l.Token.ValueText);
        }
    }
}
