using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Constructs whose library calls appear nowhere in the syntax: the compiler lowers them (C# standard
    /// §13.13 lock: Monitor.Enter(object)/Exit(object) when Enter(object, ref bool) is missing, as on the
    /// device; §13.14 using: IDisposable.Dispose; §13.9.5 foreach: GetEnumerator/MoveNext/Current/Dispose,
    /// index loops for arrays and strings; §12.10.5 string +: String.Concat; §12.8.3 interpolated strings
    /// under C# 9: String.Format(string, object[]) or Concat, never an interpolated-string handler;
    /// typeof: Type.GetTypeFromHandle; switch on string: String.op_Equality; delegate +, -, ==).
    /// Also checks the format specifiers the device's String.Format and ToString(format) understand.
    /// </summary>
    internal sealed class LoweringChecks
    {
        private const string StringFormat = "M:System.String.Format(System.String,System.Object[])";

        private readonly CheckContext _context;
        private readonly SemanticModel _model;

        public LoweringChecks(CheckContext context)
        {
            _context = context;
            _model = context.Model;
        }

        public void Statement(SyntaxNode node)
        {
            switch (node)
            {
                case LockStatementSyntax lockStatement:
                    _context.Require(lockStatement.Expression, "M:System.Threading.Monitor.Enter(System.Object)", "lock statement");
                    _context.Require(lockStatement.Expression, "M:System.Threading.Monitor.Exit(System.Object)", "lock statement");
                    break;
                case UsingStatementSyntax usingStatement:
                    Disposable(usingStatement);
                    break;
                case LocalDeclarationStatementSyntax declaration when declaration.UsingKeyword.IsKind(SyntaxKind.UsingKeyword):
                    Disposable(declaration);
                    break;
                case CommonForEachStatementSyntax forEach:
                    ForEach(forEach);
                    break;
                case SwitchStatementSyntax switchStatement:
                    StringSwitch(switchStatement.Expression);
                    break;
            }
        }

        public void Expression(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case InterpolatedStringExpressionSyntax interpolated:
                    Interpolated(interpolated);
                    break;
                case TypeOfExpressionSyntax typeOf:
                    _context.Require(typeOf, "M:System.Type.GetTypeFromHandle(System.RuntimeTypeHandle)", "typeof");
                    break;
                case SwitchExpressionSyntax switchExpression:
                    StringSwitch(switchExpression.GoverningExpression);
                    break;
            }
        }

        /// <summary>Built-in operators that still call the library; user-defined ones are ordinary members.</summary>
        public void Operator(ExpressionSyntax expression, IMethodSymbol op)
        {
            if (op == null)
            {
                return;
            }

            if (expression is AssignmentExpressionSyntax assignment && _model.GetSymbolInfo(assignment.Left).Symbol is IEventSymbol)
            {
                return; // event += handler: the add accessor, checked with the event
            }

            if (op.MethodKind != MethodKind.BuiltinOperator)
            {
                _context.UseMember(expression, op, null, null);
                return;
            }

            SyntaxKind kind = expression.Kind();
            INamedTypeSymbol owner = op.ContainingType;
            bool add = kind == SyntaxKind.AddExpression || kind == SyntaxKind.AddAssignmentExpression;
            bool subtract = kind == SyntaxKind.SubtractExpression || kind == SyntaxKind.SubtractAssignmentExpression;
            bool equality = kind == SyntaxKind.EqualsExpression || kind == SyntaxKind.NotEqualsExpression;
            string equalityName = kind == SyntaxKind.EqualsExpression ? "op_Equality" : "op_Inequality";
            if (owner.SpecialType == SpecialType.System_String && add)
            {
                Concatenation(expression);
            }
            else if (owner.SpecialType == SpecialType.System_String && equality)
            {
                _context.Require(expression, "M:System.String." + equalityName + "(System.String,System.String)", "string comparison");
            }
            else if (owner.TypeKind == TypeKind.Delegate && (add || subtract))
            {
                _context.Require(expression, "M:System.Delegate." + (add ? "Combine" : "Remove") + "(System.Delegate,System.Delegate)", "delegate " + (add ? "+" : "-"));
            }
            else if (owner.TypeKind == TypeKind.Delegate && equality)
            {
                _context.Require(expression, "M:System.Delegate." + equalityName + "(System.Delegate,System.Delegate)", "delegate comparison");
            }
        }

        /// <summary>Constant format strings of string.Format and numeric ToString(format).</summary>
        public void FormatStrings(SyntaxNode call, IMethodSymbol method, CallArguments arguments)
        {
            if (arguments.Items.Count == 0 || method.Parameters.Length == 0 || method.Parameters[0].Type.SpecialType != SpecialType.System_String)
            {
                return;
            }

            Optional<object> constant = _model.GetConstantValue(arguments.Items[0].Expression);
            if (!constant.HasValue || !(constant.Value is string format))
            {
                return;
            }

            IEnumerable<string> specifiers =
                method.Name == "Format" && method.ContainingType.SpecialType == SpecialType.System_String ? FormatSpecifiers.InCompositeFormat(format)
                : method.Name == "ToString" && IsNumeric(method.ContainingType) ? new[] { format }
                : Enumerable.Empty<string>();
            foreach (string specifier in specifiers.Where(s => !FormatSpecifiers.IsSupported(s)))
            {
                _context.Reject(call, method.OriginalDefinition.GetDocumentationCommentId(), "format specifier '" + specifier + "': the device formats D/F/G/N/X only");
            }
        }

        private void Disposable(SyntaxNode node)
        {
            _context.Require(node, "T:System.IDisposable", "using statement");
            _context.Require(node, "M:System.IDisposable.Dispose", "using statement");
        }

        private void ForEach(CommonForEachStatementSyntax forEach)
        {
            ForEachStatementInfo info = _model.GetForEachStatementInfo(forEach);
            ITypeSymbol collection = _model.GetTypeInfo(forEach.Expression).Type;
            if (collection == null || collection is IArrayTypeSymbol)
            {
                return; // arrays are walked with an index
            }

            ExpressionSyntax at = forEach.Expression;
            if (collection.SpecialType == SpecialType.System_String)
            {
                // Strings too: get_Chars and get_Length, not String.GetEnumerator.
                _context.Require(at, "M:System.String.get_Chars(System.Int32)", "foreach over a string");
                _context.Require(at, "M:System.String.get_Length", "foreach over a string");
                return;
            }

            ITypeSymbol enumerator = info.GetEnumeratorMethod?.ReturnType;
            _context.UseMember(at, info.GetEnumeratorMethod, collection, CallArguments.None);
            _context.UseMember(at, info.MoveNextMethod, enumerator, CallArguments.None);
            if (info.CurrentProperty != null)
            {
                _context.UseProperty(at, info.CurrentProperty, enumerator, true, false);
            }

            _context.UseMember(at, info.DisposeMethod, enumerator, CallArguments.None);
            if (info.ElementConversion.IsUserDefined)
            {
                _context.UseMember(at, info.ElementConversion.MethodSymbol, null, null);
            }
        }

        private void StringSwitch(ExpressionSyntax governing)
        {
            if (_model.GetTypeInfo(governing).Type?.SpecialType == SpecialType.System_String)
            {
                _context.Require(governing, "M:System.String.op_Equality(System.String,System.String)", "switch on a string");
            }
        }

        private void Interpolated(InterpolatedStringExpressionSyntax interpolated)
        {
            ITypeSymbol target = _model.GetTypeInfo(interpolated).ConvertedType;
            if (target != null && target.SpecialType != SpecialType.System_String)
            {
                _context.Reject(interpolated, target.OriginalDefinition.GetDocumentationCommentId(), "interpolated string converted to " + target.Name + ": the device compiler can only lower it to String.Format");
                return;
            }

            List<InterpolationSyntax> holes = interpolated.Contents.OfType<InterpolationSyntax>().ToList();
            foreach (InterpolationSyntax hole in holes.Where(h => h.FormatClause != null))
            {
                string specifier = hole.FormatClause.FormatStringToken.ValueText;
                if (!FormatSpecifiers.IsSupported(specifier))
                {
                    _context.Reject(hole, StringFormat, "format specifier '" + specifier + "' in an interpolated string: the device formats D/F/G/N/X only");
                }
            }

            if (holes.Count == 0)
            {
                return; // a constant
            }

            bool allStrings = holes.All(h => h.FormatClause == null && h.AlignmentClause == null
                && _model.GetTypeInfo(h.Expression).Type?.SpecialType == SpecialType.System_String);
            if (allStrings)
            {
                _context.Require(interpolated, ConcatId(interpolated.Contents.Count), "interpolated string");
            }
            else
            {
                _context.Require(interpolated, StringFormat, "interpolated string");
            }
        }

        /// <summary>"a" + b + c is one Concat call over the whole chain; non-strings go through ToString().</summary>
        private void Concatenation(ExpressionSyntax expression)
        {
            if (IsStringConcatenation(Outer(expression.Parent) as ExpressionSyntax) || _model.GetConstantValue(expression).HasValue)
            {
                return; // inner link of a chain, or folded to a constant
            }

            var operands = new List<ExpressionSyntax>();
            Flatten(expression, operands);
            int parts = 0;
            bool previousConstant = false;
            foreach (ExpressionSyntax operand in operands)
            {
                bool constant = _model.GetConstantValue(operand).Value is string;
                if (!(constant && previousConstant))
                {
                    parts++;
                }

                previousConstant = constant;
                ITypeSymbol type = _model.GetTypeInfo(operand).Type;
                if (type != null && type.SpecialType != SpecialType.System_String)
                {
                    _context.UseMember(operand, ToStringOf(type), type, CallArguments.None);
                }
            }

            _context.Require(expression, ConcatId(parts), "string concatenation");
        }

        private void Flatten(ExpressionSyntax expression, List<ExpressionSyntax> operands)
        {
            ExpressionSyntax inner = Inner(expression);
            if (inner is BinaryExpressionSyntax binary && IsStringConcatenation(binary))
            {
                Flatten(binary.Left, operands);
                Flatten(binary.Right, operands);
            }
            else if (inner is AssignmentExpressionSyntax assignment && IsStringConcatenation(assignment))
            {
                operands.Add(assignment.Left);
                Flatten(assignment.Right, operands);
            }
            else
            {
                operands.Add(inner);
            }
        }

        private bool IsStringConcatenation(ExpressionSyntax expression)
        {
            bool add = expression != null && (expression.IsKind(SyntaxKind.AddExpression) || expression.IsKind(SyntaxKind.AddAssignmentExpression));
            return add && _model.GetSymbolInfo(expression).Symbol is IMethodSymbol op
                && op.MethodKind == MethodKind.BuiltinOperator && op.ContainingType.SpecialType == SpecialType.System_String;
        }

        /// <summary>The first enclosing node that is not a pair of parentheses.</summary>
        private static SyntaxNode Outer(SyntaxNode node)
        {
            while (node is ParenthesizedExpressionSyntax parenthesized)
            {
                node = parenthesized.Parent;
            }

            return node;
        }

        private static ExpressionSyntax Inner(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        private static string ConcatId(int parts)
        {
            if (parts <= 1)
            {
                return "M:System.String.Concat(System.String,System.String)";
            }

            return parts <= 4
                ? "M:System.String.Concat(" + string.Join(",", Enumerable.Repeat("System.String", parts)) + ")"
                : "M:System.String.Concat(System.String[])";
        }

        /// <summary>The ToString() a concatenation calls on a value: the nearest declaration up the base chain.</summary>
        private static IMethodSymbol ToStringOf(ITypeSymbol type)
        {
            for (ITypeSymbol t = type; t != null; t = t.BaseType)
            {
                IMethodSymbol toString = t.GetMembers("ToString").OfType<IMethodSymbol>().FirstOrDefault(m => m.Parameters.Length == 0 && !m.IsStatic);
                if (toString != null)
                {
                    return toString;
                }
            }

            return null;
        }

        private static bool IsNumeric(INamedTypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Byte:
                case SpecialType.System_SByte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                    return true;
                default:
                    return false;
            }
        }
    }
}
