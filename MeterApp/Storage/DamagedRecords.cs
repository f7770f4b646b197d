using System;

namespace Meter.Storage
{
    /// <summary>
    /// The damaged records a mount scan found (valid header, payload failing its CRC) and the rule
    /// that tells a torn write from bit rot. A damaged record is a torn write only if it was the
    /// last thing written: its sequence is higher than that of every whole record, or a whole
    /// record carries the same sequence (after a restart the next write takes the torn record's
    /// sequence; a torn compaction copy has the sequence of the record it copies). Any other
    /// damaged record that is newer than the whole records of its key is bit rot in a value that
    /// was once durable: the key is marked corrupt rather than silently served an older version,
    /// which for a counter would mean going backwards.
    /// </summary>
    internal sealed class DamagedRecords
    {
        private ushort[] _keys = new ushort[4];
        private uint[] _sequences = new uint[4];
        private int[] _addresses = new int[4];
        private int[] _lengths = new int[4];
        private bool[] _harmless = new bool[4];
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        public void Add(ushort key, uint sequence, int address, int length)
        {
            if (_count == _keys.Length)
            {
                Grow();
            }

            _keys[_count] = key;
            _sequences[_count] = sequence;
            _addresses[_count] = address;
            _lengths[_count] = length;
            _harmless[_count] = false;
            _count++;
        }

        /// <summary>Forgets all but the first <paramref name="count"/> (those of a sector that turned out to hold nothing).</summary>
        public void Truncate(int count)
        {
            _count = count;
        }

        /// <summary>A whole record has this sequence: damaged records with it were torn.</summary>
        public void MarkCopies(uint sequence)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_sequences[i] == sequence)
                {
                    _harmless[i] = true;
                }
            }
        }

        /// <summary>
        /// Once every whole record is indexed: sets aside the damaged records that are no newer
        /// than their key's value (old versions, copies) or newer than every whole record (the
        /// torn tail). True if some are left that only a whole record of the same sequence can
        /// clear (<see cref="MarkCopies"/>).
        /// </summary>
        public bool SetAsideObvious(RecordIndex index, uint maxWholeSequence)
        {
            bool undecided = false;
            for (int i = 0; i < _count; i++)
            {
                int slot = index.Find(_keys[i]);
                if ((slot >= 0 && _sequences[i] <= index.SequenceAt(slot)) || _sequences[i] > maxWholeSequence)
                {
                    _harmless[i] = true;
                }

                undecided |= !_harmless[i];
            }

            return undecided;
        }

        /// <summary>
        /// Points the key of every remaining damaged record at it, marked corrupt: the newest
        /// damaged one, and of two copies of it the one in the sector opened later, as for whole records.
        /// </summary>
        public void MarkKeysCorrupt(SectorTable sectors, RecordIndex index, int sectorSize)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_harmless[i])
                {
                    continue;
                }

                int slot = index.Find(_keys[i]);
                if (slot < 0)
                {
                    slot = ~slot;
                    index.Insert(slot, _keys[i], _addresses[i], _sequences[i], _lengths[i]);
                    index.UpdateCorrupt(slot, _addresses[i], _sequences[i], _lengths[i]);
                    continue;
                }

                uint known = index.SequenceAt(slot);
                if (_sequences[i] > known
                    || (_sequences[i] == known && index.IsCorrupt(slot)
                        && sectors.Sequence[_addresses[i] / sectorSize] >= sectors.Sequence[index.AddressAt(slot) / sectorSize]))
                {
                    index.UpdateCorrupt(slot, _addresses[i], _sequences[i], _lengths[i]);
                }
            }
        }

        private void Grow()
        {
            int size = _keys.Length * 2;
            ushort[] keys = new ushort[size];
            uint[] sequences = new uint[size];
            int[] addresses = new int[size];
            int[] lengths = new int[size];
            bool[] harmless = new bool[size];
            Array.Copy(_keys, keys, _count);
            Array.Copy(_sequences, sequences, _count);
            Array.Copy(_addresses, addresses, _count);
            Array.Copy(_lengths, lengths, _count);
            Array.Copy(_harmless, harmless, _count);
            _keys = keys;
            _sequences = sequences;
            _addresses = addresses;
            _lengths = lengths;
            _harmless = harmless;
        }
    }
}
