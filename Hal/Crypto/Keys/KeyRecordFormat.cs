using System;

namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// The stored form of a key. A record is a 4-byte clear header followed by the RFC 3394
    /// AES-256 key wrap, under the device KEK, of a body that repeats the header fields and the
    /// slot before the secret and public key:
    /// <code>
    /// record = version(1) type(1) usage(1) wrappedLength(1) || AES-KW(KEK, body)
    /// body   = version(1) type(1) usage(1) slotHi(1) slotLo(1) secretLength(1) publicLength(1) 00
    ///          || secret || publicKey || 00-padding to a multiple of 8
    /// </code>
    /// Key wrap authenticates the whole body, so a record moved to another slot, a usage or type
    /// edited in flash, or a record from another device (another KEK) fails to open. A destroyed
    /// key leaves a tombstone: the header with type 0 and nothing wrapped.
    /// </summary>
    internal static class KeyRecordFormat
    {
        public const byte Version = 1;

        public const int HeaderLength = 4;

        public const int BodyHeaderLength = 8;

        /// <summary>Largest body: a P-384 pair, 8 + 48 + 96 bytes.</summary>
        public const int MaxBodyLength = 152;

        /// <summary>Key wrap adds one 8-byte integrity block.</summary>
        public const int MaxRecordLength = HeaderLength + MaxBodyLength + 8;

        public static int SecretLength(KeyType type)
        {
            switch (type)
            {
                case KeyType.Aes128: return 16;
                case KeyType.Aes256: return 32;
                case KeyType.EcP256: return 32;
                case KeyType.EcP384: return 48;
                default: throw new ArgumentOutOfRangeException("type");
            }
        }

        public static int PublicKeyLength(KeyType type)
        {
            switch (type)
            {
                case KeyType.EcP256: return 64;
                case KeyType.EcP384: return 96;
                default: return 0;
            }
        }

        /// <summary>Body length for a type, padded to whole 8-byte semiblocks as key wrap requires.</summary>
        public static int BodyLength(KeyType type)
        {
            int raw = BodyHeaderLength + SecretLength(type) + PublicKeyLength(type);
            return (raw + 7) / 8 * 8;
        }

        /// <summary>Writes the clear header and the body header (both carry the same fields).</summary>
        public static void WriteHeaders(byte[] record, byte[] body, ushort slot, KeyType type, KeyUsage usage)
        {
            int bodyLength = BodyLength(type);
            record[0] = Version;
            record[1] = (byte)type;
            record[2] = (byte)usage;
            record[3] = (byte)(bodyLength + 8);
            body[0] = Version;
            body[1] = (byte)type;
            body[2] = (byte)usage;
            body[3] = (byte)(slot >> 8);
            body[4] = (byte)slot;
            body[5] = (byte)SecretLength(type);
            body[6] = (byte)PublicKeyLength(type);
            body[7] = 0;
        }

        /// <summary>True if an unwrapped body repeats the clear header and belongs to <paramref name="slot"/>.</summary>
        public static bool BodyMatches(byte[] record, byte[] body, ushort slot)
        {
            KeyType type = (KeyType)record[1];
            return body[0] == record[0]
                && body[1] == record[1]
                && body[2] == record[2]
                && body[3] == (byte)(slot >> 8)
                && body[4] == (byte)slot
                && body[5] == (byte)SecretLength(type)
                && body[6] == (byte)PublicKeyLength(type)
                && body[7] == 0;
        }

        /// <summary>True for a known type whose clear header is self-consistent.</summary>
        public static bool IsWellFormedHeader(byte[] record, int length)
        {
            if (length < HeaderLength || record[0] != Version)
            {
                return false;
            }

            int type = record[1];
            if (type < (int)KeyType.Aes128 || type > (int)KeyType.EcP384)
            {
                return false;
            }

            return record[3] == BodyLength((KeyType)type) + 8 && length == HeaderLength + record[3];
        }

        /// <summary>True for a tombstone left by a destroyed key.</summary>
        public static bool IsTombstone(byte[] record, int length)
        {
            return length == HeaderLength && record[0] == Version && record[1] == 0;
        }

        public static void WriteTombstone(byte[] record)
        {
            record[0] = Version;
            record[1] = 0;
            record[2] = 0;
            record[3] = 0;
        }
    }
}
