using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Proves the device sources (every .nfproj's Compile items) stay inside nanoFramework 1.x: they
    /// compile as C# 9, use only listed device API, and their projects list every file and package.
    /// </summary>
    [TestClass]
    public sealed class PortabilityTests
    {
        [TestMethod]
        public void FindsTheFourDeviceProjects()
        {
            // Meter.Crypto.Interop: the firmware interop assembly (Hal/Interop), compiled with the rest.
            CollectionAssert.AreEquivalent(
                new[] { "Hal", "Meter.Crypto.Interop", "MeterApp", "MeterApp.Tests" },
                PortabilitySetup.Projects.Select(p => p.Name).ToList());
        }

        [TestMethod]
        public void StandInsCompileAndDeclareOnlyListedApi()
        {
            StandInSet standIns = PortabilitySetup.StandIns;
            Compilation compilation = DevicePortabilityChecker.Compile("StandIns", PortabilitySetup.ExternalTrees, HostReferences.All);
            List<string> errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            Assert.IsEmpty(errors, "Stand-ins do not compile:\n" + PortabilityReport.Summarize(errors));

            var unlisted = new List<string>();
            foreach (StandInType type in standIns.Types)
            {
                INamedTypeSymbol symbol = compilation.Assembly.GetTypeByMetadataName(MetadataName(type));
                Assert.IsNotNull(symbol, type.Surface.FullName + " was not generated");
                unlisted.AddRange(new ISymbol[] { symbol }.Concat(symbol.GetMembers())
                    .Where(m => !m.IsImplicitlyDeclared && m.DeclaredAccessibility != Accessibility.Private && !(m is INamedTypeSymbol && !SymbolEqualityComparer.Default.Equals(m, symbol)))
                    .Where(m => !IsRequiredByCSharp(m))
                    .Select(m => m.GetDocumentationCommentId())
                    .Where(id => !PortabilitySetup.Api.Contains(id)));
            }

            Assert.IsEmpty(unlisted, "Stand-in members missing from the API lists (generator mistake):\n" + PortabilityReport.Summarize(unlisted));
            System.Console.WriteLine(standIns.Types.Count + " stand-in types; replacing host types of another shape: "
                + string.Join(", ", standIns.Types.Where(t => t.ShadowedHostType != null).Select(t => t.Surface.FullName))
                + "\nnot generated:\n" + string.Join("\n", standIns.Notes));
        }

        [TestMethod]
        public void DeviceSourcesCompileAsCSharp9()
        {
            PortabilityReport report = PortabilitySetup.Report;
            Assert.IsEmpty(report.ExternalErrors, "Stand-ins or shim do not compile:\n" + PortabilityReport.Summarize(report.ExternalErrors));
            Assert.IsEmpty(report.CompileErrors, "Device sources do not compile:\n" + PortabilityReport.Summarize(report.CompileErrors));
        }

        [TestMethod]
        public void DeviceSourcesUseOnlyDeviceApi()
        {
            IReadOnlyList<Violation> violations = PortabilitySetup.Report.Violations;
            Assert.IsEmpty(violations, violations.Count + " uses of API the device lacks:\n" + PortabilityReport.Summarize(violations.Select(v => v.ToString())));
        }

        [TestMethod]
        public void ProjectsListEveryDeviceSourceAndNothingMissing()
        {
            IReadOnlyList<string> problems = ProjectConsistency.SourceFiles(PortabilitySetup.Root, PortabilitySetup.Projects);
            Assert.IsEmpty(problems, PortabilityReport.Summarize(problems));
        }

        [TestMethod]
        public void UsedDeviceAssembliesComeFromReferencedPackages()
        {
            PackageMap map = PackageMap.Load(PortabilitySetup.Settings("nano-packages.tsv"));
            IReadOnlyList<string> problems = ProjectConsistency.Packages(PortabilitySetup.Root, PortabilitySetup.Projects, PortabilitySetup.Report.AssemblyUses, map);
            Assert.IsEmpty(problems, PortabilityReport.Summarize(problems));
        }

        private static string MetadataName(StandInType type)
        {
            string name = type.Surface.FullName;
            foreach (StandInType outer in PortabilitySetup.StandIns.Types.Where(t => t.Nested.Contains(type)))
            {
                name = MetadataName(outer) + "+" + type.Surface.Name;
            }

            return name;
        }

        /// <summary>What the generator adds only because C# demands it: paired operators, overrides of abstract host members.</summary>
        private static bool IsRequiredByCSharp(ISymbol member)
        {
            return member.IsOverride || (member is IMethodSymbol method && method.MethodKind == MethodKind.UserDefinedOperator);
        }
    }
}
