namespace Meter.Hal.Io
{
    /// <summary>
    /// One peripheral on an SPI bus (its own chip select, mode and clock): the minimum a register
    /// driver needs, so that chip drivers stay portable and testable against a register-level fake.
    /// </summary>
    public interface ISpiDevice
    {
        /// <summary>
        /// Clocks <paramref name="writeBuffer"/> out on MOSI while the same number of bytes is
        /// clocked in from MISO into <paramref name="readBuffer"/>, in one chip-select assertion.
        /// Both buffers have the same length. A bus failure may throw (the driver above decides
        /// what a failed transfer means).
        /// </summary>
        void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer);
    }
}
