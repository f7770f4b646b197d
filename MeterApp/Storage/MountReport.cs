namespace Meter.Storage
{
    /// <summary>
    /// What <see cref="RecordStore.Mount"/> found and repaired. A clean mount after a normal
    /// shutdown has <see cref="IsClean"/> true; after a power cut a torn record or an interrupted
    /// compaction is normal and is reported here so the application can log it.
    /// </summary>
    public sealed class MountReport
    {
        internal MountReport(
            int recordsFound,
            int liveRecords,
            int corruptAreasSkipped,
            int sectorsErased,
            int unknownVersionSectors,
            bool compactionResumed,
            bool compactionRolledBack,
            bool noSpareSector,
            bool wasBlank,
            bool wasFormatted)
        {
            RecordsFound = recordsFound;
            LiveRecords = liveRecords;
            CorruptAreasSkipped = corruptAreasSkipped;
            SectorsErased = sectorsErased;
            UnknownVersionSectors = unknownVersionSectors;
            CompactionResumed = compactionResumed;
            CompactionRolledBack = compactionRolledBack;
            NoSpareSector = noSpareSector;
            WasBlank = wasBlank;
            WasFormatted = wasFormatted;
        }

        /// <summary>Whole records read, every version of every key.</summary>
        public int RecordsFound { get; }

        /// <summary>Keys with a value (the newest record of each key).</summary>
        public int LiveRecords { get; }

        /// <summary>Torn or corrupt records or areas skipped inside valid sectors.</summary>
        public int CorruptAreasSkipped { get; }

        /// <summary>Sectors with a torn, garbage or unknown header that were erased.</summary>
        public int SectorsErased { get; }

        /// <summary>Of <see cref="SectorsErased"/>, those that had a well-formed header of an unknown format version.</summary>
        public int UnknownVersionSectors { get; }

        /// <summary>A compaction cut short by power loss was finished.</summary>
        public bool CompactionResumed { get; }

        /// <summary>A compaction cut short by power loss could not be finished in place and its partial copy was erased (it is redone on the next write that needs room).</summary>
        public bool CompactionRolledBack { get; }

        /// <summary>No erased sector could be recovered without losing data (only after corruption); writes fail with <see cref="StoreFullException"/> once the active sector is full.</summary>
        public bool NoSpareSector { get; }

        /// <summary>The whole flash was erased: a new device.</summary>
        public bool WasBlank { get; }

        /// <summary>No valid sector was found but some held other content, which was erased: the store starts empty.</summary>
        public bool WasFormatted { get; }

        /// <summary>Nothing was skipped, erased or repaired.</summary>
        public bool IsClean
        {
            get
            {
                return CorruptAreasSkipped == 0 && SectorsErased == 0 && !CompactionResumed && !CompactionRolledBack && !NoSpareSector;
            }
        }

        public override string ToString()
        {
            return "records " + RecordsFound + ", live " + LiveRecords + ", corrupt skipped " + CorruptAreasSkipped
                + ", sectors erased " + SectorsErased + " (unknown version " + UnknownVersionSectors + ")"
                + (CompactionResumed ? ", compaction resumed" : string.Empty)
                + (CompactionRolledBack ? ", compaction rolled back" : string.Empty)
                + (NoSpareSector ? ", NO SPARE SECTOR" : string.Empty)
                + (WasBlank ? ", blank" : string.Empty)
                + (WasFormatted ? ", formatted" : string.Empty);
        }
    }
}
