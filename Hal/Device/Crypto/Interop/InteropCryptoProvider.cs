using System;
using Meter.Hal.Board;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Interop;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The crypto of a custom firmware built with the interop assembly Meter.Crypto.Interop
    /// (Hal/Interop/README.md): SHA-256/384, ECDSA and ECDH on P-256/P-384, and AES-GCM, in Mbed TLS
    /// with the chip's accelerators. An algorithm is served only when the board definition enables it
    /// AND the firmware reports it was built with it (<see cref="CapabilitySupport.Interop"/>). It has
    /// no raw AES or HMAC: those come from the platform or managed providers.
    /// Compiled only into the interop build of Meter.Hal (MeterCryptoInterop=true), because an
    /// application referencing the interop assembly cannot deploy to a firmware without it.
    /// </summary>
    public sealed class InteropCryptoProvider : ICryptoProvider
    {
        private readonly CryptoCapabilities _board;
        private readonly InteropFunctions _firmware;

        public InteropCryptoProvider(CryptoCapabilities board)
        {
            _board = board;
            _firmware = (InteropFunctions)NativeCrypto.GetFunctions();
        }

        /// <inheritdoc/>
        public string Name
        {
            get { return "firmware interop"; }
        }

        /// <summary>What the firmware reports it was built with (the console shows it beside the board's flags).</summary>
        public InteropFunctions FirmwareFunctions
        {
            get { return _firmware; }
        }

        /// <inheritdoc/>
        public bool Supports(CryptoAlgorithm algorithm)
        {
            return CapabilitySupport.Interop(_board, _firmware, algorithm);
        }

        /// <inheritdoc/>
        public IAesEngine CreateAes(byte[] key, int offset, int count)
        {
            throw Unsupported(CryptoAlgorithm.Aes);
        }

        /// <inheritdoc/>
        public IAesGcm CreateAesGcm(byte[] key, int offset, int count)
        {
            Require(CryptoAlgorithm.AesGcm);
            return new InteropAesGcm(key, offset, count);
        }

        /// <inheritdoc/>
        public IHash CreateHash(CryptoAlgorithm algorithm)
        {
            Require(algorithm);
            switch (algorithm)
            {
                case CryptoAlgorithm.Sha256: return new InteropHash(32);
                case CryptoAlgorithm.Sha384: return new InteropHash(48);
                default: throw Unsupported(algorithm);
            }
        }

        /// <inheritdoc/>
        public IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count)
        {
            throw Unsupported(algorithm);
        }

        /// <inheritdoc/>
        public IEcdsa CreateEcdsa(EcCurve curve)
        {
            Require(CryptoProviders.EcdsaOf(curve));
            return new InteropEcdsa(curve);
        }

        /// <inheritdoc/>
        public IEcdh CreateEcdh(EcCurve curve)
        {
            Require(CryptoProviders.EcdhOf(curve));
            return new InteropEcdh(curve);
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
