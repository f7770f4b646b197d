namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// One record of the power-fail-safe record store (Meter.Storage.RecordStore under one key):
    /// whole or absent, never torn. The seam through which the console keeps its credential and
    /// its login backoff state.
    /// </summary>
    public interface IRecordSlot
    {
        /// <summary>
        /// Copies up to <paramref name="count"/> bytes of the record to <paramref name="buffer"/> at
        /// <paramref name="offset"/> and returns the record's full length, or -1 when there is no
        /// record. A result larger than <paramref name="count"/> means the record is unusable: it
        /// did not fit, or it failed the store's integrity check.
        /// </summary>
        int Read(byte[] buffer, int offset, int count);

        /// <summary>Replaces the record atomically.</summary>
        void Write(byte[] data, int offset, int count);
    }
}
