using System;

namespace Meter.Storage
{
    /// <summary>
    /// Key ranges claimed by owners that keep a copy of their value in RAM (a
    /// <see cref="PersistentCounter"/>, an event log). Two such owners on one key would each write
    /// from their own copy, and the later write could take a counter backwards; the second claim
    /// is refused instead. Claims last as long as the store object. Not thread-safe: the store's
    /// lock covers it.
    /// </summary>
    internal sealed class KeyClaims
    {
        private int[] _first = new int[8];
        private int[] _last = new int[8];
        private int _count;

        /// <exception cref="InvalidOperationException">Some key of the range is already claimed.</exception>
        public void Claim(ushort firstKey, int count, string owner)
        {
            int last = firstKey + count - 1;
            for (int i = 0; i < _count; i++)
            {
                if (firstKey <= _last[i] && last >= _first[i])
                {
                    throw new InvalidOperationException(
                        owner + " on keys " + firstKey + ".." + last + ": keys " + _first[i] + ".." + _last[i] + " already have an owner in this store");
                }
            }

            if (_count == _first.Length)
            {
                int[] first = new int[_count * 2];
                int[] lastKeys = new int[_count * 2];
                Array.Copy(_first, first, _count);
                Array.Copy(_last, lastKeys, _count);
                _first = first;
                _last = lastKeys;
            }

            _first[_count] = firstKey;
            _last[_count] = last;
            _count++;
        }
    }
}
