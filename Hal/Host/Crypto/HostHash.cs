using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Host.Crypto
{
    /// <summary>SHA-256/384 over .NET's IncrementalHash.</summary>
    internal sealed class HostHash : IHash
    {
        private readonly IncrementalHash _hash;

        public HostHash(CryptoAlgorithm algorithm)
        {
            HashAlgorithmName name = algorithm switch
            {
                CryptoAlgorithm.Sha256 => HashAlgorithmName.SHA256,
                CryptoAlgorithm.Sha384 => HashAlgorithmName.SHA384,
                _ => throw new NotSupportedException(algorithm.ToString()),
            };
            _hash = IncrementalHash.CreateHash(name);
        }

        public int HashLength => _hash.HashLengthInBytes;

        public void Initialize() => _hash.GetHashAndReset();

        public void Append(byte[] data, int offset, int count) => _hash.AppendData(data, offset, count);

        public void Finish(byte[] output, int offset) => _hash.GetHashAndReset(output.AsSpan(offset, HashLength));
    }
}
