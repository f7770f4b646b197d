using Meter.Hal.Storage;

namespace Meter.Storage
{
    /// <summary>
    /// The read side of mounting: reads every sector, classifies it (erased, in use, garbage,
    /// foreign) and rebuilds the index of newest records. Writes nothing; what to repair is
    /// <see cref="MountRepair"/>'s call. Damaged records are sorted into torn writes and bit rot
    /// (<see cref="DamagedRecords"/>); bit rot marks its key corrupt in the index.
    /// </summary>
    internal sealed class SectorScanner
    {
        private readonly IFlash _flash;
        private readonly byte[] _buffer;
        private readonly SectorReader _reader;
        private readonly DamagedRecords _damaged = new DamagedRecords();

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
            _damaged.Truncate(0);
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

                int damagedBefore = _damaged.Count;
                sectors.SetInUse(s, sectorSequence, eraseCount, SectorFormat.HeaderSize);
                _reader.Begin();
                while (_reader.MoveNext())
                {
                    if (_reader.IsWhole)
                    {
                        RecordsFound++;
                        _damaged.MarkCopies(_reader.Sequence);
                        Offer(sectors, index, s, sectorSequence);
                    }
                    else
                    {
                        _damaged.Add(_reader.Key, _reader.Sequence, (s * sectorSize) + _reader.Offset, _reader.Length);
                    }
                }

                // A torn header program only happens on an erased sector, whose body is all 0xFF:
                // a sector without a valid header and without a whole record holds nothing.
                if (!headerValid && _reader.WholeRecords == 0)
                {
                    _damaged.Truncate(damagedBefore);
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

        // The second read of the flash happens only when a damaged record is older than the
        // newest record and no whole record with its sequence came after it in scan order (a
        // compaction copy or a reused sequence in a sector scanned earlier), which is rare.
        private void ResolveDamaged(SectorTable sectors, RecordIndex index)
        {
            if (!_damaged.SetAsideObvious(index, MaxSequence))
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
                        _damaged.MarkCopies(_reader.Sequence);
                    }
                }
            }

            _damaged.MarkKeysCorrupt(sectors, index, sectorSize);
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
