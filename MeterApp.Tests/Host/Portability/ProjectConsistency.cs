using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// Checks that the device projects are complete without a device build: every .cs file in a project's
    /// folder (outside bin/, obj/, Host/ and the folders of projects nested in it, such as Hal/Interop) is
    /// a Compile item of its .nfproj or .projitems, every listed file exists, every device assembly the sources use comes from a packages.config package, and every
    /// package has a Reference whose HintPath points into the solution's packages\&lt;id&gt;.&lt;version&gt;\lib\.
    /// </summary>
    public static class ProjectConsistency
    {
        public static IReadOnlyList<string> SourceFiles(string root, IReadOnlyList<NfProject> projects)
        {
            var problems = new List<string>();
            foreach (NfProject project in projects)
            {
                var listed = new HashSet<string>(StringComparer.Ordinal);
                foreach ((string path, string listedIn) in project.CompileItems)
                {
                    string relative = RepositoryFiles.Relative(root, path);
                    if (!listed.Add(path))
                    {
                        problems.Add(relative + ": listed twice for " + project.Name);
                    }

                    if (!File.Exists(path))
                    {
                        problems.Add(relative + ": listed in " + RepositoryFiles.Relative(root, listedIn) + " but missing");
                    }
                }

                string host = Path.Combine(project.Directory, "Host") + Path.DirectorySeparatorChar;
                List<string> nested = projects
                    .Where(p => p != project && p.Directory.StartsWith(project.Directory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    .Select(p => p.Directory + Path.DirectorySeparatorChar)
                    .ToList();
                IEnumerable<string> files = Directory.EnumerateFiles(project.Directory, "*.cs", SearchOption.AllDirectories)
                    .Where(f => !RepositoryFiles.IsBuildOutput(project.Directory, f) && !f.StartsWith(host, StringComparison.Ordinal))
                    .Where(f => !nested.Any(n => f.StartsWith(n, StringComparison.Ordinal)));
                foreach (string file in files.Where(f => !listed.Contains(Path.GetFullPath(f))).OrderBy(f => f, StringComparer.Ordinal))
                {
                    problems.Add(RepositoryFiles.Relative(root, file) + ": not listed in " + project.Name + ".nfproj or its .projitems");
                }
            }

            return problems;
        }

        public static IReadOnlyList<string> Packages(string root, IReadOnlyList<NfProject> projects, IEnumerable<AssemblyUse> uses, PackageMap map)
        {
            var problems = new List<string>();
            Dictionary<string, NfProject> byName = projects.ToDictionary(p => p.Name, StringComparer.Ordinal);
            foreach (var use in uses.GroupBy(u => (u.Project, u.Assembly)).Select(g => g.First()).OrderBy(u => u.Project, StringComparer.Ordinal).ThenBy(u => u.Assembly, StringComparer.Ordinal))
            {
                string package = map.PackageOf(use.Assembly);
                if (package == null)
                {
                    problems.Add(use.Path + ":" + use.Line + ": device assembly " + use.Assembly + " has no package in nfproj-settings/nano-packages.tsv");
                }
                else if (byName.TryGetValue(use.Project, out NfProject project) && !project.Packages.Any(p => p.Id == package))
                {
                    problems.Add(use.Path + ":" + use.Line + ": uses " + use.Assembly + " (" + use.DocId + ") but " + use.Project + "/packages.config lacks " + package);
                }
            }

            foreach (NfProject project in projects)
            {
                string file = RepositoryFiles.Relative(root, project.FilePath);
                string packages = PackagesFolder(root, project);
                List<string> hintFolders = project.References
                    .Where(r => r.HintPath != null)
                    .Select(r => r.HintPath.Replace('/', '\\'))
                    .Where(h => h.StartsWith(packages, StringComparison.OrdinalIgnoreCase))
                    .Select(h => h.Substring(packages.Length))
                    .ToList();
                foreach ((string id, string version) in project.Packages)
                {
                    string folder = id + "." + version + @"\lib\";
                    if (!hintFolders.Any(h => h.StartsWith(folder, StringComparison.OrdinalIgnoreCase)))
                    {
                        problems.Add(file + ": package " + id + " " + version + " has no <Reference> with HintPath " + packages + folder + "...");
                    }
                }

                foreach (string hint in hintFolders)
                {
                    string folder = hint.Split('\\')[0];
                    if (!project.Packages.Any(p => string.Equals(p.Id + "." + p.Version, folder, StringComparison.OrdinalIgnoreCase)))
                    {
                        problems.Add(file + ": HintPath " + packages + hint + " matches no packages.config entry (id and version)");
                    }
                }
            }

            return problems;
        }

        /// <summary>The solution's packages\ folder (NuGet's packages.config restore target) as a HintPath prefix from the project's folder: ..\packages\ one level down.</summary>
        private static string PackagesFolder(string root, NfProject project)
        {
            return Path.GetRelativePath(project.Directory, Path.Combine(root, "packages")).Replace(Path.DirectorySeparatorChar, '\\') + "\\";
        }
    }
}
