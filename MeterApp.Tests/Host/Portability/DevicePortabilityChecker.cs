using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Holds device sources to nanoFramework 1.x: compiles them as the device build does (C# 9,
    /// NANOFRAMEWORK_1_0) against the host framework plus external trees (API stand-ins and the
    /// test-framework shim), then binds every node and requires every library symbol it uses to be in
    /// the device API lists (<see cref="DeviceApiRules"/>).
    /// </summary>
    public sealed class DevicePortabilityChecker
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(
            LanguageVersion.CSharp9, DocumentationMode.None, SourceCodeKind.Regular, new[] { "NANOFRAMEWORK_1_0" });

        private readonly ApiList _api;
        private readonly IReadOnlyList<SyntaxTree> _externalTrees;
        private readonly IReadOnlyList<MetadataReference> _references;

        /// <param name="externalTrees">Library code compiled alongside: stand-ins and shim. Checked like any library.</param>
        public DevicePortabilityChecker(ApiList api, IReadOnlyList<SyntaxTree> externalTrees, IReadOnlyList<MetadataReference> references)
        {
            _api = api;
            _externalTrees = externalTrees;
            _references = references;
        }

        public static CSharpCompilation Compile(string name, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references)
        {
            var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable, allowUnsafe: false);
            return CSharpCompilation.Create(name, trees, references, options);
        }

        /// <param name="projects">Project names to references and assembly names; null for a single anonymous project.</param>
        public PortabilityReport Check(IReadOnlyList<DeviceSource> sources, IReadOnlyDictionary<string, DeviceProjectInfo> projects = null)
        {
            var byTree = new Dictionary<SyntaxTree, DeviceSource>();
            foreach (DeviceSource source in sources)
            {
                byTree.Add(CSharpSyntaxTree.ParseText(source.Text, ParseOptions, source.Path), source);
            }

            CSharpCompilation compilation = Compile("DeviceSources", byTree.Keys.Concat(_externalTrees), _references);
            var device = new DeviceCompilation(compilation, byTree, projects ?? new Dictionary<string, DeviceProjectInfo>(), _api);
            var compileErrors = new List<string>();
            var externalErrors = new List<string>();
            foreach (Diagnostic diagnostic in compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !device.IsAssemblyBoundaryArtifact(d)))
            {
                SyntaxTree tree = diagnostic.Location.SourceTree;
                string line = Describe(diagnostic, tree != null && byTree.TryGetValue(tree, out DeviceSource s) ? s.Path : tree?.FilePath);
                (tree != null && byTree.ContainsKey(tree) ? compileErrors : externalErrors).Add(line);
            }

            var violations = new List<Violation>();
            var uses = new List<AssemblyUse>();
            foreach (KeyValuePair<SyntaxTree, DeviceSource> source in device.Sources)
            {
                var context = new CheckContext(device, source.Value, compilation.GetSemanticModel(source.Key), violations, uses);
                new DeviceSourceWalker(context).Walk(source.Key.GetRoot());
            }

            List<Violation> distinct = violations
                .GroupBy(v => v.ToString(), StringComparer.Ordinal)
                .Select(g => g.First())
                .OrderBy(v => v.Path, StringComparer.Ordinal).ThenBy(v => v.Line).ThenBy(v => v.DocId, StringComparer.Ordinal)
                .ToList();
            return new PortabilityReport(compileErrors, externalErrors, distinct, uses);
        }

        private static string Describe(Diagnostic diagnostic, string path)
        {
            int line = diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1;
            return (path ?? "(no file)") + ":" + line + ": " + diagnostic.Id + " " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
