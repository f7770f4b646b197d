using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Host.Crypto
{
    /// <summary>HMAC-SHA256/384 over .NET's IncrementalHash.</summary>
    internal sealed class HostHmac : IMac
    {
        private readonly int _macLength;
        private IncrementalHash _mac;

        public HostHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count)
        {
            HashAlgorithmName name = algorithm switch
            {
                CryptoAlgorithm.HmacSha256 => HashAlgorithmName.SHA256,
                CryptoAlgorithm.HmacSha384 => HashAlgorithmName.SHA384,
                _ => throw new NotSupportedException(algorithm.ToString()),
            };
            _mac = IncrementalHash.CreateHMAC(name, key.AsSpan(offset, count));
            _macLength = _mac.HashLengthInBytes;
        }

        // A property of the algorithm: still known after Clear.
        public int MacLength => _macLength;

        public void Initialize() => Live().GetHashAndReset();

        public void Append(byte[] data, int offset, int count) => Live().AppendData(data, offset, count);

        public void Finish(byte[] output, int offset) => Live().GetHashAndReset(output.AsSpan(offset, MacLength));

        public void Clear()
        {
            _mac?.Dispose();
            _mac = null;
        }

        private IncrementalHash Live() => _mac ?? throw new ObjectDisposedException(nameof(HostHmac));
    }
}
