using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Reads the parameter list of a method doc ID ("M:T.M(System.Int32@,System.Object[])") back into
    /// types of a compilation. Generic parameter types ("{...}", "``0") are not resolved: device
    /// overloads have none.
    /// </summary>
    public static class DocIdTypes
    {
        /// <summary>Parameter types and by-ref flags, or null when one cannot be resolved.</summary>
        public static IReadOnlyList<(ITypeSymbol Type, bool ByRef)> Parameters(string methodDocId, Compilation compilation)
        {
            var result = new List<(ITypeSymbol, bool)>();
            int open = methodDocId.IndexOf('(');
            if (open < 0)
            {
                return result;
            }

            string list = methodDocId.Substring(open + 1, methodDocId.LastIndexOf(')') - open - 1);
            foreach (string parameter in SplitTopLevel(list))
            {
                bool byRef = parameter.EndsWith("@", System.StringComparison.Ordinal);
                ITypeSymbol type = Resolve(byRef ? parameter.Substring(0, parameter.Length - 1) : parameter, compilation);
                if (type == null)
                {
                    return null;
                }

                result.Add((type, byRef));
            }

            return result;
        }

        /// <summary>A type named as in doc IDs: "System.Byte[]", "Outer.Inner", "System.Int32[0:,0:]".</summary>
        public static ITypeSymbol Resolve(string name, Compilation compilation)
        {
            if (name.EndsWith("]", System.StringComparison.Ordinal))
            {
                int open = name.LastIndexOf('[');
                int rank = name.Substring(open).Split(',').Length;
                ITypeSymbol element = Resolve(name.Substring(0, open), compilation);
                return element == null ? null : compilation.CreateArrayTypeSymbol(element, rank);
            }

            if (name.IndexOf('{') >= 0 || name.IndexOf('`') >= 0 || name.EndsWith("*", System.StringComparison.Ordinal))
            {
                return null;
            }

            return NamedType(name, compilation);
        }

        /// <summary>Dotted name to type, trying "Outer+Inner" spellings for nested types.</summary>
        public static INamedTypeSymbol NamedType(string dottedName, Compilation compilation)
        {
            string metadataName = dottedName;
            while (true)
            {
                INamedTypeSymbol found = compilation.GetTypeByMetadataName(metadataName);
                if (found != null)
                {
                    return found;
                }

                int dot = metadataName.LastIndexOf('.');
                if (dot < 0)
                {
                    return null;
                }

                metadataName = metadataName.Substring(0, dot) + "+" + metadataName.Substring(dot + 1);
            }
        }

        private static IEnumerable<string> SplitTopLevel(string list)
        {
            int depth = 0;
            var current = new StringBuilder();
            foreach (char c in list)
            {
                if (c == '{' || c == '[')
                {
                    depth++;
                }
                else if (c == '}' || c == ']')
                {
                    depth--;
                }

                if (c == ',' && depth == 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            if (current.Length > 0)
            {
                yield return current.ToString();
            }
        }
    }
}
