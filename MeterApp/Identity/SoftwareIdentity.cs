using System;

namespace Meter.Identity
{
    /// <summary>
    /// The identification of the running software as legal metrology asks for it (WELMEC 7.2
    /// requirement S1 / OIML D 31 section 6.1.1): product name, version, and a SHA-256 over the
    /// legally relevant software, computed when the program starts so that it identifies the code
    /// actually loaded, and shown on the console without tools. The entry point builds it: the
    /// host hashes the application assemblies' files; where a platform cannot read its own code
    /// (see <see cref="WithoutHash"/>) it says so instead of showing a made-up value.
    /// </summary>
    public sealed class SoftwareIdentity
    {
        private readonly byte[] _hash;

        /// <summary>
        /// An identity with a hash. <paramref name="hashScope"/> says what the hash covers and how
        /// to recompute it (e.g. "SHA-256 of Meter.Hal.dll || meter.dll").
        /// </summary>
        public SoftwareIdentity(string productName, string version, byte[] sha256, string hashScope)
        {
            if (productName == null || version == null || hashScope == null)
            {
                throw new ArgumentNullException(productName == null ? "productName" : version == null ? "version" : "hashScope");
            }

            if (sha256 == null || sha256.Length != 32)
            {
                throw new ArgumentException("a SHA-256 hash has 32 bytes");
            }

            ProductName = productName;
            Version = version;
            _hash = (byte[])sha256.Clone();
            HashHex = ToHex(_hash);
            HashScope = hashScope;
        }

        private SoftwareIdentity(string productName, string version, string reason)
        {
            ProductName = productName;
            Version = version;
            HashScope = reason;
        }

        public string ProductName { get; }

        public string Version { get; }

        /// <summary>True when <see cref="HashHex"/> holds a hash of the running code.</summary>
        public bool HasHash
        {
            get { return _hash != null; }
        }

        /// <summary>The SHA-256 in lower-case hex, or null without a hash.</summary>
        public string HashHex { get; }

        /// <summary>What the hash covers, or why there is none.</summary>
        public string HashScope { get; }

        /// <summary>A copy of the hash bytes, or null.</summary>
        public byte[] GetHash()
        {
            return _hash == null ? null : (byte[])_hash.Clone();
        }

        /// <summary>An identity for a platform that cannot hash its own code, with the reason.</summary>
        public static SoftwareIdentity WithoutHash(string productName, string version, string reason)
        {
            if (productName == null || version == null || reason == null)
            {
                throw new ArgumentNullException(productName == null ? "productName" : version == null ? "version" : "reason");
            }

            return new SoftwareIdentity(productName, version, reason);
        }

        private static string ToHex(byte[] bytes)
        {
            const string Digits = "0123456789abcdef";
            char[] chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = Digits[bytes[i] >> 4];
                chars[2 * i + 1] = Digits[bytes[i] & 0xF];
            }

            return new string(chars);
        }
    }
}
