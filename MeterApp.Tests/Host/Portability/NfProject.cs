using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// A device project (.nfproj) as the nanoFramework build sees it: its Compile items and those of the
    /// shared .projitems it imports ($(MSBuildThisFileDirectory) resolved), its packages.config, its
    /// Reference HintPaths and its ProjectReferences.
    /// </summary>
    public sealed class NfProject
    {
        private NfProject(string path)
        {
            FilePath = Path.GetFullPath(path);
            Directory = Path.GetDirectoryName(FilePath);
            Name = Path.GetFileNameWithoutExtension(FilePath);
        }

        public string Name { get; }

        public string FilePath { get; }

        public string Directory { get; }

        public string AssemblyName { get; private set; }

        /// <summary>Absolute paths of the Compile items, in declaration order, with the file that lists each.</summary>
        public IReadOnlyList<(string Path, string ListedIn)> CompileItems { get; private set; }

        public IReadOnlyList<(string Id, string Version)> Packages { get; private set; }

        public IReadOnlyList<(string Include, string HintPath)> References { get; private set; }

        /// <summary>Absolute paths of referenced .nfproj files.</summary>
        public IReadOnlyList<string> ProjectReferences { get; private set; }

        /// <summary>Every .nfproj under <paramref name="root"/>, by name.</summary>
        public static IReadOnlyList<NfProject> FindAll(string root)
        {
            return System.IO.Directory.EnumerateFiles(root, "*.nfproj", SearchOption.AllDirectories)
                .Where(p => !RepositoryFiles.IsBuildOutput(root, p))
                .Select(Load)
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();
        }

        public static NfProject Load(string path)
        {
            var project = new NfProject(path);
            XDocument document = XDocument.Load(project.FilePath);
            project.AssemblyName = Elements(document, "AssemblyName").Select(e => e.Value.Trim()).FirstOrDefault() ?? project.Name;
            var compile = new List<(string, string)>(CompileItemsOf(document, project.Directory, project.FilePath));
            foreach (string import in Elements(document, "Import").Select(e => (string)e.Attribute("Project")).Where(p => p != null && p.EndsWith(".projitems", StringComparison.OrdinalIgnoreCase)))
            {
                string projitems = Resolve(project.Directory, import, project.Directory);
                compile.AddRange(CompileItemsOf(XDocument.Load(projitems), Path.GetDirectoryName(projitems), projitems));
            }

            project.CompileItems = compile;
            project.References = Elements(document, "Reference")
                .Select(e => ((string)e.Attribute("Include"), Elements(e, "HintPath").Select(h => h.Value.Trim()).FirstOrDefault()))
                .ToList();
            project.ProjectReferences = Elements(document, "ProjectReference")
                .Select(e => Resolve(project.Directory, (string)e.Attribute("Include"), project.Directory))
                .ToList();
            string packagesConfig = Path.Combine(project.Directory, "packages.config");
            project.Packages = File.Exists(packagesConfig)
                ? XDocument.Load(packagesConfig).Descendants("package").Select(e => ((string)e.Attribute("id"), (string)e.Attribute("version"))).ToList()
                : new List<(string, string)>();
            return project;
        }

        private static IEnumerable<(string, string)> CompileItemsOf(XDocument document, string directory, string listedIn)
        {
            return Elements(document, "Compile")
                .Select(e => (string)e.Attribute("Include"))
                .Where(include => include != null)
                .Select(include => (Resolve(directory, include, directory), listedIn));
        }

        /// <summary>MSBuild path to absolute: $(MSBuildThisFileDirectory) is the listing file's folder; '\' is a separator.</summary>
        private static string Resolve(string directory, string include, string thisFileDirectory)
        {
            string expanded = include.Replace("$(MSBuildThisFileDirectory)", thisFileDirectory + Path.DirectorySeparatorChar)
                .Replace('\\', Path.DirectorySeparatorChar);
            return Path.GetFullPath(Path.IsPathRooted(expanded) ? expanded : Path.Combine(directory, expanded));
        }

        private static IEnumerable<XElement> Elements(XContainer container, string localName)
        {
            return container.Descendants().Where(e => e.Name.LocalName == localName);
        }
    }
}
