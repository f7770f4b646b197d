using System;
using System.IO;
using System.Reflection;
using Meter.Hal.Board;
using Meter.Hal.Crypto.Managed;
using Meter.Identity;

namespace Meter.Host
{
    /// <summary>
    /// Builds the host program's <see cref="SoftwareIdentity"/> at start-up: the SHA-256 over the
    /// files of the loaded application assemblies (Meter.Hal.dll, then meter.dll: ordinal order of
    /// file names), so anyone can recompute it without the meter's help:
    /// <c>cat Meter.Hal.dll meter.dll | sha256sum</c>.
    /// </summary>
    public static class HostSoftwareIdentity
    {
        public const string ProductName = "Secure Meter (virtual board)";

        /// <summary>The identity of the running application.</summary>
        public static SoftwareIdentity Compute()
        {
            Assembly application = typeof(HostSoftwareIdentity).Assembly;
            Assembly hal = typeof(BoardDefinition).Assembly;
            AssemblyInformationalVersionAttribute informational = application.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
            string version = informational != null ? informational.InformationalVersion : application.GetName().Version.ToString();
            return Compute(ProductName, version, new[] { application.Location, hal.Location });
        }

        /// <summary>The identity over the given files, hashed in ordinal order of their names.</summary>
        public static SoftwareIdentity Compute(string productName, string version, string[] files)
        {
            string[] ordered = (string[])files.Clone();
            Array.Sort(ordered, (a, b) => string.CompareOrdinal(Path.GetFileName(a), Path.GetFileName(b)));

            Sha256 sha = new Sha256();
            string scope = "SHA-256 of";
            for (int i = 0; i < ordered.Length; i++)
            {
                byte[] content = File.ReadAllBytes(ordered[i]);
                sha.Append(content, 0, content.Length);
                scope += (i == 0 ? " " : " || ") + Path.GetFileName(ordered[i]);
            }

            byte[] hash = new byte[Sha256.HashSizeInBytes];
            sha.Finish(hash, 0);
            return new SoftwareIdentity(productName, version, hash, scope);
        }
    }
}
