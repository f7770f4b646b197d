using System.Threading;

namespace Meter.Hal.Io
{
    /// <summary>
    /// The port of a board that has no such line (e.g. no DLMS serial port): reads wait their
    /// timeout and return 0, writes are dropped, as on a UART with nothing connected. Boards hand
    /// it out instead of null, so the application treats every port alike.
    /// </summary>
    public sealed class SilentSerialPort : ISerialPort
    {
        /// <summary>
        /// Waits <paramref name="timeoutMilliseconds"/> (for ever with <see cref="Timeout.Infinite"/>,
        /// as a quiet UART would) and returns 0: no byte ever arrives. Never spins.
        /// </summary>
        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            Bounds.CheckBuffer(buffer, offset, count);
            if (timeoutMilliseconds != 0)
            {
                Thread.Sleep(timeoutMilliseconds);
            }

            return 0;
        }

        /// <summary>Drops the bytes.</summary>
        public void Write(byte[] buffer, int offset, int count)
        {
            Bounds.CheckBuffer(buffer, offset, count);
        }
    }
}
