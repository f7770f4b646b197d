using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;

namespace Meter.Tests.Crypto
{
    /// <summary>
    /// The managed provider with two test hooks: it remembers the private-key array the key
    /// store hands to ECDSA (to prove zeroisation), and it can corrupt one algorithm's output
    /// (to prove the self-test catches a faulty provider).
    /// </summary>
    internal sealed class SpyProvider : ICryptoProvider
    {
        private readonly ManagedCryptoProvider _inner = new ManagedCryptoProvider();

        public byte[] LastPrivateKey;

        /// <summary>An algorithm whose results get one bit flipped; -1 for none.</summary>
        public int Corrupt = -1;

        public string Name
        {
            get { return "spy"; }
        }

        public bool Supports(CryptoAlgorithm algorithm)
        {
            return _inner.Supports(algorithm);
        }

        public IAesEngine CreateAes(byte[] key, int offset, int count)
        {
            return _inner.CreateAes(key, offset, count);
        }

        public IAesGcm CreateAesGcm(byte[] key, int offset, int count)
        {
            return _inner.CreateAesGcm(key, offset, count);
        }

        public IHash CreateHash(CryptoAlgorithm algorithm)
        {
            IHash hash = _inner.CreateHash(algorithm);
            return (int)algorithm == Corrupt ? new CorruptHash(hash) : hash;
        }

        public IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count)
        {
            return _inner.CreateHmac(algorithm, key, offset, count);
        }

        public IEcdsa CreateEcdsa(EcCurve curve)
        {
            return new SpyEcdsa(this, _inner.CreateEcdsa(curve));
        }

        public IEcdh CreateEcdh(EcCurve curve)
        {
            return _inner.CreateEcdh(curve);
        }

        private sealed class SpyEcdsa : IEcdsa
        {
            private readonly SpyProvider _owner;
            private readonly IEcdsa _inner;

            public SpyEcdsa(SpyProvider owner, IEcdsa inner)
            {
                _owner = owner;
                _inner = inner;
            }

            public EcCurve Curve
            {
                get { return _inner.Curve; }
            }

            public int FieldSizeInBytes
            {
                get { return _inner.FieldSizeInBytes; }
            }

            public bool SignHash(byte[] privateKey, int privateKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset)
            {
                _owner.LastPrivateKey = privateKey;
                return _inner.SignHash(privateKey, privateKeyOffset, hash, hashOffset, hashLength, signature, signatureOffset);
            }

            public bool VerifyHash(byte[] publicKey, int publicKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset, int signatureLength)
            {
                return _inner.VerifyHash(publicKey, publicKeyOffset, hash, hashOffset, hashLength, signature, signatureOffset, signatureLength);
            }
        }

        private sealed class CorruptHash : IHash
        {
            private readonly IHash _inner;

            public CorruptHash(IHash inner)
            {
                _inner = inner;
            }

            public int HashLength
            {
                get { return _inner.HashLength; }
            }

            public void Initialize()
            {
                _inner.Initialize();
            }

            public void Append(byte[] data, int offset, int count)
            {
                _inner.Append(data, offset, count);
            }

            public void Finish(byte[] output, int offset)
            {
                _inner.Finish(output, offset);
                output[offset + 5] ^= 0x01;
            }
        }
    }
}
