using System;
using Meter.Hal.Storage;

namespace Meter.Storage
{
    /// <summary>
    /// The read side of mounting: reads every sector, classifies it (erased, in use, garbage,
    /// foreign) and rebuilds the index of newest records. Writes nothing; what to repair is
    /// <see cref="MountRepair"/>'s call.
    /// <para>
    /// A damaged record (valid header, payload failing its CRC) is a torn write only if it was the
    /// last thing written: its sequence is higher than that of every whole record, or a whole
    /// record carries the same sequence (after a restart the next write takes the torn record's
    /// sequence; a torn compaction copy has the sequence of the record it copies). Any other
    /// damaged record that is newer than the whole records of its key is bit rot in a value that
    /// was once durable: the key is marked corrupt rather than silently served an older version,
    /// which for a counter would mean going backwards.
    /// </para>
    /// </summary>
    internal sealed class SectorScanner
    {
        private readonly IFlash _flash;
        private readonly byte[] _buffer;
        private readonly SectorReader _reader;

        // Damaged records seen so far; Resolved once known harmless (older, torn or copied).
        private ushort[] _damagedKeys = new ushort[4];
        private uint[] _damagedSequences = new uint[4];
        private int[] _damagedAddresses = new int[4];
        private int[] _damagedLengths = new int[4];
        private bool[] _damagedResolved = new bool[4];
        private int _damagedCount;

        /// <summary>Whole records found (every version, not only the newest).</summary>
        public int RecordsFound;

        /// <summary>Torn or corrupt areas skipped inside in-use sectors, damaged records included.</summary>
        public int BadAreas;

        /// <summary>Sectors with a well-formed header of a format version this code does not know.</summary>
        public int UnknownVersionSectors;

        /// <summary>Sectors whose header is damaged but whose body holds whole records (kept in use with sequence 0).</summary>
        public int DamagedHeaderSectors;

        /// <summary>Highest sequence of a whole record.</summary>
        public uint MaxSequence;

        public uint MaxSectorSequence;

        public SectorScanner(IFlash flash, int maxPayload)
        {
            _flash = flash;
            _buffer = new byte[flash.SectorSize];
            _reader = new SectorReader(_buffer, flash.SectorSize, maxPayload);
        }

        /// <summary>Classifies every sector into <paramref name="sectors"/> and rebuilds <paramref name="index"/>.</summary>
        public void ScanAll(SectorTable sectors, RecordIndex index)
        {
            int sectorSize = _flash.SectorSize;
            RecordsFound = 0;
            BadAreas = 0;
            UnknownVersionSectors = 0;
            DamagedHeaderSectors = 0;
            MaxSequence = 0;
            MaxSectorSequence = 0;
            _damagedCount = 0;
            index.Clear();
            uint maxEraseCount = 0;
            for (int s = 0; s < sectors.Count; s++)
            {
                _flash.Read(s * sectorSize, _buffer, 0, sectorSize);
                int header = SectorFormat.Check(_buffer, 0);
                if (header == SectorFormat.UnknownVersion)
                {
                    UnknownVersionSectors++;
                    sectors.SetErased(s);
                    sectors.State[s] = SectorTable.Foreign;
                    continue;
                }

                bool headerValid = header == SectorFormat.Valid;
                uint sectorSequence = headerValid ? SectorFormat.ReadSequence(_buffer, 0) : 0;
                uint eraseCount = headerValid ? SectorFormat.ReadEraseCount(_buffer, 0) : 0;
                if (sectorSequence > MaxSectorSequence)
                {
                    MaxSectorSequence = sectorSequence;
                }

                if (eraseCount > maxEraseCount)
                {
                    maxEraseCount = eraseCount;
                }

                int damagedBefore = _damagedCount;
                sectors.SetInUse(s, sectorSequence, eraseCount, SectorFormat.HeaderSize);
                _reader.Begin();
                while (_reader.MoveNext())
                {
                    if (_reader.IsWhole)
                    {
                        RecordsFound++;
                        MarkCopies(_reader.Sequence);
                        Offer(sectors, index, s, sectorSequence);
                    }
                    else
                    {
                        NoteDamaged(s * sectorSize + _reader.Offset);
                    }
                }

                // A torn header program only happens on an erased sector, whose body is all 0xFF:
                // a sector without a valid header and without a whole record holds nothing.
                if (!headerValid && _reader.WholeRecords == 0)
                {
                    _damagedCount = damagedBefore;
                    sectors.SetErased(s);
                    sectors.State[s] = IsErased() ? SectorTable.Erased : SectorTable.Garbage;
                    continue;
                }

                if (!headerValid)
                {
                    DamagedHeaderSectors++;
                }

                BadAreas += _reader.BadAreas;
                sectors.WriteOffset[s] = _reader.WriteOffset;
            }

            ResolveDamaged(sectors, index);

            // A sector that was erased when we mounted lost its count with its header; the ring
            // rotates evenly, so the highest count seen is the closest estimate.
            for (int s = 0; s < sectors.Count; s++)
            {
                if (sectors.State[s] != SectorTable.InUse || sectors.Sequence[s] == 0)
                {
                    sectors.EraseCount[s] = maxEraseCount;
                }
            }

            for (int i = 0; i < index.Count; i++)
            {
                sectors.LiveBytes[index.AddressAt(i) / sectorSize] += RecordFormat.AlignedSize(index.LengthAt(i));
            }

            sectors.Active = sectors.Newest();
        }

