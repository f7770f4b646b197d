using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Writes the members of one class, struct or interface stand-in. Members that match a virtual member
    /// of the host base become overrides (so calls bind as on the device), abstract members of the host
    /// base get throwing overrides (so the stand-in compiles), and nothing else is invented.
    /// </summary>
    internal sealed class TypeBody
    {
        private readonly StandInWriter _writer;
        private readonly StandInType _type;
        private readonly string _indent;
        private readonly HashSet<string> _signatures = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<ISymbol> _overridden = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        private readonly List<INamedTypeSymbol> _baseChain = new List<INamedTypeSymbol>();
        private StringBuilder _text;

        public TypeBody(StandInWriter writer, StandInType type, string indent)
        {
            _writer = writer;
            _type = type;
            _indent = indent;
            INamedTypeSymbol first = type.BaseType
                ?? (type.Kind == StandInKind.Struct ? writer.Probe.GetSpecialType(SpecialType.System_ValueType)
                : type.Kind == StandInKind.Class ? writer.Probe.GetSpecialType(SpecialType.System_Object)
                : null);
            for (INamedTypeSymbol b = first; b != null; b = b.BaseType)
            {
                _baseChain.Add(b);
            }
        }

        private SurfaceType Surface => _type.Surface;

        private bool IsInterface => _type.Kind == StandInKind.Interface;

        private string Name => StandInWriter.Identifier(Surface.Name);

        private string Own => "global::" + Surface.FullName;

        public void Write(StringBuilder text)
        {
            _text = text;
            List<SurfaceMember> members = Surface.Members.ToList();
            WriteFields(members.Where(m => m.IsField));
            WriteConstructors(members.Where(m => !m.IsField && m.Name == ".ctor" && !m.IsStatic).ToList());
            var properties = new List<SurfaceMember>();
            var events = new List<SurfaceMember>();
            foreach (SurfaceMember member in members.Where(m => !m.IsField && m.Name != ".ctor" && m.Name != ".cctor"))
            {
                if (IsAccessor(member, "get_", 0) || IsAccessor(member, "set_", 1))
                {
                    properties.Add(member);
                }
                else if (IsAccessor(member, "add_", 1) || IsAccessor(member, "remove_", 1))
                {
                    events.Add(member);
                }
                else if (member.Name.StartsWith("op_", StringComparison.Ordinal))
                {
                    WriteOperator(member, members);
                }
                else if (member.Name == "Finalize" && member.Parameters.Count == 0 && !member.IsStatic)
                {
                    WriteFinalizer(member);
                }
                else
                {
                    WriteMethod(member);
                }
            }

            WriteProperties(properties);
            WriteEvents(events);
            WriteAbstractOverrides();
        }

        private static bool IsAccessor(SurfaceMember member, string prefix, int minimumParameters)
        {
            return member.Name.Length > prefix.Length && member.Name.StartsWith(prefix, StringComparison.Ordinal) && member.Parameters.Count >= minimumParameters;
        }

        private void Line(string line) => _text.AppendLine(_indent + line);

        private void WriteFields(IEnumerable<SurfaceMember> fields)
        {
            foreach (SurfaceMember field in fields)
            {
                string type = _writer.TypeText(field.Type, Surface);
                if (type == null || IsInterface || !_signatures.Add(field.Name))
                {
                    _writer.Note(Surface, field, type == null ? "unresolved type" : "field not representable here");
                    continue;
                }

                // The list shows no static marker on fields; a field of the type's own type is a static
                // instance of it (IPAddress.Any), anything else is instance data (GenericEvent.Data).
                bool isStatic = type == Own || _type.Kind == StandInKind.StaticClass;
                Line("public " + (isStatic ? "static readonly " : string.Empty) + type + " " + StandInWriter.Identifier(field.Name) + ";");
            }
        }

        private void WriteConstructors(List<SurfaceMember> constructors)
        {
            if (IsInterface || _type.Kind == StandInKind.StaticClass)
            {
                return;
            }

            string initializer = _type.Kind == StandInKind.Struct ? " : this()" : BaseInitializer();
            foreach (SurfaceMember constructor in constructors)
            {
                if (_type.Kind == StandInKind.Struct && constructor.Parameters.Count == 0)
                {
                    continue; // implicit in C# 9
                }

                string parameters = _writer.ParameterList(constructor.Parameters, Surface);
                if (parameters == null || !_signatures.Add(".ctor(" + parameters + ")"))
                {
                    _writer.Note(Surface, constructor, "unresolved or duplicate signature");
                    continue;
                }

                Line("public " + Name + "(" + parameters + ")" + initializer + " { }");
            }

            if (constructors.Count == 0 && _type.Kind == StandInKind.Class)
            {
                Line("private " + Name + "()" + BaseInitializer() + " { }"); // no listed constructor: none on the device
            }
        }

        private string BaseInitializer()
        {
            if (_type.BaseType == null)
            {
                return string.Empty;
            }

            IMethodSymbol constructor = _type.BaseType.InstanceConstructors
                .Where(c => c.DeclaredAccessibility == Accessibility.Public || c.DeclaredAccessibility == Accessibility.Protected || c.DeclaredAccessibility == Accessibility.ProtectedOrInternal)
                .OrderBy(c => c.Parameters.Length)
                .FirstOrDefault();
            if (constructor == null || constructor.Parameters.Length == 0)
            {
                return string.Empty;
            }

            return " : base(" + string.Join(", ", constructor.Parameters.Select(p => "default(" + SurfaceTypeNames.CSharp(p.Type) + ")")) + ")";
        }

        private void WriteMethod(SurfaceMember method)
        {
            string returns = _writer.TypeText(method.Type, Surface);
            string parameters = _writer.ParameterList(method.Parameters, Surface);
            if (returns == null || parameters == null)
            {
                _writer.Note(Surface, method, "unresolved type");
                return;
            }

            if (method.Name == Surface.Name || !_signatures.Add(method.Name + "(" + ParameterTypes(parameters) + ")"))
            {
                _writer.Note(Surface, method, "name clash or duplicate signature");
                return;
            }

            string name = StandInWriter.Identifier(method.Name);
            if (IsInterface)
            {
                Line(returns + " " + name + "(" + parameters + ");");
                return;
            }

            string modifiers = "public " + (method.IsStatic ? "static " : string.Empty);
            if (!method.IsStatic)
            {
                IMethodSymbol virtualMethod = FindVirtual<IMethodSymbol>(method.Name, parameters, m => m.MethodKind == MethodKind.Ordinary, m => m.Parameters);
                if (virtualMethod != null)
                {
                    modifiers = SurfaceTypeNames.CSharp(virtualMethod.ReturnType) == returns
                        ? AccessModifier(virtualMethod) + " override "
                        : "public new ";
                    _overridden.Add(virtualMethod);
                }
            }

            Line(modifiers + returns + " " + name + "(" + parameters + ") { throw null; }");
        }

        private void WriteFinalizer(SurfaceMember member)
        {
            if (_type.Kind != StandInKind.Class)
            {
                _writer.Note(Surface, member, "finalizer outside a class");
                return;
            }

            Line("~" + Name + "() { }");
        }

        private void WriteOperator(SurfaceMember member, List<SurfaceMember> all)
        {
            string returns = _writer.TypeText(member.Type, Surface);
            string parameters = _writer.ParameterList(member.Parameters, Surface);
            if (returns == null || parameters == null || IsInterface)
            {
                _writer.Note(Surface, member, "unresolved type or interface operator");
                return;
            }

            if (member.Name == "op_Implicit" || member.Name == "op_Explicit")
            {
                string from = ParameterTypes(parameters);
                bool ownOnOneSide = (from == Own) != (returns == Own);
                bool baseOrInterface = from == "global::System.Object" || returns == "global::System.Object";
                if (member.Parameters.Count != 1 || !ownOnOneSide || baseOrInterface || !_signatures.Add(member.Name + "(" + from + ")" + returns))
                {
                    _writer.Note(Surface, member, "conversion not declarable");
                    return;
                }

                string keyword = member.Name == "op_Implicit" ? "implicit" : "explicit";
                Line("public static " + keyword + " operator " + returns + "(" + parameters + ") { throw null; }");
                return;
            }

            if (!StandInWriter.IsOperator(member.Name, out string token, out int arity) || member.Parameters.Count != arity
                || !ParameterTypes(parameters).Split(',').Select(p => p.Trim()).Contains(Own))
            {
                _writer.Note(Surface, member, "operator not declarable");
                return;
            }

            if (!_signatures.Add(member.Name + "(" + ParameterTypes(parameters) + ")"))
            {
                return;
            }

            Line("public static " + returns + " operator " + token + "(" + parameters + ") { throw null; }");
            string partner = StandInWriter.OperatorPartner(member.Name);
            if (partner != null && !all.Any(m => m.Name == partner))
            {
                // C# requires the pair; the partner is not device API, so the checker still rejects its use.
                _signatures.Add(partner + "(" + ParameterTypes(parameters) + ")");
                StandInWriter.IsOperator(partner, out string partnerToken, out _);
                Line("public static " + returns + " operator " + partnerToken + "(" + parameters + ") { throw null; }");
            }
        }

        private void WriteProperties(List<SurfaceMember> accessors)
        {
            foreach (var group in accessors.GroupBy(a => a.Name.Substring(4) + "|" + a.IsStatic + "|" + string.Join(",", IndexParameters(a))))
            {
                SurfaceMember getter = group.FirstOrDefault(a => a.Name.StartsWith("get_", StringComparison.Ordinal));
                SurfaceMember setter = group.FirstOrDefault(a => a.Name.StartsWith("set_", StringComparison.Ordinal));
                SurfaceMember any = getter ?? setter;
                string name = any.Name.Substring(4);
                List<string> index = IndexParameters(any);
                string type = _writer.TypeText(getter != null ? getter.Type : setter.Parameters[setter.Parameters.Count - 1], Surface);
                string parameters = _writer.ParameterList(index, Surface);
                if (type == null || parameters == null || name == Surface.Name)
                {
                    _writer.Note(Surface, any, "unresolved type or name clash");
                    continue;
                }

                bool indexer = index.Count > 0;
                if (!_signatures.Add((indexer ? "this[" : name + "[") + ParameterTypes(parameters) + "]"))
                {
                    continue;
                }

                bool hasGet = getter != null;
                bool hasSet = setter != null;
                string modifiers = "public " + (any.IsStatic ? "static " : string.Empty);
                if (!any.IsStatic && !IsInterface)
                {
                    IPropertySymbol virtualProperty = FindVirtual<IPropertySymbol>(indexer ? "this[]" : name, parameters, p => p.IsIndexer == indexer, p => p.Parameters);
                    if (virtualProperty != null)
                    {
                        bool fits = SurfaceTypeNames.CSharp(virtualProperty.Type) == type
                            && (!hasGet || virtualProperty.GetMethod != null) && (!hasSet || virtualProperty.SetMethod != null);
                        if (fits)
                        {
                            modifiers = AccessModifier(virtualProperty) + " override ";
                            hasGet |= virtualProperty.IsAbstract && virtualProperty.GetMethod != null;
                            hasSet |= virtualProperty.IsAbstract && virtualProperty.SetMethod != null;
                            _overridden.Add(virtualProperty);
                        }
                        else
                        {
                            modifiers = "public new ";
                        }
                    }
                }

                string declaration = indexer ? "this[" + parameters + "]" : StandInWriter.Identifier(name);
                if (indexer && name != "Item")
                {
                    Line("[global::System.Runtime.CompilerServices.IndexerName(\"" + name + "\")]");
                }

                string body = IsInterface
                    ? (hasGet ? "get; " : string.Empty) + (hasSet ? "set; " : string.Empty)
                    : (hasGet ? "get { throw null; } " : string.Empty) + (hasSet ? "set { } " : string.Empty);
                Line((IsInterface ? string.Empty : modifiers) + type + " " + declaration + " { " + body + "}");
            }
        }

        private static List<string> IndexParameters(SurfaceMember accessor)
        {
            return accessor.Name.StartsWith("get_", StringComparison.Ordinal)
                ? accessor.Parameters.ToList()
                : accessor.Parameters.Take(accessor.Parameters.Count - 1).ToList();
        }

        private void WriteEvents(List<SurfaceMember> accessors)
        {
            foreach (var group in accessors.GroupBy(a => a.Name.Substring(a.Name.IndexOf('_') + 1) + "|" + a.IsStatic))
            {
                SurfaceMember any = group.First();
                string name = any.Name.Substring(any.Name.IndexOf('_') + 1);
                string handler = _writer.TypeText(any.Parameters[0], Surface);
                if (handler == null || !_signatures.Add(name))
                {
                    _writer.Note(Surface, any, "unresolved handler type or duplicate");
                    continue;
                }

                Line(IsInterface
                    ? "event " + handler + " " + name + ";"
                    : "public " + (any.IsStatic ? "static " : string.Empty) + "event " + handler + " " + StandInWriter.Identifier(name) + " { add { } remove { } }");
            }
        }

        /// <summary>Throwing overrides for what the host base leaves abstract, so the stand-in compiles.</summary>
        private void WriteAbstractOverrides()
        {
            var done = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol type in _baseChain)
            {
                foreach (ISymbol member in type.GetMembers())
                {
                    for (ISymbol o = Overridden(member); o != null; o = Overridden(o))
                    {
                        done.Add(o);
                    }

                    if (!member.IsAbstract || done.Contains(member) || _overridden.Contains(member))
                    {
                        continue;
                    }

                    done.Add(member);
                    if (member is IMethodSymbol method && method.MethodKind == MethodKind.Ordinary)
                    {
                        string parameters = string.Join(", ", method.Parameters.Select((p, i) => RefKind(p) + SurfaceTypeNames.CSharp(p.Type) + " p" + i));
                        Line(AccessModifier(method) + " override " + SurfaceTypeNames.CSharp(method.ReturnType) + " " + method.Name + "(" + parameters + ") { throw null; }");
                    }
                    else if (member is IPropertySymbol property)
                    {
                        string declaration = property.IsIndexer
                            ? "this[" + string.Join(", ", property.Parameters.Select((p, i) => SurfaceTypeNames.CSharp(p.Type) + " p" + i)) + "]"
                            : property.Name;
                        string body = (property.GetMethod != null ? "get { throw null; } " : string.Empty) + (property.SetMethod != null ? "set { } " : string.Empty);
                        Line(AccessModifier(property) + " override " + SurfaceTypeNames.CSharp(property.Type) + " " + declaration + " { " + body + "}");
                    }
                }
            }
        }

        private T FindVirtual<T>(string name, string parameters, Func<T, bool> kind, Func<T, IEnumerable<IParameterSymbol>> parametersOf)
            where T : class, ISymbol
        {
            string wanted = ParameterTypes(parameters);
            foreach (INamedTypeSymbol type in _baseChain)
            {
                foreach (T candidate in type.GetMembers(name).OfType<T>())
                {
                    bool overridable = (candidate.IsVirtual || candidate.IsAbstract || candidate.IsOverride) && !candidate.IsSealed && !candidate.IsStatic;
                    bool visible = candidate.DeclaredAccessibility == Accessibility.Public
                        || candidate.DeclaredAccessibility == Accessibility.Protected
                        || candidate.DeclaredAccessibility == Accessibility.ProtectedOrInternal;
                    string have = string.Join(", ", parametersOf(candidate).Select(p => RefKind(p) + SurfaceTypeNames.CSharp(p.Type)));
                    if (overridable && visible && kind(candidate) && have == wanted)
                    {
                        return candidate;
                    }
                }
            }

            return null;
        }

        /// <summary>"ref global::System.Int32 p0, global::System.String p1" to "ref global::System.Int32, global::System.String".</summary>
        private static string ParameterTypes(string parameterList)
        {
            if (parameterList.Length == 0)
            {
                return string.Empty;
            }

            return string.Join(", ", parameterList.Split(',').Select(p => p.Trim()).Select(p => p.Substring(0, p.LastIndexOf(' '))));
        }

        private static string RefKind(IParameterSymbol parameter)
        {
            switch (parameter.RefKind)
            {
                case Microsoft.CodeAnalysis.RefKind.Ref: return "ref ";
                case Microsoft.CodeAnalysis.RefKind.Out: return "out ";
                case Microsoft.CodeAnalysis.RefKind.In: return "in ";
                default: return string.Empty;
            }
        }

        private static string AccessModifier(ISymbol member)
        {
            return member.DeclaredAccessibility == Accessibility.Public ? "public" : "protected";
        }

        private static ISymbol Overridden(ISymbol member)
        {
            switch (member)
            {
                case IMethodSymbol method: return method.OverriddenMethod;
                case IPropertySymbol property: return property.OverriddenProperty;
                case IEventSymbol e: return e.OverriddenEvent;
                default: return null;
            }
        }
    }
}
