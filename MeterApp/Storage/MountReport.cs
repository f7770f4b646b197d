namespace Meter.Storage
{
    /// <summary>
    /// What <see cref="RecordStore.Mount"/> found and repaired. A clean mount after a normal
    /// shutdown has <see cref="IsClean"/> true; after a power cut a torn record or an interrupted
    /// compaction is normal and is reported here so the application can log it. Damage that no
    /// power cut explains (<see cref="CorruptKeys"/>, <see cref="DamagedHeaderSectors"/>) is an
    /// NV memory error; <see cref="RefusedUnknownVersion"/> means the store is read-only.
    /// </summary>
    public sealed class MountReport
    {
        internal MountReport(
            int recordsFound,
            int liveRecords,
            int corruptAreasSkipped,
            int sectorsErased,
            int unknownVersionSectors,
            int damagedHeaderSectors,
            int corruptKeys,
            bool compactionResumed,
            bool compactionRolledBack,
            bool noSpareSector,
            bool refusedUnknownVersion,
            bool wasBlank,
            bool wasFormatted)
        {
            RecordsFound = recordsFound;
            LiveRecords = liveRecords;
            CorruptAreasSkipped = corruptAreasSkipped;
            SectorsErased = sectorsErased;
            UnknownVersionSectors = unknownVersionSectors;
            DamagedHeaderSectors = damagedHeaderSectors;
            CorruptKeys = corruptKeys;
            CompactionResumed = compactionResumed;
            CompactionRolledBack = compactionRolledBack;
            NoSpareSector = noSpareSector;
            RefusedUnknownVersion = refusedUnknownVersion;
            WasBlank = wasBlank;
            WasFormatted = wasFormatted;
        }

        /// <summary>Whole records read, every version of every key.</summary>
        public int RecordsFound { get; }

        /// <summary>Keys with a value (the newest record of each key), corrupt keys included.</summary>
        public int LiveRecords { get; }

        /// <summary>Torn or corrupt records or areas skipped inside sectors in use.</summary>
        public int CorruptAreasSkipped { get; }

        /// <summary>Sectors with a torn or garbage header and no whole record that were erased.</summary>
        public int SectorsErased { get; }

        /// <summary>Sectors with a well-formed header of an unknown format version; never erased (see <see cref="RefusedUnknownVersion"/>).</summary>
        public int UnknownVersionSectors { get; }

        /// <summary>
        /// Sectors whose header is damaged but whose body still holds whole records. They stay in
        /// use (their records lose ties to copies elsewhere) and are the first to be compacted.
        /// </summary>
        public int DamagedHeaderSectors { get; }

        /// <summary>
        /// Keys whose newest record fails its CRC although it was not the last thing written (bit
        /// rot, not a torn write). Reading them throws <see cref="StoreCorruptException"/> until
        /// they are written again (<see cref="RecordStore.IsCorrupt"/>).
        /// </summary>
        public int CorruptKeys { get; }

        /// <summary>A compaction cut short by power loss was finished.</summary>
        public bool CompactionResumed { get; }

        /// <summary>A compaction cut short by power loss could not be finished in place and its partial copy was erased (it is redone on the next write that needs room).</summary>
        public bool CompactionRolledBack { get; }

        /// <summary>No erased sector could be recovered without losing data (only after corruption); writes fail with <see cref="StoreFullException"/> once the active sector is full.</summary>
        public bool NoSpareSector { get; }

        /// <summary>
        /// A sector of an unknown (newer) format version was found, as after a firmware downgrade.
        /// Nothing was repaired or erased, and the store is read-only: writes throw
        /// <see cref="StoreReadOnlyException"/> (erasing would lose counters and keys the newer
        /// firmware kept, and reusing a counter value can reuse a nonce). Values read may be older
        /// than those the newer format holds.
        /// </summary>
        public bool RefusedUnknownVersion { get; }

        /// <summary>The whole flash was erased: a new device.</summary>
        public bool WasBlank { get; }

        /// <summary>No valid sector was found but some held other content, which was erased: the store starts empty.</summary>
        public bool WasFormatted { get; }

        /// <summary>Nothing was skipped, erased, repaired, found corrupt or refused.</summary>
        public bool IsClean
        {
            get
            {
                return CorruptAreasSkipped == 0 && SectorsErased == 0 && UnknownVersionSectors == 0 && DamagedHeaderSectors == 0
                    && CorruptKeys == 0 && !CompactionResumed && !CompactionRolledBack && !NoSpareSector;
            }
        }

        public override string ToString()
        {
            return "records " + RecordsFound + ", live " + LiveRecords + ", corrupt skipped " + CorruptAreasSkipped
                + ", sectors erased " + SectorsErased
                + (UnknownVersionSectors > 0 ? ", unknown version " + UnknownVersionSectors : string.Empty)
                + (DamagedHeaderSectors > 0 ? ", damaged headers " + DamagedHeaderSectors : string.Empty)
                + (CorruptKeys > 0 ? ", CORRUPT KEYS " + CorruptKeys : string.Empty)
                + (CompactionResumed ? ", compaction resumed" : string.Empty)
                + (CompactionRolledBack ? ", compaction rolled back" : string.Empty)
                + (NoSpareSector ? ", NO SPARE SECTOR" : string.Empty)
                + (RefusedUnknownVersion ? ", READ-ONLY (unknown format version)" : string.Empty)
                + (WasBlank ? ", blank" : string.Empty)
                + (WasFormatted ? ", formatted" : string.Empty);
        }
    }
}
