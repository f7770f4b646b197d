using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// The readable device API list (nfproj-settings/api-surface*.txt): "# assembly NAME" sections of
    /// "type|interface Full.Name: member; member" lines. Members read like "static int32 Max(int32, int32)",
    /// "field PinMode Input" or "void .ctor(string, int32)"; type names in members are short.
    /// </summary>
    public sealed class ApiSurface
    {
        private ApiSurface(IReadOnlyList<SurfaceType> types)
        {
            Types = types;
        }

        public IReadOnlyList<SurfaceType> Types { get; }

        public static ApiSurface Load(params string[] paths)
        {
            return Parse(paths.SelectMany(File.ReadAllLines));
        }

        public static ApiSurface Parse(IEnumerable<string> lines)
        {
            var types = new List<SurfaceType>();
            string assembly = null;
            foreach (string raw in lines)
            {
                string line = raw.Trim();
                if (line.StartsWith("# assembly ", StringComparison.Ordinal))
                {
                    assembly = line.Substring("# assembly ".Length).Trim();
                    continue;
                }

                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                int colon = line.IndexOf(": ", StringComparison.Ordinal);
                string head = colon < 0 ? line.TrimEnd(':') : line.Substring(0, colon);
                string body = colon < 0 ? string.Empty : line.Substring(colon + 2);
                int space = head.IndexOf(' ');
                if (space < 0 || assembly == null)
                {
                    throw new FormatException("api surface: cannot read '" + line + "'");
                }

                string keyword = head.Substring(0, space);
                string fullName = head.Substring(space + 1).Trim();
                List<SurfaceMember> members = body.Split(';')
                    .Select(m => m.Trim())
                    .Where(m => m.Length > 0)
                    .Select(SurfaceMember.Parse)
                    .ToList();
                types.Add(new SurfaceType(assembly, fullName, keyword == "interface", members));
            }

            return new ApiSurface(types);
        }
    }

    /// <summary>One type line of the surface list.</summary>
    public sealed class SurfaceType
    {
        public SurfaceType(string assembly, string fullName, bool isInterface, IReadOnlyList<SurfaceMember> members)
        {
            Assembly = assembly;
            FullName = fullName;
            IsInterface = isInterface;
            Members = members;
            int dot = fullName.LastIndexOf('.');
            Name = fullName.Substring(dot + 1);
            Container = dot < 0 ? string.Empty : fullName.Substring(0, dot);
        }

        public string Assembly { get; }

        /// <summary>Dotted full name; a nested type reads Outer.Inner, as in the doc IDs.</summary>
        public string FullName { get; }

        public string Name { get; }

        /// <summary>The namespace, or the containing type for a nested type.</summary>
        public string Container { get; }

        public bool IsInterface { get; }

        public bool IsGeneric => Name.IndexOf('`') >= 0;

        public IReadOnlyList<SurfaceMember> Members { get; }
    }

    /// <summary>One member of a surface line: "[static] Return Name(Param, ref Param)" or "field Type Name".</summary>
    public sealed class SurfaceMember
    {
        private SurfaceMember(bool isStatic, bool isField, string type, string name, IReadOnlyList<string> parameters)
        {
            IsStatic = isStatic;
            IsField = isField;
            Type = type;
            Name = name;
            Parameters = parameters;
        }

        public bool IsStatic { get; }

        public bool IsField { get; }

        /// <summary>Return type, or field type (short name as written, e.g. "int32", "PinValue", "byte[]").</summary>
        public string Type { get; }

        public string Name { get; }

        /// <summary>Parameter types as written; "ref T" for by-reference parameters.</summary>
        public IReadOnlyList<string> Parameters { get; }

        public static SurfaceMember Parse(string text)
        {
            if (text.StartsWith("field ", StringComparison.Ordinal))
            {
                string[] parts = text.Substring(6).Trim().Split(' ');
                return new SurfaceMember(false, true, parts[0], parts[parts.Length - 1], Array.Empty<string>());
            }

            bool isStatic = text.StartsWith("static ", StringComparison.Ordinal);
            string rest = isStatic ? text.Substring(7) : text;
            int open = rest.IndexOf('(');
            int close = rest.LastIndexOf(')');
            if (open < 0 || close < open)
            {
                throw new FormatException("api surface: cannot read member '" + text + "'");
            }

            string head = rest.Substring(0, open).Trim();
            int space = head.LastIndexOf(' ');
            string parameterText = rest.Substring(open + 1, close - open - 1).Trim();
            string[] parameters = parameterText.Length == 0
                ? Array.Empty<string>()
                : parameterText.Split(',').Select(p => p.Trim()).ToArray();
            return new SurfaceMember(isStatic, false, head.Substring(0, space), head.Substring(space + 1), parameters);
        }

        public override string ToString()
        {
            return (IsStatic ? "static " : string.Empty) + Type + " " + Name + (IsField ? string.Empty : "(" + string.Join(", ", Parameters) + ")");
        }
    }
}
