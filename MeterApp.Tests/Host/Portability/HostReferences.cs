using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Meter.Tests.Portability
{
    /// <summary>
    /// The metadata references device sources are bound against on the host: the running runtime's
    /// framework assemblies (its trusted platform assemblies from the shared-framework folder, not the
    /// test's own dependencies, which include the host build of the device sources) plus MSTest, which
    /// the test-framework shim wraps.
    /// </summary>
    public static class HostReferences
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> Cached = new Lazy<IReadOnlyList<MetadataReference>>(Load);

        public static IReadOnlyList<MetadataReference> All => Cached.Value;

        private static IReadOnlyList<MetadataReference> Load()
        {
            string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location);
            string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty;
            var references = trusted
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            references.Add(MetadataReference.CreateFromFile(typeof(Microsoft.VisualStudio.TestTools.UnitTesting.Assert).Assembly.Location));
            return references;
        }
    }
}
