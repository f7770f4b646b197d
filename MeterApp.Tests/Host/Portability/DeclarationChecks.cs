using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Declarations and language features that need what the device lacks although no library symbol is
    /// written: generic declarations, records, async, iterators (the compiler implements
    /// IEnumerable&lt;object&gt;), stackalloc, LINQ queries; and the library types the compiler
    /// reaches for on its own: the base constructor an implicit ": base()" calls, [Extension],
    /// [ParamArray], IsExternalInit for init, IsVolatile for volatile, Delegate.Combine/Remove for
    /// field-like events. Overrides of library members are not checked (they are the device API's own).
    /// </summary>
    internal sealed class DeclarationChecks
    {
        private readonly CheckContext _context;
        private readonly SemanticModel _model;

        public DeclarationChecks(CheckContext context)
        {
            _context = context;
            _model = context.Model;
        }

        public void Check(SyntaxNode node)
        {
            switch (node)
            {
                case TypeParameterListSyntax typeParameters:
                    _context.Reject(typeParameters.Parent, DeclaredId(typeParameters.Parent), "generic declaration: no generics on the device");
                    break;
                case RecordDeclarationSyntax record:
                    _context.Reject(record, DeclaredId(record), "record: the compiler emits IEquatable<T> and other generic members");
                    break;
                case ClassDeclarationSyntax type:
                    ImplicitBaseConstructorCalls(type);
                    TestClassInstanceState(type);
                    break;
                case MethodDeclarationSyntax method:
                    Method(method, method.Modifiers);
                    ProtectedInternalOverride(method);
                    CovariantReturn(method);
                    break;
                case PropertyDeclarationSyntax property:
                    ProtectedInternalOverride(property);
                    CovariantReturn(property);
                    break;
                case CatchFilterClauseSyntax filter:
                    // Not verified to run on the nanoFramework 1.x interpreter; none of our code needs one.
                    _context.Reject(filter, EnclosingId(filter), "exception filter (catch ... when): not supported on the device");
                    break;
                case LocalFunctionStatementSyntax local:
                    Async(local, local.Modifiers);
                    break;
                case AnonymousFunctionExpressionSyntax lambda when lambda.AsyncKeyword.IsKind(SyntaxKind.AsyncKeyword):
                    _context.Reject(lambda, "async", "async: no Task on the device");
                    break;
                case YieldStatementSyntax yield:
                    _context.Reject(yield, EnclosingId(yield), "iterator: the compiler implements IEnumerable<object>, no generics on the device");
                    break;
                case StackAllocArrayCreationExpressionSyntax _:
                case ImplicitStackAllocArrayCreationExpressionSyntax _:
                    _context.Reject(node, "stackalloc", "stackalloc: not on the device");
                    break;
                case QueryExpressionSyntax _:
                    _context.Reject(node, "LINQ", "query expression: no LINQ on the device");
                    break;
                case ParameterSyntax parameter when parameter.Modifiers.Any(SyntaxKind.ParamsKeyword):
                    _context.Require(parameter, "M:System.ParamArrayAttribute.#ctor", "params parameter");
                    break;
                case AccessorDeclarationSyntax accessor when accessor.IsKind(SyntaxKind.InitAccessorDeclaration):
                    _context.Require(accessor, "T:System.Runtime.CompilerServices.IsExternalInit", "init accessor");
                    break;
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.VolatileKeyword):
                    _context.Require(field, "T:System.Runtime.CompilerServices.IsVolatile", "volatile field");
                    break;
                case EventFieldDeclarationSyntax eventField:
                    _context.Require(eventField, "M:System.Delegate.Combine(System.Delegate,System.Delegate)", "field-like event");
                    _context.Require(eventField, "M:System.Delegate.Remove(System.Delegate,System.Delegate)", "field-like event");
                    break;
            }
        }

        private void Method(MethodDeclarationSyntax method, SyntaxTokenList modifiers)
        {
            Async(method, modifiers);
            if (method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true)
            {
                _context.Require(method, "M:System.Runtime.CompilerServices.ExtensionAttribute.#ctor", "extension method");
            }
        }

        /// <summary>Overriding another project's "protected internal" member must say "protected" (§15.6.5).</summary>
        private void ProtectedInternalOverride(MemberDeclarationSyntax declaration)
        {
            ISymbol member = _model.GetDeclaredSymbol(declaration);
            ISymbol overridden = DeviceCompilation.OverriddenMember(member);
            if (overridden != null && member.DeclaredAccessibility == Accessibility.ProtectedOrInternal
                && overridden.DeclaredAccessibility == Accessibility.ProtectedOrInternal && _context.ProjectOf(overridden) != _context.ProjectOf(member))
            {
                _context.Reject(declaration, member.GetDocumentationCommentId(), "protected internal override of another assembly's member: the device compiler requires protected (CS0507)");
            }
        }

        /// <summary>C# 9 covariant returns need RuntimeFeature.CovariantReturnsOfClasses, which the device corlib lacks (CS8830).</summary>
        private void CovariantReturn(MemberDeclarationSyntax declaration)
        {
            ISymbol member = _model.GetDeclaredSymbol(declaration);
            ITypeSymbol declared = (member as IMethodSymbol)?.ReturnType ?? (member as IPropertySymbol)?.Type;
            ISymbol overridden = (member as IMethodSymbol)?.OverriddenMethod ?? (ISymbol)(member as IPropertySymbol)?.OverriddenProperty;
            ITypeSymbol inherited = (overridden as IMethodSymbol)?.ReturnType ?? (overridden as IPropertySymbol)?.Type;
            if (inherited != null && !SymbolEqualityComparer.Default.Equals(declared, inherited))
            {
                _context.Reject(declaration, member.GetDocumentationCommentId(), "covariant return type: the device runtime does not support it");
            }
        }

        /// <summary>
        /// nanoFramework's test runner calls test methods on a null instance, so a [TestClass]
        /// with instance fields or auto-properties passes under MSTest and fails on the device.
        /// </summary>
        private void TestClassInstanceState(ClassDeclarationSyntax type)
        {
            bool isTestClass = type.AttributeLists.SelectMany(l => l.Attributes)
                .Any(a => a.Name.ToString() == "TestClass" || a.Name.ToString().EndsWith(".TestClass"));
            if (!isTestClass)
            {
                return;
            }

            foreach (MemberDeclarationSyntax member in type.Members)
            {
                bool isStatic = member.Modifiers.Any(SyntaxKind.StaticKeyword) || member.Modifiers.Any(SyntaxKind.ConstKeyword);
                bool isState = member is FieldDeclarationSyntax
                    || (member is PropertyDeclarationSyntax property && property.AccessorList != null && property.AccessorList.Accessors.All(a => a.Body == null && a.ExpressionBody == null));
                if (isState && !isStatic)
                {
                    _context.Reject(member, DeclaredId(member is FieldDeclarationSyntax field ? field.Declaration.Variables[0] : member), "instance state in a test class: the device calls test methods on a null instance, keep state static");
                }
            }
        }

        private void Async(SyntaxNode node, SyntaxTokenList modifiers)
        {
            if (modifiers.Any(SyntaxKind.AsyncKeyword))
            {
                _context.Reject(node, DeclaredId(node), "async: no Task on the device");
            }
        }

        /// <summary>Constructors without an initializer (and the implicit one) call the base's parameterless constructor.</summary>
        private void ImplicitBaseConstructorCalls(ClassDeclarationSyntax type)
        {
            if (!(_model.GetDeclaredSymbol(type) is INamedTypeSymbol symbol) || symbol.IsStatic || symbol.BaseType == null
                || _context.IsDevice(symbol.BaseType))
            {
                return;
            }

            IMethodSymbol baseConstructor = symbol.BaseType.InstanceConstructors
                .Where(c => c.Parameters.All(p => p.IsOptional || p.IsParams))
                .OrderBy(c => c.Parameters.Length)
                .FirstOrDefault();
            foreach (IMethodSymbol constructor in symbol.InstanceConstructors)
            {
                SyntaxReference reference = constructor.DeclaringSyntaxReferences.FirstOrDefault();
                var declaration = reference?.GetSyntax() as ConstructorDeclarationSyntax;
                if (reference != null && declaration == null)
                {
                    continue; // a record's or another partial's synthesized constructor
                }

                if (declaration != null && (declaration.Initializer != null || declaration.SyntaxTree != type.SyntaxTree || !type.Span.Contains(declaration.Span)))
                {
                    continue;
                }

                if (declaration == null && type != symbol.DeclaringSyntaxReferences.First().GetSyntax())
                {
                    continue; // the implicit constructor is checked once, at the first part
                }

                SyntaxNode at = (SyntaxNode)declaration ?? type;
                if (baseConstructor == null)
                {
                    _context.Reject(at, DocIds.TypeName(symbol.BaseType), "no parameterless base constructor");
                    continue;
                }

                _context.UseMember(at, baseConstructor, null, CallArguments.None);
            }
        }

        private string DeclaredId(SyntaxNode declaration)
        {
            return _model.GetDeclaredSymbol(declaration)?.GetDocumentationCommentId() ?? declaration.Kind().ToString();
        }

        private string EnclosingId(SyntaxNode node)
        {
            return _model.GetEnclosingSymbol(node.SpanStart)?.GetDocumentationCommentId() ?? "iterator";
        }
    }
}
