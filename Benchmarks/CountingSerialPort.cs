using Meter.Hal.Io;

namespace Meter.Benchmarks
{
    /// <summary>An in-memory serial port that has no input and counts, then discards, what is written.</summary>
    public sealed class CountingSerialPort : ISerialPort
    {
        public long BytesWritten { get; private set; }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            return 0;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            BytesWritten += count;
        }
    }
}
