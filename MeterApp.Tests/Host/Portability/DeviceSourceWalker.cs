using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Visits every syntax node of one device source and binds it: types (in declarations, casts,
    /// typeof, generic arguments, base lists, inferred with var), members reached by name or through a
    /// receiver, calls with their arguments, attributes, indexers, events, user-defined conversions and
    /// operators. Constructs the compiler lowers into library calls go to <see cref="LoweringChecks"/>,
    /// declarations and forbidden language features to <see cref="DeclarationChecks"/>.
    /// </summary>
    internal sealed class DeviceSourceWalker
    {
        private readonly CheckContext _context;
        private readonly SemanticModel _model;
        private readonly LoweringChecks _lowering;
        private readonly DeclarationChecks _declarations;

        public DeviceSourceWalker(CheckContext context)
        {
            _context = context;
            _model = context.Model;
            _lowering = new LoweringChecks(context);
            _declarations = new DeclarationChecks(context);
        }

        public void Walk(SyntaxNode root)
        {
            // Doc comments are not descended into: a cref is not code the device runs.
            foreach (SyntaxNode node in root.DescendantNodesAndSelf())
            {
                switch (node)
                {
                    case ExpressionSyntax expression:
                        Expression(expression);
                        break;
                    case AttributeSyntax attribute:
                        Call(attribute, _model.GetSymbolInfo(attribute).Symbol as IMethodSymbol, null, CallArguments.From(attribute.ArgumentList));
                        break;
                    case ConstructorInitializerSyntax initializer:
                        Call(initializer, _model.GetSymbolInfo(initializer).Symbol as IMethodSymbol, null, CallArguments.From(initializer.ArgumentList));
                        break;
                    default:
                        _lowering.Statement(node);
                        break;
                }

                _declarations.Check(node);
            }
        }

        private void Expression(ExpressionSyntax expression)
        {
            bool inNameof = InsideNameof(expression);
            TypeInfo typeInfo = _model.GetTypeInfo(expression);
            if (!IsDiscardedCallResult(expression))
            {
                _context.UseType(expression, typeInfo.Type);
                _context.UseType(expression, typeInfo.ConvertedType);
            }
            if (!inNameof)
            {
                Conversion(expression, typeInfo);
                CollectionInitializerElement(expression);
                _lowering.Expression(expression);
            }

            if (expression is ParenthesizedExpressionSyntax)
            {
                return; // binds to what it encloses, which is visited itself
            }

            ISymbol symbol = _model.GetSymbolInfo(expression).Symbol;
            if (symbol is ITypeSymbol type)
            {
                _context.UseType(expression, type);
                return;
            }

            if (symbol == null || IsPartOfParent(expression, symbol))
            {
                return;
            }

            if (inNameof)
            {
                _context.UseMember(expression, symbol, Receiver(expression), null); // named, not called
                return;
            }

            switch (expression)
            {
                case InvocationExpressionSyntax invocation:
                    Call(invocation, symbol as IMethodSymbol, Receiver(invocation.Expression), CallArguments.From(invocation.ArgumentList));
                    break;
                case BaseObjectCreationExpressionSyntax creation:
                    Call(creation, symbol as IMethodSymbol, null, CallArguments.From(creation.ArgumentList));
                    break;
                case ElementAccessExpressionSyntax access when symbol is IPropertySymbol indexer:
                    Property(access, indexer, TypeOf(access.Expression));
                    break;
                case ElementBindingExpressionSyntax binding when symbol is IPropertySymbol indexer:
                    Property(binding, indexer, ConditionalReceiver(binding));
                    break;
                case BinaryExpressionSyntax _:
                case AssignmentExpressionSyntax _:
                case PrefixUnaryExpressionSyntax _:
                case PostfixUnaryExpressionSyntax _:
                    _lowering.Operator(expression, symbol as IMethodSymbol);
                    break;
                case CastExpressionSyntax _:
                    _context.UseMember(expression, symbol, null, null); // user-defined explicit conversion
                    break;
                default:
                    Named(expression, symbol);
                    break;
            }
        }

        private void Named(ExpressionSyntax expression, ISymbol symbol)
        {
            ITypeSymbol receiver = Receiver(expression);
            switch (symbol)
            {
                case IPropertySymbol property:
                    Property(expression, property, receiver);
                    break;
                case IEventSymbol e:
                    _context.UseMember(expression, e, receiver, null);
                    if (expression.Parent is AssignmentExpressionSyntax assignment && assignment.Left == expression)
                    {
                        IMethodSymbol accessor = assignment.IsKind(SyntaxKind.AddAssignmentExpression) ? e.AddMethod
                            : assignment.IsKind(SyntaxKind.SubtractAssignmentExpression) ? e.RemoveMethod : null;
                        _context.UseMember(expression, accessor, receiver, null);
                    }

                    break;
                case IMethodSymbol method when method.MethodKind == MethodKind.AnonymousFunction || method.MethodKind == MethodKind.BuiltinOperator:
                    break;
                default:
                    _context.UseMember(expression, symbol, receiver, null); // field, or method group
                    break;
            }
        }

        private void Property(ExpressionSyntax access, IPropertySymbol property, ITypeSymbol receiver)
        {
            bool get = true;
            bool set = false;
            SyntaxNode parent = access.Parent;
            if (parent is AssignmentExpressionSyntax assignment && assignment.Left == access)
            {
                get = !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression);
                set = true;
            }
            else if (parent is NameEqualsSyntax)
            {
                get = false; // attribute named argument
                set = true;
            }
            else if (parent.IsKind(SyntaxKind.PreIncrementExpression) || parent.IsKind(SyntaxKind.PreDecrementExpression)
                || parent.IsKind(SyntaxKind.PostIncrementExpression) || parent.IsKind(SyntaxKind.PostDecrementExpression))
            {
                set = true;
            }

            _context.UseProperty(access, property, receiver, get, set);
        }

        private void Call(SyntaxNode call, IMethodSymbol method, ITypeSymbol receiver, CallArguments arguments)
        {
            if (method == null)
            {
                return; // nameof, delegate invocation of an unbound expression, or a compile error
            }

            bool structDefault = method.MethodKind == MethodKind.Constructor && method.IsImplicitlyDeclared
                && method.ContainingType.IsValueType && method.Parameters.Length == 0;
            if (structDefault)
            {
                return; // new S() is initobj, not a call
            }

            _context.UseMember(call, method, receiver, arguments);
            _lowering.FormatStrings(call, method, arguments);
        }

        /// <summary>User-defined implicit conversions, and the delegate constructor behind lambda or method-group conversions.</summary>
        private void Conversion(ExpressionSyntax expression, TypeInfo typeInfo)
        {
            Conversion conversion = _model.GetConversion(expression);
            if (conversion.IsUserDefined)
            {
                _context.UseMember(expression, conversion.MethodSymbol, null, null);
            }

            if ((conversion.IsAnonymousFunction || conversion.IsMethodGroup) && typeInfo.ConvertedType is INamedTypeSymbol target
                && target.TypeKind == TypeKind.Delegate && !_context.IsDevice(target) && !target.IsGenericType)
            {
                _context.Require(expression, "M:" + DocIds.TypeName(target) + ".#ctor(System.Object,System.IntPtr)", "delegate creation");
            }
        }

        /// <summary>"new ArrayList { a, b }" calls Add(a), Add(b).</summary>
        private void CollectionInitializerElement(ExpressionSyntax expression)
        {
            if (!(expression.Parent is InitializerExpressionSyntax initializer) || !initializer.IsKind(SyntaxKind.CollectionInitializerExpression))
            {
                return;
            }

            SymbolInfo add = _model.GetCollectionInitializerSymbolInfo(expression);
            ExpressionSyntax[] elements = expression is InitializerExpressionSyntax complex ? complex.Expressions.ToArray() : new[] { expression };
            Call(expression, add.Symbol as IMethodSymbol, TypeOf((ExpressionSyntax)initializer.Parent), CallArguments.FromExpressions(elements));
        }

        /// <summary>The name of a member access, qualified name or attribute is bound at the enclosing node.</summary>
        private static bool IsPartOfParent(ExpressionSyntax expression, ISymbol symbol)
        {
            switch (expression.Parent)
            {
                case MemberAccessExpressionSyntax access when access.Name == expression:
                case QualifiedNameSyntax qualified when qualified.Right == expression:
                case AliasQualifiedNameSyntax alias when alias.Name == expression:
                case MemberBindingExpressionSyntax binding when binding.Name == expression:
                case AttributeSyntax attribute when attribute.Name == expression:
                    return true;
                case InvocationExpressionSyntax invocation when invocation.Expression == expression:
                    return symbol is IMethodSymbol; // the invocation binds the call with its arguments
                default:
                    return false;
            }
        }

        private ITypeSymbol Receiver(ExpressionSyntax member)
        {
            switch (member)
            {
                case MemberAccessExpressionSyntax access:
                    return TypeOf(access.Expression);
                case MemberBindingExpressionSyntax binding:
                    return ConditionalReceiver(binding);
                default:
                    return null;
            }
        }

        private ITypeSymbol ConditionalReceiver(SyntaxNode binding)
        {
            ConditionalAccessExpressionSyntax conditional = binding.Ancestors().OfType<ConditionalAccessExpressionSyntax>()
                .FirstOrDefault(c => c.WhenNotNull.Span.Contains(binding.Span));
            return conditional == null ? null : TypeOf(conditional.Expression);
        }

        /// <summary>The type of an expression, or the type a type name denotes ("Math" in Math.Max).</summary>
        private ITypeSymbol TypeOf(ExpressionSyntax expression)
        {
            return _model.GetTypeInfo(expression).Type ?? _model.GetSymbolInfo(expression).Symbol as ITypeSymbol;
        }

        /// <summary>
        /// A call used as a statement: its result type is not used by the source. The call itself is
        /// still checked, and the lists' doc IDs carry no return type, so a device method that returns
        /// void where the host's returns something (Directory.CreateDirectory) binds without a false alarm.
        /// </summary>
        private static bool IsDiscardedCallResult(ExpressionSyntax expression)
        {
            return expression is InvocationExpressionSyntax && expression.Parent is ExpressionStatementSyntax;
        }

        private bool InsideNameof(SyntaxNode node)
        {
            foreach (InvocationExpressionSyntax invocation in node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>())
            {
                if (invocation.Expression is IdentifierNameSyntax name && name.Identifier.ValueText == "nameof"
                    && node != invocation && _model.GetSymbolInfo(invocation).Symbol == null)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
