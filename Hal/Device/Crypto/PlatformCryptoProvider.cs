using System;
using Meter.Hal.Board;
using Meter.Hal.Crypto;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The crypto nanoFramework's System.Security.Cryptography implements natively: AES
    /// (<see cref="PlatformAes"/>), AES-GCM as the managed GCM mode over that AES (GHASH stays
    /// managed, the counter blocks go to the platform in one call per batch), and HMAC-SHA256
    /// (<see cref="PlatformHmacSha256"/>). Served only where the board definition says the firmware
    /// has them (<see cref="CapabilitySupport.Platform"/>), and AES only if the firmware passes
    /// <see cref="AesBatchCheck"/> at construction. No SHA-2, HMAC-SHA384 or ECC: the platform has none.
    /// </summary>
    public sealed class PlatformCryptoProvider : ICryptoProvider
    {
        private readonly CryptoCapabilities _board;
        private readonly AesGcmFactory _gcmOverAes;
        private readonly bool _aesBatchesWork;

        /// <param name="board">The board's capabilities.</param>
        /// <param name="gcmOverAes">Builds the managed GCM mode over an engine; null to leave AES-GCM to another provider.</param>
        public PlatformCryptoProvider(CryptoCapabilities board, AesGcmFactory gcmOverAes)
        {
            _board = board;
            _gcmOverAes = gcmOverAes;
            _aesBatchesWork = (board & CryptoCapabilities.AesNative) != 0 && AesBatchesWork();
        }

        /// <inheritdoc/>
        public string Name
        {
            get { return "nanoFramework"; }
        }

        /// <summary>False when the board enables native AES but the firmware failed the batch check (the console shows why AES fell back).</summary>
        public bool AesBatchCheckPassed
        {
            get { return _aesBatchesWork; }
        }

        /// <inheritdoc/>
        public bool Supports(CryptoAlgorithm algorithm)
        {
            if (!CapabilitySupport.Platform(_board, algorithm))
            {
                return false;
            }

            switch (algorithm)
            {
                case CryptoAlgorithm.Aes:
                    return _aesBatchesWork;
                case CryptoAlgorithm.AesGcm:
                    return _aesBatchesWork && _gcmOverAes != null;
                default:
                    return true;
            }
        }

        /// <inheritdoc/>
        public IAesEngine CreateAes(byte[] key, int offset, int count)
        {
            Require(CryptoAlgorithm.Aes);
            return new PlatformAes(key, offset, count);
        }

        /// <inheritdoc/>
        public IAesGcm CreateAesGcm(byte[] key, int offset, int count)
        {
            Require(CryptoAlgorithm.AesGcm);
            return _gcmOverAes(new PlatformAes(key, offset, count));
        }

        /// <inheritdoc/>
        public IHash CreateHash(CryptoAlgorithm algorithm)
        {
            throw Unsupported(algorithm);
        }

        /// <inheritdoc/>
        public IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count)
        {
            if (algorithm != CryptoAlgorithm.HmacSha256)
            {
                throw Unsupported(algorithm);
            }

            Require(algorithm);
            return new PlatformHmacSha256(key, offset, count);
        }

        /// <inheritdoc/>
        public IEcdsa CreateEcdsa(EcCurve curve)
        {
            throw Unsupported(CryptoProviders.EcdsaOf(curve));
        }

        /// <inheritdoc/>
        public IEcdh CreateEcdh(EcCurve curve)
        {
            throw Unsupported(CryptoProviders.EcdhOf(curve));
        }

        /// <summary>One native round trip of four blocks each way; any failure (wrong blocks, an exception from the firmware) means no platform AES.</summary>
        private static bool AesBatchesWork()
        {
            PlatformAes probe = null;
            try
            {
                byte[] key = AesBatchCheck.CreateKey();
                probe = new PlatformAes(key, 0, key.Length);
                return AesBatchCheck.Passes(probe);
            }
            catch (Exception)
            {
                return false;
            }
            finally
            {
                if (probe != null)
                {
                    probe.Clear();
                }
            }
        }

        private void Require(CryptoAlgorithm algorithm)
        {
            if (!Supports(algorithm))
            {
                throw Unsupported(algorithm);
            }
        }

        private NotSupportedException Unsupported(CryptoAlgorithm algorithm)
        {
            return new NotSupportedException(CryptoProviders.NameOf(algorithm) + " is not provided by " + Name + " on this board");
        }
    }
}