        /// <summary>
        /// The (key, sequence) pairs of the whole records in <paramref name="sector"/>, as
        /// key &lt;&lt; 32 | sequence. Used only by the rare mount-time repair.
        /// </summary>
        public long[] RecordIds(int sector, out int count)
        {
            int sectorSize = _flash.SectorSize;
            long[] ids = new long[sectorSize / RecordFormat.HeaderSize];
            count = 0;
            _flash.Read(sector * sectorSize, _buffer, 0, sectorSize);
            _reader.Begin();
            while (_reader.MoveNext())
            {
                if (_reader.IsWhole)
                {
                    ids[count++] = ((long)_reader.Key << 32) | _reader.Sequence;
                }
            }

            return ids;
        }

        // Keeps the record if it is the newest of its key so far. Equal sequences are copies made
        // by compaction: the copy in the sector opened later wins, so the older sector's copy is
        // no longer live and compaction does not move it twice.
        private void Offer(SectorTable sectors, RecordIndex index, int sector, uint sectorSequence)
        {
            int address = sector * _flash.SectorSize + _reader.Offset;
            uint sequence = _reader.Sequence;
            if (sequence > MaxSequence)
            {
                MaxSequence = sequence;
            }

            int slot = index.Find(_reader.Key);
            if (slot < 0)
            {
                index.Insert(~slot, _reader.Key, address, sequence, _reader.Length);
                return;
            }

            uint known = index.SequenceAt(slot);
            if (sequence > known
                || (sequence == known && sectorSequence >= sectors.Sequence[index.AddressAt(slot) / _flash.SectorSize]))
            {
                index.Update(slot, address, sequence, _reader.Length);
            }
        }

        private void NoteDamaged(int address)
        {
            if (_damagedCount == _damagedKeys.Length)
            {
                GrowDamaged();
            }

            int i = _damagedCount++;
            _damagedKeys[i] = _reader.Key;
            _damagedSequences[i] = _reader.Sequence;
            _damagedAddresses[i] = address;
            _damagedLengths[i] = _reader.Length;
            _damagedResolved[i] = false;
        }

        // A whole record with the sequence of a damaged one: the damaged one was torn (see the class comment).
        private void MarkCopies(uint sequence)
        {
            for (int i = 0; i < _damagedCount; i++)
            {
                if (_damagedSequences[i] == sequence)
                {
                    _damagedResolved[i] = true;
                }
            }
        }

        // Decides, once every whole record is indexed, which damaged records are torn writes and
        // which make their key corrupt. The second read of the flash happens only when a damaged
        // record is older than the newest record and no whole record with its sequence came after
        // it in scan order (a compaction copy in a sector scanned earlier), which is rare.
        private void ResolveDamaged(SectorTable sectors, RecordIndex index)
        {
            bool unresolved = false;
            for (int i = 0; i < _damagedCount; i++)
            {
                int slot = index.Find(_damagedKeys[i]);
                if ((slot >= 0 && _damagedSequences[i] <= index.SequenceAt(slot)) || _damagedSequences[i] > MaxSequence)
                {
                    _damagedResolved[i] = true;
                }

                unresolved |= !_damagedResolved[i];
            }

            if (!unresolved)
            {
                return;
            }

            int sectorSize = _flash.SectorSize;
            for (int s = 0; s < sectors.Count; s++)
            {
                if (sectors.State[s] != SectorTable.InUse)
                {
                    continue;
                }

                _flash.Read(s * sectorSize, _buffer, 0, sectorSize);
                _reader.Begin();
                while (_reader.MoveNext())
                {
                    if (_reader.IsWhole)
                    {
                        MarkCopies(_reader.Sequence);
                    }
                }
            }

            for (int i = 0; i < _damagedCount; i++)
            {
                if (!_damagedResolved[i])
                {
                    MarkCorrupt(sectors, index, i);
                }
            }
        }

        // Points the key at its damaged record: the newest damaged one, and of two copies of it
        // the one in the sector opened later, as for whole records.
        private void MarkCorrupt(SectorTable sectors, RecordIndex index, int i)
        {
            ushort key = _damagedKeys[i];
            uint sequence = _damagedSequences[i];
            int address = _damagedAddresses[i];
            int slot = index.Find(key);
            if (slot < 0)
            {
                slot = ~slot;
                index.Insert(slot, key, address, sequence, _damagedLengths[i]);
                index.UpdateCorrupt(slot, address, sequence, _damagedLengths[i]);
                return;
            }

            uint known = index.SequenceAt(slot);
            if (sequence > known
                || (sequence == known && index.IsCorrupt(slot)
                    && sectors.Sequence[address / _flash.SectorSize] >= sectors.Sequence[index.AddressAt(slot) / _flash.SectorSize]))
            {
                index.UpdateCorrupt(slot, address, sequence, _damagedLengths[i]);
            }
        }

        private void GrowDamaged()
        {
            int size = _damagedKeys.Length * 2;
            ushort[] keys = new ushort[size];
            uint[] sequences = new uint[size];
            int[] addresses = new int[size];
            int[] lengths = new int[size];
            bool[] resolved = new bool[size];
            Array.Copy(_damagedKeys, keys, _damagedCount);
            Array.Copy(_damagedSequences, sequences, _damagedCount);
            Array.Copy(_damagedAddresses, addresses, _damagedCount);
            Array.Copy(_damagedLengths, lengths, _damagedCount);
            Array.Copy(_damagedResolved, resolved, _damagedCount);
            _damagedKeys = keys;
            _damagedSequences = sequences;
            _damagedAddresses = addresses;
            _damagedLengths = lengths;
            _damagedResolved = resolved;
        }

        private bool IsErased()
        {
            for (int i = 0; i < _buffer.Length; i++)
            {
                if (_buffer[i] != 0xFF)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
