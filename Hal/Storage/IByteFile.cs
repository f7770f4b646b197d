namespace Meter.Hal.Storage
{
    /// <summary>
    /// One file, read and written at explicit positions. Each <see cref="Write"/> is one
    /// operation of the underlying file system (on nanoFramework: one native open, write and
    /// close), so what a power cut can do to it is the file system's per-operation guarantee.
    /// </summary>
    public interface IByteFile
    {
        /// <summary>The file's size in bytes.</summary>
        long Length { get; }

        /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/>; returns how many were read.</summary>
        int Read(int position, byte[] buffer, int offset, int count);

        /// <summary>Overwrites <paramref name="count"/> bytes at <paramref name="position"/> in one operation.</summary>
        void Write(int position, byte[] buffer, int offset, int count);
    }
}
