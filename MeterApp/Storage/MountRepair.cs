using Meter.Hal.Storage;

namespace Meter.Storage
{
    /// <summary>
    /// Mounting: scans the flash (<see cref="SectorScanner"/>), then repairs what a power cut or
    /// damage left: erases sectors that hold nothing usable and finishes, or rolls back, a
    /// compaction that was cut short. When a sector of an unknown (newer) format version is found
    /// it repairs nothing and writes nothing: the flash belongs to a newer firmware, and the store
    /// stays read-only (<see cref="MountReport.RefusedUnknownVersion"/>).
    /// </summary>
    internal sealed class MountRepair
    {
        private readonly IFlash _flash;
        private readonly int _sectorSize;
        private readonly int _maxPayload;
        private readonly SectorTable _sectors;
        private readonly RecordIndex _index;
        private readonly SectorRing _ring;

        /// <summary>Sequence for the next record written after the last mount.</summary>
        public uint NextSequence;

        /// <summary>Bytes of the newest record of every key after the last mount.</summary>
        public int LiveBytes;

        public MountRepair(IFlash flash, int maxPayload, SectorTable sectors, RecordIndex index, SectorRing ring)
        {
            _flash = flash;
            _sectorSize = flash.SectorSize;
            _maxPayload = maxPayload;
            _sectors = sectors;
            _index = index;
            _ring = ring;
        }

        public MountReport Run()
        {
            SectorScanner scanner = new SectorScanner(_flash, _maxPayload);
            scanner.ScanAll(_sectors, _index);
            int recordsFound = scanner.RecordsFound;
            int badAreas = scanner.BadAreas;
            int unknownVersion = scanner.UnknownVersionSectors;
            int damagedHeaders = scanner.DamagedHeaderSectors;
            int sectorCount = _sectors.Count;
            bool wasBlank = _sectors.CountIn(SectorTable.Erased) == sectorCount;
            bool hadNoValidSector = _sectors.CountIn(SectorTable.InUse) == 0;
            bool refused = unknownVersion > 0;
            int erasedAtMount = 0;
            bool resumed = false;
            bool rolledBack = false;
            bool noSpare = false;

            // At most one rescan follows a roll-back, so this runs at most twice.
            for (int pass = 0; pass < 2; pass++)
            {
                if (!refused)
                {
                    for (int s = 0; s < sectorCount; s++)
                    {
                        if (_sectors.State[s] == SectorTable.Garbage)
                        {
                            _ring.EraseSector(s);
                            erasedAtMount++;
                        }
                    }
                }

                LiveBytes = 0;
                for (int s = 0; s < sectorCount; s++)
                {
                    LiveBytes += _sectors.LiveBytes[s];
                }

                NextSequence = scanner.MaxSequence + 1;
                _ring.NextSectorSequence = scanner.MaxSectorSequence + 1;
                if (refused || _sectors.CountIn(SectorTable.Erased) > 0)
                {
                    break;
                }

                // No spare: a power cut hit a compaction after the spare was opened and before
                // the oldest sector was erased. Finish it, or undo it if the copy has no room left.
                int target = _sectors.Active;
                int victim = target < 0 ? -1 : _sectors.Oldest(target);
                if (victim < 0)
                {
                    noSpare = true;
                    break;
                }

                if (LiveBytesIn(victim) <= _sectorSize - _sectors.WriteOffset[target])
                {
                    _ring.CompactInto(target, victim);
                    resumed = true;
                    break;
                }

                if (pass == 0 && HoldsOnlyCopiesOf(scanner, target, victim))
                {
                    _ring.EraseSector(target);
                    rolledBack = true;
                    scanner.ScanAll(_sectors, _index);
                    continue;
                }

                noSpare = true;
                break;
            }

            return new MountReport(
                recordsFound, _index.Count, badAreas, erasedAtMount, unknownVersion, damagedHeaders, _index.CorruptCount(),
                resumed, rolledBack, noSpare, refused, wasBlank, hadNoValidSector && !wasBlank && !refused);
        }

        // True when every whole record in the target sector also sits, same key and sequence, in
        // the victim: the target is then a partial compaction copy and can be erased without loss.
        private static bool HoldsOnlyCopiesOf(SectorScanner scanner, int target, int victim)
        {
            int victimCount;
            long[] victimIds = scanner.RecordIds(victim, out victimCount);
            int targetCount;
            long[] targetIds = scanner.RecordIds(target, out targetCount);
            for (int t = 0; t < targetCount; t++)
            {
                bool found = false;
                for (int v = 0; v < victimCount && !found; v++)
                {
                    found = victimIds[v] == targetIds[t];
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        }

        private int LiveBytesIn(int sector)
        {
            int total = 0;
            for (int slot = 0; slot < _index.Count; slot++)
            {
                if (_index.AddressAt(slot) / _sectorSize == sector)
                {
                    total += RecordFormat.AlignedSize(_index.LengthAt(slot));
                }
            }

            return total;
        }
    }
}
