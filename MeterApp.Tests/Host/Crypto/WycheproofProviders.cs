using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Host.Crypto;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// The providers the Wycheproof suites run through on the host (the issue: every provider that
    /// implements an algorithm passes the vectors). The device providers (platform, interop) need
    /// a board and are not here.
    /// </summary>
    internal static class WycheproofProviders
    {
        public const int ManagedCompact = 0;
        public const int ManagedLarge = 1;
        public const int DotNet = 2;

        public static ICryptoProvider Get(int index)
        {
            switch (index)
            {
                case ManagedCompact: return new ManagedCryptoProvider(EcTableSize.Compact);
                case ManagedLarge: return new ManagedCryptoProvider(EcTableSize.Large);
                default: return new HostCryptoProvider();
            }
        }
    }
}
