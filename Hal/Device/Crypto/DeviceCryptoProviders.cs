using System;
using Meter.Hal.Board;
using Meter.Hal.Crypto;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The device's provider per algorithm, in the order of preference interop (custom firmware),
    /// platform (nanoFramework's native AES/HMAC), managed. The interop provider exists only in the
    /// interop build (MeterCryptoInterop=true, which defines METER_CRYPTO_INTEROP); the stock build
    /// never references the interop assembly, so it deploys to any firmware.
    /// </summary>
    public static class DeviceCryptoProviders
    {
        /// <param name="board">The running board's capabilities (its <see cref="BoardDefinition.Crypto"/>).</param>
        /// <param name="managed">The managed provider: the fallback for everything, so it must implement every algorithm.</param>
        /// <param name="gcmOverAes">The managed GCM mode over an AES engine, for GCM on the platform's AES; null to take GCM from the managed provider.</param>
        public static CryptoProviders Create(CryptoCapabilities board, ICryptoProvider managed, AesGcmFactory gcmOverAes)
        {
            if (managed == null)
            {
                throw new ArgumentNullException("managed");
            }

            return new CryptoProviders(new ICryptoProvider[]
            {
                CreateInterop(board),
                new PlatformCryptoProvider(board, gcmOverAes),
                managed,
            });
        }

        /// <summary>The interop provider in the interop build; null (skipped by <see cref="CryptoProviders"/>) otherwise.</summary>
        private static ICryptoProvider CreateInterop(CryptoCapabilities board)
        {
#if METER_CRYPTO_INTEROP
            return new InteropCryptoProvider(board);
#else
            return null;
#endif
        }
    }
}
