using System.Collections.Generic;

namespace Meter.Tests.Portability
{
    /// <summary>One device source file: repository-relative path, owning project, text.</summary>
    public sealed class DeviceSource
    {
        public DeviceSource(string path, string project, string text)
        {
            Path = path;
            Project = project;
            Text = text;
        }

        /// <summary>Repository-relative, '/' separators (how violations name it).</summary>
        public string Path { get; }

        /// <summary>Project name (file name of the .nfproj without extension).</summary>
        public string Project { get; }

        public string Text { get; }
    }

    /// <summary>What the checker needs to know about a device project to check uses across projects.</summary>
    public sealed class DeviceProjectInfo
    {
        public DeviceProjectInfo(string name, string assemblyName, IReadOnlyCollection<string> projectReferences)
        {
            Name = name;
            AssemblyName = assemblyName;
            ProjectReferences = projectReferences;
        }

        public string Name { get; }

        public string AssemblyName { get; }

        /// <summary>Names of the projects it references directly.</summary>
        public IReadOnlyCollection<string> ProjectReferences { get; }
    }
}
