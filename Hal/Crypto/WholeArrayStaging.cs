using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Hands a (buffer, offset, count) region to an API that only takes a whole array (the
    /// nanoFramework platform's Aes.Encrypt and HMACSHA256.HashData process all of the array they
    /// get). The caller's array goes through as it is when the region is all of it; otherwise the
    /// region is copied into a scratch array of exactly that length. The two most recent lengths are
    /// kept, so a mode alternating single blocks with fixed-size batches (GCM: the hash subkey and
    /// the tag mask, then the counter blocks) allocates nothing after its first message.
    /// Not thread-safe: one per user.
    /// </summary>
    public sealed class WholeArrayStaging
    {
        private byte[] _recent;
        private byte[] _older;

        /// <summary><paramref name="data"/> itself when the region is the whole array, else a reused scratch of exactly <paramref name="count"/> bytes holding a copy.</summary>
        public byte[] Stage(byte[] data, int offset, int count)
        {
            Bounds.CheckBuffer(data, offset, count, "data");
            if (offset == 0 && count == data.Length)
            {
                return data;
            }

            byte[] scratch = Take(count);
            Array.Copy(data, offset, scratch, 0, count);
            return scratch;
        }

        /// <summary>A reused array of exactly <paramref name="count"/> bytes; its contents are whatever was left in it.</summary>
        public byte[] Take(int count)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (_recent != null && _recent.Length == count)
            {
                return _recent;
            }

            if (_older != null && _older.Length == count)
            {
                byte[] swap = _older;
                _older = _recent;
                _recent = swap;
                return _recent;
            }

            // The evicted array may hold key material or plaintext: zero it before the GC gets it.
            Wipe(_older);
            _older = _recent;
            _recent = new byte[count];
            return _recent;
        }

        /// <summary>True when <paramref name="array"/> is one of the scratch arrays (so the caller's own array was not handed through).</summary>
        public bool IsScratch(byte[] array)
        {
            return array != null && (array == _recent || array == _older);
        }

        /// <summary>Zeroes and drops both scratch arrays.</summary>
        public void Clear()
        {
            Wipe(_recent);
            Wipe(_older);
            _recent = null;
            _older = null;
        }

        private static void Wipe(byte[] array)
        {
            if (array != null)
            {
                Array.Clear(array, 0, array.Length);
            }
        }
    }
}
