namespace Meter.Hal.Io
{
    /// <summary>A byte stream to the outside (the console UART, later the optical port).</summary>
    public interface ISerialPort
    {
        /// <summary>
        /// Reads up to <paramref name="count"/> bytes. Waits at most
        /// <paramref name="timeoutMilliseconds"/> for the first byte and returns 0 on timeout.
        /// </summary>
        int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds);

        void Write(byte[] buffer, int offset, int count);
    }
}
