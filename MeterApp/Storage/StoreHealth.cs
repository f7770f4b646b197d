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
            int compactions,
            int writes,
            int writesSkipped,
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
            Compactions = compactions;
            Writes = writes;
            WritesSkipped = writesSkipped;
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

        /// <summary>Keys with a value.</summary>
        public int Records { get; }

        /// <summary>Sectors compacted since mount.</summary>
        public int Compactions { get; }

        /// <summary>Records written since mount.</summary>
        public int Writes { get; }

        /// <summary>Writes skipped since mount because the key already held the identical payload.</summary>
        public int WritesSkipped { get; }

        public MountReport LastMount { get; }

        public override string ToString()
        {
            return "sectors " + SectorsInUse + "/" + SectorCount + " x " + SectorSize + " B in use, " + SectorsErased
                + " erased; bytes used " + BytesUsed + ", live " + BytesLive + ", free " + BytesFree
                + "; erase count " + EraseCountMin + ".." + EraseCountMax + "; records " + Records
                + "; compactions " + Compactions + ", writes " + Writes + " (" + WritesSkipped + " skipped as identical)";
        }
    }
}
