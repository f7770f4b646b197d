using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;

namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// The console secret as stored: a random salt, an iteration count and the PBKDF2-HMAC-SHA256
    /// hash of the secret (RFC 8018 section 5.2), never the secret itself. Record layout (v1, 56 bytes):
    /// version (1) | algorithm (1 = PBKDF2-HMAC-SHA256) | iterations (uint32, big-endian) |
    /// salt length (16) | salt | hash length (32) | hash.
    /// </summary>
    public sealed class ConsoleCredential
    {
        public const int SaltLength = 16;
        public const int HashLength = 32;
        public const int EncodedLength = 1 + 1 + 4 + 1 + SaltLength + 1 + HashLength;

        /// <summary>Upper bound on the stored iteration count, so a damaged record cannot stall the console.</summary>
        public const int MaxIterations = 1000000;

        private const byte FormatVersion = 1;
        private const byte AlgorithmPbkdf2HmacSha256 = 1;

        private readonly byte[] _salt;
        private readonly byte[] _hash;
        private readonly int _iterations;

        private ConsoleCredential(byte[] salt, int iterations, byte[] hash)
        {
            _salt = salt;
            _iterations = iterations;
            _hash = hash;
        }

        public int Iterations
        {
            get { return _iterations; }
        }

        /// <summary>Hashes the console secret <paramref name="secret"/> under <paramref name="salt"/> (16 random bytes).</summary>
        public static ConsoleCredential Create(string secret, byte[] salt, int iterations)
        {
            byte[] secretBytes = SecretBytes(secret);
            try
            {
                return Create(secretBytes, 0, secretBytes.Length, salt, iterations);
            }
            finally
            {
                Array.Clear(secretBytes, 0, secretBytes.Length);
            }
        }

        /// <summary>Hashes <paramref name="secret"/> under <paramref name="salt"/> (16 random bytes).</summary>
        public static ConsoleCredential Create(byte[] secret, int secretOffset, int secretCount, byte[] salt, int iterations)
        {
            if (salt == null || salt.Length != SaltLength)
            {
                throw new ArgumentException("salt must be 16 bytes");
            }

            if (iterations < 1 || iterations > MaxIterations)
            {
                throw new ArgumentOutOfRangeException("iterations");
            }

            byte[] hash = new byte[HashLength];
            Pbkdf2Sha256.DeriveKey(secret, secretOffset, secretCount, salt, 0, SaltLength, iterations, hash, 0, HashLength);
            return new ConsoleCredential((byte[])salt.Clone(), iterations, hash);
        }

        /// <summary>True when the console secret <paramref name="secret"/> hashes to the stored value.</summary>
        public bool Verify(string secret)
        {
            byte[] secretBytes = SecretBytes(secret);
            bool match = Verify(secretBytes, 0, secretBytes.Length);
            Array.Clear(secretBytes, 0, secretBytes.Length);
            return match;
        }

        /// <summary>True when <paramref name="secret"/> hashes to the stored value (compared in constant time).</summary>
        public bool Verify(byte[] secret, int offset, int count)
        {
            byte[] candidate = new byte[HashLength];
            Pbkdf2Sha256.DeriveKey(secret, offset, count, _salt, 0, SaltLength, _iterations, candidate, 0, HashLength);
            bool match = ConstantTime.FixedTimeEquals(candidate, 0, _hash, 0, HashLength);
            Array.Clear(candidate, 0, HashLength);
            return match;
        }

        /// <summary>Writes the record layout to <paramref name="buffer"/> at <paramref name="offset"/>.</summary>
        public void Encode(byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length - EncodedLength)
            {
                throw new ArgumentOutOfRangeException("buffer");
            }

            buffer[offset] = FormatVersion;
            buffer[offset + 1] = AlgorithmPbkdf2HmacSha256;
            buffer[offset + 2] = (byte)(_iterations >> 24);
            buffer[offset + 3] = (byte)(_iterations >> 16);
            buffer[offset + 4] = (byte)(_iterations >> 8);
            buffer[offset + 5] = (byte)_iterations;
            buffer[offset + 6] = SaltLength;
            Array.Copy(_salt, 0, buffer, offset + 7, SaltLength);
            buffer[offset + 7 + SaltLength] = HashLength;
            Array.Copy(_hash, 0, buffer, offset + 8 + SaltLength, HashLength);
        }

        /// <summary>Decodes a record, or returns null when any field is out of its bounds.</summary>
        public static ConsoleCredential Decode(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count != EncodedLength || offset > buffer.Length - count)
            {
                return null;
            }

            if (buffer[offset] != FormatVersion || buffer[offset + 1] != AlgorithmPbkdf2HmacSha256
                || buffer[offset + 6] != SaltLength || buffer[offset + 7 + SaltLength] != HashLength)
            {
                return null;
            }

            uint iterations = ((uint)buffer[offset + 2] << 24) | ((uint)buffer[offset + 3] << 16) | ((uint)buffer[offset + 4] << 8) | buffer[offset + 5];
            if (iterations < 1 || iterations > MaxIterations)
            {
                return null;
            }

            byte[] salt = new byte[SaltLength];
            byte[] hash = new byte[HashLength];
            Array.Copy(buffer, offset + 7, salt, 0, SaltLength);
            Array.Copy(buffer, offset + 8 + SaltLength, hash, 0, HashLength);
            return new ConsoleCredential(salt, (int)iterations, hash);
        }

        /// <summary>Reads the credential record from <paramref name="slot"/>.</summary>
        public static CredentialState Read(IRecordSlot slot, out ConsoleCredential credential)
        {
            byte[] record = new byte[EncodedLength];
            int length = slot.Read(record, 0, EncodedLength);
            credential = null;
            if (length < 0)
            {
                return CredentialState.Absent;
            }

            credential = Decode(record, 0, length);
            return credential == null ? CredentialState.Damaged : CredentialState.Valid;
        }

        /// <summary>
        /// The bytes a console secret is hashed as: one per character. The console passes only
        /// printable ASCII (LineReader) and provisioning accepts nothing else, so this is its ASCII
        /// encoding; null is the empty secret. The caller wipes the array after use.
        /// </summary>
        private static byte[] SecretBytes(string secret)
        {
            if (secret == null)
            {
                return new byte[0];
            }

            byte[] bytes = new byte[secret.Length];
            for (int i = 0; i < secret.Length; i++)
            {
                bytes[i] = (byte)secret[i];
            }

            return bytes;
        }

        /// <summary>Writes this credential to <paramref name="slot"/>.</summary>
        public void Write(IRecordSlot slot)
        {
            byte[] record = new byte[EncodedLength];
            Encode(record, 0);
            slot.Write(record, 0, EncodedLength);
        }
    }
}
