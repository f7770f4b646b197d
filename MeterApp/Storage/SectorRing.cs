using System;
using Meter.Hal.Storage;

namespace Meter.Storage
{
    /// <summary>
    /// The write side of the sector ring, shared by the store's writes and by mount repair:
    /// opens the next erased sector, compacts the oldest sector into the active one and erases
    /// sectors, keeping <see cref="SectorTable"/> and <see cref="RecordIndex"/> in step with the
    /// flash. Compaction in the style of Zephyr NVS: one erased sector is always kept spare; when
    /// the active sector is full the spare is opened, the records of the oldest sector that are
    /// still the newest of their key are copied into it byte for byte (same sequence numbers),
    /// and only then is the oldest sector erased; it becomes the new spare. Sectors are opened in
    /// ring order, so erases spread evenly. Not thread-safe: the store's lock covers it.
    /// </summary>
    internal sealed class SectorRing
    {
        private readonly IFlash _flash;
        private readonly int _sectorSize;
        private readonly SectorTable _sectors;
        private readonly RecordIndex _index;
        private readonly byte[] _scratch;

        /// <summary>Sequence of the next sector to open.</summary>
        public uint NextSectorSequence;

        /// <summary>Sectors compacted since the counter was last reset.</summary>
        public int Compactions;

        /// <param name="scratch">A buffer for one whole record (header plus the largest payload), shared with the store.</param>
        public SectorRing(IFlash flash, SectorTable sectors, RecordIndex index, byte[] scratch)
        {
            _flash = flash;
            _sectorSize = flash.SectorSize;
            _sectors = sectors;
            _index = index;
            _scratch = scratch;
        }

        /// <summary>
        /// Makes room for a record of <paramref name="size"/> bytes (aligned, header included) in
        /// the active sector, opening and compacting sectors as needed. Each round opens the spare
        /// and compacts the oldest sector into it; within one turn of the ring the sector with the
        /// least live data comes round (the store checked the capacity first).
        /// </summary>
        /// <exception cref="StoreFullException">No round freed enough room; compactions may have run.</exception>
        public void MakeRoom(int size)
        {
            if (_sectors.Active >= 0 && _sectorSize - _sectors.WriteOffset[_sectors.Active] >= size)
            {
                return;
            }

            for (int round = 0; round < _sectors.Count; round++)
            {
                OpenNextSector();
                if (_sectors.CountIn(SectorTable.Erased) == 0)
                {
                    CompactInto(_sectors.Active, _sectors.Oldest(_sectors.Active));
                }

                if (_sectorSize - _sectors.WriteOffset[_sectors.Active] >= size)
                {
                    return;
                }
            }

            throw new StoreFullException("record store full: no sector compacts to " + size + " free bytes");
        }

        /// <summary>
        /// Copies the records of the victim that are still the newest of their key (damaged ones
        /// of corrupt keys included, so the corruption is not forgotten) to the end of the target,
        /// byte for byte, then erases the victim.
        /// </summary>
        public void CompactInto(int target, int victim)
        {
            for (int slot = 0; slot < _index.Count; slot++)
            {
                int address = _index.AddressAt(slot);
                if (address / _sectorSize != victim)
                {
                    continue;
                }

                int length = _index.LengthAt(slot);
                int size = RecordFormat.AlignedSize(length);
                int destination = target * _sectorSize + _sectors.WriteOffset[target];
                if (size > _sectorSize - _sectors.WriteOffset[target])
                {
                    throw new InvalidOperationException("compaction overflow: sector " + target + " cannot take the live records of sector " + victim);
                }

                _flash.Read(address, _scratch, 0, RecordFormat.HeaderSize + length);
                _flash.Program(destination, _scratch, 0, RecordFormat.HeaderSize + length);
                _sectors.WriteOffset[target] += size;
                _sectors.LiveBytes[victim] -= size;
                _sectors.LiveBytes[target] += size;
                _index.Move(slot, destination);
            }

            EraseSector(victim);
            Compactions++;
        }

        public void EraseSector(int sector)
        {
            _flash.EraseSector(sector);
            _sectors.SetErased(sector);
            _sectors.EraseCount[sector]++;
        }

        private void OpenNextSector()
        {
            int sector = _sectors.NextErasedAfter(_sectors.Active);
            if (sector < 0)
            {
                throw new StoreFullException("record store has no erased sector left (see MountReport.NoSpareSector)");
            }

            uint sequence = NextSectorSequence;
            SectorFormat.Write(_scratch, 0, sequence, _sectors.EraseCount[sector]);
            _flash.Program(sector * _sectorSize, _scratch, 0, SectorFormat.HeaderSize);
            NextSectorSequence++;
            _sectors.SetInUse(sector, sequence, _sectors.EraseCount[sector], SectorFormat.HeaderSize);
            _sectors.Active = sector;
        }
    }
}
