using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>Small helpers for Roslyn documentation-comment IDs ("M:Ns.Type.Name(Ns.Param,...)").</summary>
    public static class DocIds
    {
        public static string Method(string typeFullName, string name, IEnumerable<string> parameterDocIds)
        {
            List<string> parameters = parameterDocIds.ToList();
            return "M:" + typeFullName + "." + name + (parameters.Count == 0 ? string.Empty : "(" + string.Join(",", parameters) + ")");
        }

        /// <summary>The ID without its "X:" prefix of a type symbol ("System.String").</summary>
        public static string TypeName(INamedTypeSymbol type)
        {
            string id = type.GetDocumentationCommentId();
            return id == null ? null : id.Substring(2);
        }

        /// <summary>
        /// The ID <paramref name="memberId"/> would have if its member were declared on
        /// <paramref name="type"/> instead ("M:Base.Set" as "M:Derived.Set"): the device sometimes declares
        /// on a derived type what the host inherits (AutoResetEvent.Set, UTF8Encoding.GetBytes).
        /// </summary>
        public static string Rehome(string memberId, ISymbol member, INamedTypeSymbol type)
        {
            string owner = TypeName(member.ContainingType);
            string target = TypeName(type);
            string prefix = memberId.Substring(0, 2) + owner + ".";
            if (owner == null || target == null || !memberId.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                return null;
            }

            return memberId.Substring(0, 2) + target + "." + memberId.Substring(prefix.Length);
        }

        /// <summary>"System.String.Format" part: the member's type ID without prefix plus its metadata name.</summary>
        public static string MemberName(ISymbol member)
        {
            return member.MetadataName == ".ctor" ? "#ctor" : member.MetadataName;
        }
    }
}
