using Meter.Dlms.Axdr;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Where a <see cref="ProfileGeneric"/> keeps its buffer (Blue Book 4.3.6, attribute 2): a
    /// bounded FIFO of entries, each a row of column values in the order of the profile's
    /// capture_objects. Entry 0 is the oldest. Implementations are thread-safe (several
    /// associations read while a task captures) and never throw for a storage problem on read:
    /// an unreadable entry is left out.
    /// </summary>
    public interface IProfileBuffer
    {
        /// <summary>entries_in_use (attribute 7): entries held now.</summary>
        int EntriesInUse { get; }

        /// <summary>profile_entries (attribute 8): entries the buffer can hold before the oldest is overwritten.</summary>
        int Capacity { get; }

        /// <summary>
        /// True when the clock column never decreases from one entry to the next (a load
        /// profile stamped by its own scheduler), so a range can be found by bisection; false
        /// when the entries follow an RTC that may be set back (event logs).
        /// </summary>
        bool IsChronological { get; }

        /// <summary>
        /// Reads entries <paramref name="first"/> .. first + count - 1 (0 = oldest) into
        /// <paramref name="rows"/> from index 0, each a new array of column values; returns how
        /// many rows were written (fewer when entries are missing, unreadable or were evicted
        /// meanwhile). <paramref name="rows"/> holds at least <paramref name="count"/> elements.
        /// </summary>
        int Read(int first, int count, DlmsData[][] rows);

        /// <summary>True when the capture method may add an entry (false for logs filled by events only).</summary>
        bool CanCaptureOnRequest { get; }

        /// <summary>Adds one entry now (method capture); false when it could not be stored.</summary>
        bool Capture();

        /// <summary>Empties the buffer (method reset); false when it could not be stored.</summary>
        bool Clear();
    }
}
