using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Device
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104) on nanoFramework's native HMACSHA256 (Mbed TLS; the ESP32 port uses
    /// the SHA accelerator). The platform is one-shot (HashData over a whole array), so appended data
    /// is collected in a <see cref="BoundedMessageBuffer"/> of at most <see cref="MaximumMessageLength"/>
    /// bytes and MACed at <see cref="Finish"/>; a longer message throws. That suits what the meter MACs
    /// (console challenges, PBKDF2 blocks, records: a few hundred bytes at most); bulk data (firmware
    /// images) is hashed with an <see cref="IHash"/>, which streams. Worth it: the managed HMAC
    /// interprets one SHA-256 compression per 64 bytes of message plus two or three per MAC
    /// (padding, outer hash), each thousands of IL statements, where this is one native call.
    /// Cost per MAC: one native call, one 32-byte result array from the platform (copied out and
    /// zeroed), and a copy of the message into a reused exact-length array when it does not fill
    /// the buffer exactly. Not thread-safe: one per user.
    /// </summary>
    public sealed class PlatformHmacSha256 : IMac
    {
        /// <summary>The longest message accepted (64 KiB): the buffer's bound on heap use.</summary>
        public const int MaximumMessageLength = 65536;

        private const int InitialCapacity = 256;
        private const int MacSize = 32;

        private readonly byte[] _key;
        private readonly BoundedMessageBuffer _message = new BoundedMessageBuffer(InitialCapacity, MaximumMessageLength);
        private readonly WholeArrayStaging _staging = new WholeArrayStaging();
        private bool _cleared;

        /// <summary>A MAC under a copy of <paramref name="count"/> key bytes (any length; Mbed TLS hashes keys longer than the 64-byte block).</summary>
        public PlatformHmacSha256(byte[] key, int offset, int count)
        {
            Bounds.CheckBuffer(key, offset, count, "key");
            _key = new byte[count];
            Array.Copy(key, offset, _key, 0, count);
        }

        /// <inheritdoc/>
        public int MacLength
        {
            get { return MacSize; }
        }

        /// <inheritdoc/>
        public void Initialize()
        {
            ThrowIfCleared();
            _message.Reset();
        }

        /// <inheritdoc/>
        public void Append(byte[] data, int offset, int count)
        {
            ThrowIfCleared();
            _message.Append(data, offset, count);
        }

        /// <inheritdoc/>
        public void Finish(byte[] output, int offset)
        {
            ThrowIfCleared();
            Bounds.CheckBuffer(output, offset, MacSize, "output");

            byte[] message = _staging.Stage(_message.Buffer, 0, _message.Length);
            byte[] mac = HMACSHA256.HashData(_key, message);
            Array.Copy(mac, 0, output, offset, MacSize);
            Array.Clear(mac, 0, mac.Length);
            if (_staging.IsScratch(message))
            {
                Array.Clear(message, 0, message.Length);
            }

            _message.Reset();
        }

        /// <inheritdoc/>
        public void Clear()
        {
            Array.Clear(_key, 0, _key.Length);
            _message.Reset();
            _staging.Clear();
            _cleared = true;
        }

        private void ThrowIfCleared()
        {
            if (_cleared)
            {
                throw new InvalidOperationException("the MAC was cleared");
            }
        }
    }
}
