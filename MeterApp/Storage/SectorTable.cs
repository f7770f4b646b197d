namespace Meter.Storage
{
    /// <summary>
    /// RAM state of every sector: whether it is erased, in use, garbage or foreign, the order it
    /// was opened in, its erase count, where its next record goes and how many bytes of newest
    /// records it holds. The store's ring logic (which sector to open, which to compact) lives here.
    /// <para>
    /// An in-use sector whose header was damaged but whose body still holds whole records keeps
    /// sequence 0 (real sectors start at 1): its records lose ties to copies in real sectors, it is
    /// never the active sector and it is the first to be compacted.
    /// </para>
    /// </summary>
    internal sealed class SectorTable
    {
        public const byte Erased = 0;
        public const byte InUse = 1;
        public const byte Garbage = 2;

        /// <summary>A well-formed header of a format version this code does not know: never written or erased.</summary>
        public const byte Foreign = 3;

        public readonly byte[] State;
        public readonly uint[] Sequence;
        public readonly uint[] EraseCount;
        public readonly int[] WriteOffset;
        public readonly int[] LiveBytes;

        /// <summary>The sector new records go to, or -1 while the store is empty.</summary>
        public int Active;

        public SectorTable(int count)
        {
            State = new byte[count];
            Sequence = new uint[count];
            EraseCount = new uint[count];
            WriteOffset = new int[count];
            LiveBytes = new int[count];
            Active = -1;
        }

        public int Count
        {
            get { return State.Length; }
        }

        public int CountIn(byte state)
        {
            int n = 0;
            for (int i = 0; i < State.Length; i++)
            {
                if (State[i] == state)
                {
                    n++;
                }
            }

            return n;
        }

        public void SetInUse(int sector, uint sequence, uint eraseCount, int writeOffset)
        {
            State[sector] = InUse;
            Sequence[sector] = sequence;
            EraseCount[sector] = eraseCount;
            WriteOffset[sector] = writeOffset;
            LiveBytes[sector] = 0;
        }

        public void SetErased(int sector)
        {
            State[sector] = Erased;
            Sequence[sector] = 0;
            WriteOffset[sector] = 0;
            LiveBytes[sector] = 0;
        }

        /// <summary>The in-use sector with a valid header opened most recently, or -1.</summary>
        public int Newest()
        {
            int best = -1;
            for (int i = 0; i < State.Length; i++)
            {
                if (State[i] == InUse && Sequence[i] != 0 && (best < 0 || Sequence[i] > Sequence[best]))
                {
                    best = i;
                }
            }

            return best;
        }

        /// <summary>The in-use sector opened longest ago (sectors without a valid header first), other than <paramref name="except"/>, or -1.</summary>
        public int Oldest(int except)
        {
            int best = -1;
            for (int i = 0; i < State.Length; i++)
            {
                if (i != except && State[i] == InUse && (best < 0 || Sequence[i] < Sequence[best]))
                {
                    best = i;
                }
            }

            return best;
        }

        /// <summary>
        /// The first erased sector after <paramref name="sector"/> (-1: from sector 0) in ring order, or -1. Opening
        /// sectors in ring order spreads erases evenly over the whole area.
        /// </summary>
        public int NextErasedAfter(int sector)
        {
            int count = State.Length;
            for (int step = 1; step <= count; step++)
            {
                int candidate = (sector + step) % count;
                if (State[candidate] == Erased)
                {
                    return candidate;
                }
            }

            return -1;
        }
    }
}
