using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Meter.Tests.Portability
{
    /// <summary>Device assembly to the nanoFramework package that ships it (nfproj-settings/nano-packages.tsv).</summary>
    public sealed class PackageMap
    {
        private readonly Dictionary<string, string> _packageByAssembly;

        private PackageMap(Dictionary<string, string> packageByAssembly)
        {
            _packageByAssembly = packageByAssembly;
        }

        public static PackageMap Load(string path)
        {
            Dictionary<string, string> map = File.ReadAllLines(path)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith("#", StringComparison.Ordinal))
                .Select(l => l.Split('\t'))
                .ToDictionary(c => c[0], c => c[1], StringComparer.Ordinal);
            return new PackageMap(map);
        }

        /// <summary>The package id, or null when the assembly is not mapped.</summary>
        public string PackageOf(string assembly)
        {
            return _packageByAssembly.TryGetValue(assembly, out string id) ? id : null;
        }
    }
}
