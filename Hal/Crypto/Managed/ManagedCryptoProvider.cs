using System;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Every algorithm in portable managed code: the virtual board's provider and the last resort
    /// on a device (the IL is interpreted there, so a board prefers its native providers).
    /// </summary>
    public sealed class ManagedCryptoProvider : ICryptoProvider
    {
        private readonly EcTableSize _ecTables;

        /// <summary>A provider with <see cref="EcTableSize.Compact"/> elliptic-curve tables (a device's heap).</summary>
        public ManagedCryptoProvider()
            : this(EcTableSize.Compact)
        {
        }

        /// <summary>A provider whose ECDSA and ECDH use <paramref name="ecTables"/>.</summary>
        public ManagedCryptoProvider(EcTableSize ecTables)
        {
            _ecTables = ecTables;
        }

        public string Name
        {
            get { return "managed"; }
        }

        public bool Supports(CryptoAlgorithm algorithm)
        {
            return (int)algorithm >= 0 && (int)algorithm < CryptoProviders.AlgorithmCount;
        }

        public IAesEngine CreateAes(byte[] key, int offset, int count)
        {
            return new ManagedAes(key, offset, count);
        }

        public IAesGcm CreateAesGcm(byte[] key, int offset, int count)
        {
            return new GcmCipher(new ManagedAes(key, offset, count));
        }

        public IHash CreateHash(CryptoAlgorithm algorithm)
        {
            switch (algorithm)
            {
                case CryptoAlgorithm.Sha256: return new Sha256();
                case CryptoAlgorithm.Sha384: return new Sha384();
                default: throw new NotSupportedException("not a hash");
            }
        }

        public IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count)
        {
            switch (algorithm)
            {
                case CryptoAlgorithm.HmacSha256: return new HmacSha256(key, offset, count);
                case CryptoAlgorithm.HmacSha384: return new HmacSha384(key, offset, count);
                default: throw new NotSupportedException("not an HMAC");
            }
        }

        public IEcdsa CreateEcdsa(EcCurve curve)
        {
            return new ManagedEcdsa(curve, _ecTables);
        }

        public IEcdh CreateEcdh(EcCurve curve)
        {
            return new ManagedEcdh(curve, _ecTables);
        }
    }
}
