using System;

namespace Meter.Profiles
{
    /// <summary>
    /// One captured row of the load profile 1.0.99.1.0.255: when (the end of its capture period,
    /// UTC), the AMR profile status (<see cref="AmrProfileStatus"/>) and the four energy
    /// registers in register units (Wh, varh). Immutable.
    /// </summary>
    public sealed class LoadProfileEntry
    {
        public LoadProfileEntry(uint sequence, DateTime timestamp, byte status, long activeImport, long activeExport, long reactiveImport, long reactiveExport)
        {
            Sequence = sequence;
            Timestamp = timestamp;
            Status = status;
            ActiveImport = activeImport;
            ActiveExport = activeExport;
            ReactiveImport = reactiveImport;
            ReactiveExport = reactiveExport;
        }

        /// <summary>Position in the ring's persistent sequence, from 1; never reused.</summary>
        public uint Sequence { get; }

        /// <summary>Capture time, UTC.</summary>
        public DateTime Timestamp { get; }

        /// <summary>AMR profile status bits.</summary>
        public byte Status { get; }

        /// <summary>+A, Wh.</summary>
        public long ActiveImport { get; }

        /// <summary>−A, Wh.</summary>
        public long ActiveExport { get; }

        /// <summary>+R, varh.</summary>
        public long ReactiveImport { get; }

        /// <summary>−R, varh.</summary>
        public long ReactiveExport { get; }
    }
}
