using System;

namespace Meter.Storage
{
    /// <summary>
    /// RAM index of the newest record of each key: parallel arrays sorted by key, searched by
    /// bisection. Lookups neither box nor allocate (a Hashtable would box every ushort key);
    /// the arrays only grow when a new key appears. About 13 bytes per key.
    /// <para>
    /// A key can be marked corrupt: its newest record has a valid header but a payload that fails
    /// its CRC, and it is not a torn write (see <see cref="DamagedRecords"/>). The slot then points
    /// at that damaged record, so compaction carries it along and a later mount finds it again,
    /// until a new record of the key replaces it.
    /// </para>
    /// </summary>
    internal sealed class RecordIndex
    {
        private ushort[] _keys = new ushort[32];
        private int[] _addresses = new int[32];
        private uint[] _sequences = new uint[32];
        private ushort[] _lengths = new ushort[32];
        private bool[] _corrupt = new bool[32];
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        /// <summary>The slot of <paramref name="key"/>, or the bitwise complement of where it would go.</summary>
        public int Find(ushort key)
        {
            int low = 0;
            int high = _count - 1;
            while (low <= high)
            {
                int middle = (low + high) >> 1;
                ushort probe = _keys[middle];
                if (probe == key)
                {
                    return middle;
                }

                if (probe < key)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return ~low;
        }

        public int AddressAt(int slot)
        {
            return _addresses[slot];
        }

        public uint SequenceAt(int slot)
        {
            return _sequences[slot];
        }

        public int LengthAt(int slot)
        {
            return _lengths[slot];
        }

        /// <summary>The newest record of the slot's key is damaged, not torn: its value is lost.</summary>
        public bool IsCorrupt(int slot)
        {
            return _corrupt[slot];
        }

        /// <summary>Points an existing slot at a new, whole record of its key.</summary>
        public void Update(int slot, int address, uint sequence, int length)
        {
            _addresses[slot] = address;
            _sequences[slot] = sequence;
            _lengths[slot] = (ushort)length;
            _corrupt[slot] = false;
        }

        /// <summary>Points an existing slot at a damaged record of its key that is its newest.</summary>
        public void UpdateCorrupt(int slot, int address, uint sequence, int length)
        {
            Update(slot, address, sequence, length);
            _corrupt[slot] = true;
        }

        /// <summary>Keys marked corrupt.</summary>
        public int CorruptCount()
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_corrupt[i])
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Points an existing slot at a copy of the same record.</summary>
        public void Move(int slot, int address)
        {
            _addresses[slot] = address;
        }

        /// <summary>Adds a key at the position <see cref="Find"/> returned (complemented) for it.</summary>
        public void Insert(int position, ushort key, int address, uint sequence, int length)
        {
            if (_count == _keys.Length)
            {
                Grow();
            }

            // Shift by hand, backwards: the device's Array.Copy is not documented to handle overlap.
            for (int i = _count; i > position; i--)
            {
                _keys[i] = _keys[i - 1];
                _addresses[i] = _addresses[i - 1];
                _sequences[i] = _sequences[i - 1];
                _lengths[i] = _lengths[i - 1];
                _corrupt[i] = _corrupt[i - 1];
            }

            _keys[position] = key;
            _count++;
            Update(position, address, sequence, length);
        }

        public void Clear()
        {
            _count = 0;
        }

        private void Grow()
        {
            int size = _keys.Length * 2;
            ushort[] keys = new ushort[size];
            int[] addresses = new int[size];
            uint[] sequences = new uint[size];
            ushort[] lengths = new ushort[size];
            bool[] corrupt = new bool[size];
            Array.Copy(_keys, keys, _count);
            Array.Copy(_addresses, addresses, _count);
            Array.Copy(_sequences, sequences, _count);
            Array.Copy(_lengths, lengths, _count);
            Array.Copy(_corrupt, corrupt, _count);
            _keys = keys;
            _addresses = addresses;
            _sequences = sequences;
            _lengths = lengths;
            _corrupt = corrupt;
        }
    }
}
