using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Meter.Tests.Portability
{
    /// <summary>Writes the C# text of stand-in types (see <see cref="StandInGenerator"/>).</summary>
    internal sealed class StandInWriter
    {
        private static readonly Dictionary<string, string> UnaryOperators = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["op_UnaryNegation"] = "-", ["op_UnaryPlus"] = "+", ["op_LogicalNot"] = "!", ["op_OnesComplement"] = "~",
            ["op_Increment"] = "++", ["op_Decrement"] = "--", ["op_True"] = "true", ["op_False"] = "false",
        };

        private static readonly Dictionary<string, string> BinaryOperators = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["op_Addition"] = "+", ["op_Subtraction"] = "-", ["op_Multiply"] = "*", ["op_Division"] = "/", ["op_Modulus"] = "%",
            ["op_BitwiseAnd"] = "&", ["op_BitwiseOr"] = "|", ["op_ExclusiveOr"] = "^", ["op_LeftShift"] = "<<", ["op_RightShift"] = ">>",
            ["op_Equality"] = "==", ["op_Inequality"] = "!=", ["op_LessThan"] = "<", ["op_GreaterThan"] = ">",
            ["op_LessThanOrEqual"] = "<=", ["op_GreaterThanOrEqual"] = ">=",
        };

        // C# requires these operators in pairs (§12.4.3 of the C# standard, "operator declarations").
        private static readonly Dictionary<string, string> OperatorPartners = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["op_Equality"] = "op_Inequality", ["op_Inequality"] = "op_Equality", ["op_LessThan"] = "op_GreaterThan",
            ["op_GreaterThan"] = "op_LessThan", ["op_LessThanOrEqual"] = "op_GreaterThanOrEqual",
            ["op_GreaterThanOrEqual"] = "op_LessThanOrEqual", ["op_True"] = "op_False", ["op_False"] = "op_True",
        };

        private readonly SurfaceTypeNames _names;
        private readonly List<string> _notes;

        public StandInWriter(SurfaceTypeNames names, Compilation probe, List<string> notes)
        {
            _names = names;
            Probe = probe;
            _notes = notes;
        }

        /// <summary>Host references plus shim: where base classes and their virtual members come from.</summary>
        internal Compilation Probe { get; }

        public string Write(string assembly, IEnumerable<StandInType> roots)
        {
            var text = new StringBuilder();
            text.AppendLine("// Generated at test time from nfproj-settings/api-surface*.txt, assembly " + assembly + ".");
            text.AppendLine("// Binding stand-ins for the portability check only: never compiled into anything that runs.");
            text.AppendLine("#pragma warning disable");
            foreach (IGrouping<string, StandInType> ns in roots.GroupBy(t => t.Surface.Container).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.AppendLine("namespace " + ns.Key);
                text.AppendLine("{");
                foreach (StandInType type in ns.OrderBy(t => t.Surface.Name, StringComparer.Ordinal))
                {
                    WriteType(text, type, "    ");
                }

                text.AppendLine("}");
            }

            return text.ToString();
        }

        private void WriteType(StringBuilder text, StandInType type, string indent)
        {
            SurfaceType surface = type.Surface;
            string name = Identifier(surface.Name);
            switch (type.Kind)
            {
                case StandInKind.Delegate:
                    WriteDelegate(text, type, indent);
                    return;
                case StandInKind.Enum:
                    text.AppendLine(indent + "public enum " + name);
                    text.AppendLine(indent + "{");
                    foreach (string field in surface.Members.Select(m => m.Name).Distinct())
                    {
                        text.AppendLine(indent + "    " + Identifier(field) + ",");
                    }

                    text.AppendLine(indent + "}");
                    return;
            }

            string keyword = type.Kind == StandInKind.Interface ? "interface"
                : type.Kind == StandInKind.Struct ? "struct"
                : type.Kind == StandInKind.StaticClass ? "static class"
                : "class";
            var bases = new List<string>();
            if (type.BaseType != null)
            {
                bases.Add(SurfaceTypeNames.CSharp(type.BaseType));
            }

            bases.AddRange(type.Interfaces);
            text.AppendLine(indent + "public " + keyword + " " + name + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty));
            text.AppendLine(indent + "{");
            var body = new TypeBody(this, type, indent + "    ");
            body.Write(text);
            foreach (StandInType nested in type.Nested.OrderBy(t => t.Surface.Name, StringComparer.Ordinal))
            {
                WriteType(text, nested, indent + "    ");
            }

            text.AppendLine(indent + "}");
        }

        private void WriteDelegate(StringBuilder text, StandInType type, string indent)
        {
            SurfaceMember invoke = type.Surface.Members.First(m => m.Name == "Invoke");
            string returns = _names.CSharp(invoke.Type, type.Surface);
            string parameters = ParameterList(invoke.Parameters, type.Surface);
            if (returns == null || parameters == null)
            {
                Note(type.Surface, invoke, "unresolved type");
                return;
            }

            text.AppendLine(indent + "public delegate " + returns + " " + Identifier(type.Surface.Name) + "(" + parameters + ");");
        }

        internal string ParameterList(IEnumerable<string> surfaceParameters, SurfaceType context)
        {
            var parts = new List<string>();
            int index = 0;
            foreach (string parameter in surfaceParameters)
            {
                bool byRef = parameter.StartsWith("ref ", StringComparison.Ordinal);
                string type = _names.CSharp(byRef ? parameter.Substring(4) : parameter, context);
                if (type == null || type == "void")
                {
                    return null;
                }

                parts.Add((byRef ? "ref " : string.Empty) + type + " p" + index++);
            }

            return string.Join(", ", parts);
        }

        internal string TypeText(string surfaceType, SurfaceType context) => _names.CSharp(surfaceType, context);

        internal void Note(SurfaceType type, SurfaceMember member, string reason)
        {
            _notes.Add(type.FullName + "." + (member == null ? string.Empty : member.ToString()) + ": not generated (" + reason + ")");
        }

        internal static string Identifier(string name)
        {
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }

        internal static bool IsOperator(string name, out string token, out int arity)
        {
            if (UnaryOperators.TryGetValue(name, out token))
            {
                arity = 1;
                return true;
            }

            arity = 2;
            return BinaryOperators.TryGetValue(name, out token);
        }

        internal static string OperatorPartner(string name)
        {
            return OperatorPartners.TryGetValue(name, out string partner) ? partner : null;
        }
    }
}
