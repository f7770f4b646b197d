using System.Collections.Generic;
using System.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>One use of something the device lacks: "path:line: doc-id (what)".</summary>
    public sealed class Violation
    {
        public Violation(string path, int line, string docId, string what)
        {
            Path = path;
            Line = line;
            DocId = docId;
            What = what;
        }

        public string Path { get; }

        public int Line { get; }

        public string DocId { get; }

        public string What { get; }

        public override string ToString() => Path + ":" + Line + ": " + DocId + " (" + What + ")";
    }

    /// <summary>A device assembly whose API a project's sources use (first place seen).</summary>
    public sealed class AssemblyUse
    {
        public AssemblyUse(string project, string assembly, string docId, string path, int line)
        {
            Project = project;
            Assembly = assembly;
            DocId = docId;
            Path = path;
            Line = line;
        }

        public string Project { get; }

        public string Assembly { get; }

        /// <summary>The device symbol used.</summary>
        public string DocId { get; }

        public string Path { get; }

        public int Line { get; }
    }

    /// <summary>What the checker found in one compilation of device sources.</summary>
    public sealed class PortabilityReport
    {
        public PortabilityReport(IReadOnlyList<string> compileErrors, IReadOnlyList<string> externalErrors, IReadOnlyList<Violation> violations, IReadOnlyList<AssemblyUse> assemblyUses)
        {
            CompileErrors = compileErrors;
            ExternalErrors = externalErrors;
            Violations = violations;
            AssemblyUses = assemblyUses;
        }

        /// <summary>Errors in device sources, "path:line: CSxxxx message".</summary>
        public IReadOnlyList<string> CompileErrors { get; }

        /// <summary>Errors inside the stand-ins or the shim (a checker fault, not a device-source fault).</summary>
        public IReadOnlyList<string> ExternalErrors { get; }

        /// <summary>Sorted, de-duplicated.</summary>
        public IReadOnlyList<Violation> Violations { get; }

        public IReadOnlyList<AssemblyUse> AssemblyUses { get; }

        /// <summary>At most <paramref name="max"/> lines, with a count of the rest.</summary>
        public static string Summarize(IEnumerable<string> lines, int max = 50)
        {
            List<string> all = lines.ToList();
            IEnumerable<string> shown = all.Take(max);
            string more = all.Count > max ? "\n... and " + (all.Count - max) + " more" : string.Empty;
            return string.Join("\n", shown) + more;
        }
    }
}
