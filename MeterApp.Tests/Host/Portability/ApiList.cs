using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// The device API as Roslyn documentation-comment IDs (nfproj-settings/api-docids*.tsv): what exists
    /// on nanoFramework 1.x, and in which device assembly. A symbol whose ID is not here does not exist.
    /// </summary>
    public sealed class ApiList
    {
        private readonly Dictionary<string, string> _assemblyByDocId = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, List<string>> _overloadsByMember = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        /// <summary>Loads one or more lists in the api-docids.tsv format (ID TAB assembly, '#' comments).</summary>
        public static ApiList Load(params string[] paths)
        {
            var list = new ApiList();
            foreach (string path in paths)
            {
                list.AddLines(File.ReadAllLines(path), path);
            }

            return list;
        }

        public bool Contains(string docId) => docId != null && _assemblyByDocId.ContainsKey(docId);

        /// <summary>The device assembly that declares <paramref name="docId"/>, or null when it is not listed.</summary>
        public string AssemblyOf(string docId)
        {
            return docId != null && _assemblyByDocId.TryGetValue(docId, out string assembly) ? assembly : null;
        }

        /// <summary>
        /// Listed method IDs ("M:") of the member <paramref name="name"/> (metadata name, e.g. "Format" or
        /// "#ctor") of the type whose ID without prefix is <paramref name="typeDocId"/>: the device overloads.
        /// </summary>
        public IReadOnlyList<string> MethodOverloads(string typeDocId, string name)
        {
            return _overloadsByMember.TryGetValue(typeDocId + "." + name, out List<string> ids) ? ids : (IReadOnlyList<string>)Array.Empty<string>();
        }

        private void AddLines(IEnumerable<string> lines, string source)
        {
            foreach (string raw in lines)
            {
                string line = raw.Trim();
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] columns = line.Split('\t');
                if (columns.Length != 2 || columns[0].Length < 3 || columns[0][1] != ':')
                {
                    throw new FormatException(source + ": expected 'DocId<TAB>assembly', got '" + line + "'");
                }

                string docId = columns[0];
                _assemblyByDocId[docId] = columns[1];
                if (docId.StartsWith("M:", StringComparison.Ordinal))
                {
                    string member = MemberKey(docId);
                    if (!_overloadsByMember.TryGetValue(member, out List<string> ids))
                    {
                        ids = new List<string>();
                        _overloadsByMember.Add(member, ids);
                    }

                    ids.Add(docId);
                }
            }
        }

        /// <summary>"M:System.String.Format(System.String,System.Object[])" to "System.String.Format".</summary>
        private static string MemberKey(string methodDocId)
        {
            int paren = methodDocId.IndexOf('(');
            string withoutParameters = paren < 0 ? methodDocId.Substring(2) : methodDocId.Substring(2, paren - 2);
            int arity = withoutParameters.IndexOf("``", StringComparison.Ordinal);
            return arity < 0 ? withoutParameters : withoutParameters.Substring(0, arity);
        }
    }
}
