using System;
using System.IO;
using System.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>Finding the repository and naming its files the way violations name them.</summary>
    public static class RepositoryFiles
    {
        /// <summary>Walks up from <paramref name="start"/> to the folder holding Meter.sln.</summary>
        public static string FindRoot(string start)
        {
            for (DirectoryInfo d = new DirectoryInfo(start); d != null; d = d.Parent)
            {
                if (File.Exists(Path.Combine(d.FullName, "Meter.sln")))
                {
                    return d.FullName;
                }
            }

            throw new InvalidOperationException("Meter.sln not found above " + start);
        }

        /// <summary>Repository-relative with '/' separators.</summary>
        public static string Relative(string root, string path)
        {
            return Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
        }

        /// <summary>True for files in bin/ or obj/ (or .git/) below <paramref name="root"/>.</summary>
        public static bool IsBuildOutput(string root, string path)
        {
            return Relative(root, path).Split('/').Any(s => s == "bin" || s == "obj" || s == ".git");
        }
    }
}
