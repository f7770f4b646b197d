using Meter.Hal.Storage;

namespace Meter.Storage
{
    /// <summary>
    /// The read side of mounting: reads every sector, classifies it (erased, in use, garbage) and
    /// rebuilds the index of newest records. Writes nothing; what to repair is the store's call.
    /// </summary>
    internal sealed class SectorScanner
    {
        private readonly IFlash _flash;
        private readonly byte[] _buffer;
        private readonly SectorReader _reader;

        /// <summary>Whole records found (every version, not only the newest).</summary>
        public int RecordsFound;

        /// <summary>Torn or corrupt areas skipped inside in-use sectors.</summary>
        public int BadAreas;

        /// <summary>Sectors with a well-formed header of a format version this code does not know.</summary>
        public int UnknownVersionSectors;

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
            MaxSequence = 0;
            MaxSectorSequence = 0;
            index.Clear();
            uint maxEraseCount = 0;
            for (int s = 0; s < sectors.Count; s++)
            {
                _flash.Read(s * sectorSize, _buffer, 0, sectorSize);
                int header = SectorFormat.Check(_buffer, 0);
                if (header != SectorFormat.Valid)
                {
                    if (header == SectorFormat.UnknownVersion)
                    {
                        UnknownVersionSectors++;
                    }

                    sectors.SetErased(s);
                    sectors.State[s] = IsErased() ? SectorTable.Erased : SectorTable.Garbage;
                    continue;
                }

                uint sectorSequence = SectorFormat.ReadSequence(_buffer, 0);
                uint eraseCount = SectorFormat.ReadEraseCount(_buffer, 0);
                if (sectorSequence > MaxSectorSequence)
                {
                    MaxSectorSequence = sectorSequence;
                }

                if (eraseCount > maxEraseCount)
                {
                    maxEraseCount = eraseCount;
                }

                sectors.SetInUse(s, sectorSequence, eraseCount, SectorFormat.HeaderSize);
                _reader.Begin();
                while (_reader.MoveNext())
                {
                    RecordsFound++;
                    Offer(sectors, index, s, sectorSequence);
                }

                BadAreas += _reader.BadAreas;
                sectors.WriteOffset[s] = _reader.WriteOffset;
            }

            // A sector that was erased when we mounted lost its count with its header; the ring
            // rotates evenly, so the highest count seen is the closest estimate.
            for (int s = 0; s < sectors.Count; s++)
            {
                if (sectors.State[s] != SectorTable.InUse)
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
                ids[count++] = ((long)_reader.Key << 32) | _reader.Sequence;
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
