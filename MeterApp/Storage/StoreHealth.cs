namespace Meter.Storage
{
    /// <summary>A snapshot of the record store's space, wear and activity, for diagnostics.</summary>
    public sealed class StoreHealth
    {
        internal StoreHealth(
            int sectorCount,
            int sectorSize,
            int sectorsInUse,
            int sectorsErased,
            int bytesUsed,
            int bytesLive,
            int bytesFree,
            uint eraseCountMin,
            uint eraseCountMax,
            int records,
            int corruptKeys,
            int compactions,
            int writes,
            int writesSkipped,
            int rescans,
            bool isReadOnly,
            MountReport lastMount)
        {
            SectorCount = sectorCount;
            SectorSize = sectorSize;
            SectorsInUse = sectorsInUse;
            SectorsErased = sectorsErased;
            BytesUsed = bytesUsed;
            BytesLive = bytesLive;
            BytesFree = bytesFree;
            EraseCountMin = eraseCountMin;
            EraseCountMax = eraseCountMax;
            Records = records;
            CorruptKeys = corruptKeys;
            Compactions = compactions;
            Writes = writes;
            WritesSkipped = writesSkipped;
            Rescans = rescans;
            IsReadOnly = isReadOnly;
            LastMount = lastMount;
        }

        public int SectorCount { get; }

        public int SectorSize { get; }

        /// <summary>Sectors holding records (with a valid header).</summary>
        public int SectorsInUse { get; }

        /// <summary>Erased sectors; one of them is always kept as the compaction spare.</summary>
        public int SectorsErased { get; }

        /// <summary>Bytes written in in-use sectors after their headers: records, old versions and skipped torn areas.</summary>
        public int BytesUsed { get; }

        /// <summary>Bytes of the newest record of every key (headers and padding included).</summary>
        public int BytesLive { get; }

        /// <summary>Bytes that can still be written without a compaction: the rest of the active sector and every erased sector but the spare.</summary>
        public int BytesFree { get; }

        /// <summary>Lowest erase count over all sectors (for a sector erased at mount, an estimate).</summary>
        public uint EraseCountMin { get; }

        /// <summary>Highest erase count over all sectors.</summary>
        public uint EraseCountMax { get; }

        /// <summary>Keys with a value, corrupt keys included.</summary>
        public int Records { get; }

        /// <summary>Keys whose value is corrupt now (found at mount and not written since).</summary>
        public int CorruptKeys { get; }

        /// <summary>Sectors compacted since mount.</summary>
        public int Compactions { get; }

        /// <summary>Records written since mount.</summary>
        public int Writes { get; }

        /// <summary>Writes skipped since mount because the key already held the identical payload.</summary>
        public int WritesSkipped { get; }

        /// <summary>
        /// Rescans of the flash since mount: after a write failed part-way (a flash error), the
        /// next call rereads the flash as a restart would. Their findings do not replace <see cref="LastMount"/>.
        /// </summary>
        public int Rescans { get; }

        /// <summary>The store refuses writes (<see cref="MountReport.RefusedUnknownVersion"/>).</summary>
        public bool IsReadOnly { get; }

        /// <summary>The report of the last <see cref="RecordStore.Mount"/> call (the boot's mount).</summary>
        public MountReport LastMount { get; }

        public override string ToString()
        {
            return "sectors " + SectorsInUse + "/" + SectorCount + " x " + SectorSize + " B in use, " + SectorsErased
                + " erased; bytes used " + BytesUsed + ", live " + BytesLive + ", free " + BytesFree
                + "; erase count " + EraseCountMin + ".." + EraseCountMax + "; records " + Records
                + (CorruptKeys > 0 ? " (" + CorruptKeys + " CORRUPT)" : string.Empty)
                + "; compactions " + Compactions + ", writes " + Writes + " (" + WritesSkipped + " skipped as identical)"
                + (Rescans > 0 ? ", rescans " + Rescans : string.Empty)
                + (IsReadOnly ? "; READ-ONLY" : string.Empty);
        }
    }
}
