using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Everything the portability tests share, built once per test run: the repository, its device
    /// projects, the API lists of nfproj-settings, the stand-ins generated from them, the checker, and
    /// the checker's report on the repository's device sources.
    /// </summary>
    internal static class PortabilitySetup
    {
        private static readonly Lazy<string> LazyRoot = new Lazy<string>(() => RepositoryFiles.FindRoot(AppContext.BaseDirectory));
        private static readonly Lazy<ApiList> LazyApi = new Lazy<ApiList>(() => ApiList.Load(Settings("api-docids.tsv"), Settings("api-docids.supplement.tsv")));
        private static readonly Lazy<SyntaxTree> LazyShim = new Lazy<SyntaxTree>(LoadShim);
        private static readonly Lazy<StandInSet> LazyStandIns = new Lazy<StandInSet>(GenerateStandIns);
        private static readonly Lazy<DevicePortabilityChecker> LazyChecker = new Lazy<DevicePortabilityChecker>(
            () => new DevicePortabilityChecker(Api, ExternalTrees, HostReferences.All));
        private static readonly Lazy<IReadOnlyList<NfProject>> LazyProjects = new Lazy<IReadOnlyList<NfProject>>(() => NfProject.FindAll(Root));
        private static readonly Lazy<PortabilityReport> LazyReport = new Lazy<PortabilityReport>(CheckRepository);

        public static string Root => LazyRoot.Value;

        public static ApiList Api => LazyApi.Value;

        public static StandInSet StandIns => LazyStandIns.Value;

        /// <summary>Stand-ins and the test-framework shim: library code for the device sources.</summary>
        public static IReadOnlyList<SyntaxTree> ExternalTrees => StandIns.Trees.Concat(new[] { LazyShim.Value }).ToList();

        public static DevicePortabilityChecker Checker => LazyChecker.Value;

        public static IReadOnlyList<NfProject> Projects => LazyProjects.Value;

        public static PortabilityReport Report => LazyReport.Value;

        public static string Settings(string file) => Path.Combine(Root, "nfproj-settings", file);

        private static SyntaxTree LoadShim()
        {
            string path = Path.Combine(Root, "MeterApp.Tests", "Host", "TestFrameworkShim.cs");
            return CSharpSyntaxTree.ParseText(File.ReadAllText(path), DevicePortabilityChecker.ParseOptions, "MeterApp.Tests/Host/TestFrameworkShim.cs");
        }

        private static StandInSet GenerateStandIns()
        {
            ApiSurface surface = ApiSurface.Load(Settings("api-surface.txt"), Settings("api-surface.supplement.txt"));
            CSharpCompilation probe = DevicePortabilityChecker.Compile("Probe", new[] { LazyShim.Value }, HostReferences.All);
            return new StandInGenerator(surface, Api, probe).Generate(DevicePortabilityChecker.ParseOptions);
        }

        private static PortabilityReport CheckRepository()
        {
            var sources = new List<DeviceSource>();
            foreach (NfProject project in Projects)
            {
                foreach ((string path, string _) in project.CompileItems.Where(i => File.Exists(i.Path)))
                {
                    sources.Add(new DeviceSource(RepositoryFiles.Relative(Root, path), project.Name, File.ReadAllText(path)));
                }
            }

            Dictionary<string, NfProject> byPath = Projects.ToDictionary(p => p.FilePath, StringComparer.Ordinal);
            IReadOnlyDictionary<string, DeviceProjectInfo> infos = Projects.ToDictionary(
                p => p.Name,
                p => new DeviceProjectInfo(p.Name, p.AssemblyName, p.ProjectReferences.Where(byPath.ContainsKey).Select(r => byPath[r].Name).ToList()),
                StringComparer.Ordinal);
            return Checker.Check(sources, infos);
        }
    }
}
