using System;
using System.Device.Spi;
using Meter.Hal.Io;

namespace Meter.Hal.Device
{
    /// <summary>
    /// An <see cref="ISpiDevice"/> on a nanoFramework SPI bus (System.Device.Spi): one chip
    /// select, MSB first, 8-bit words (the package's defaults), the given mode and clock.
    /// </summary>
    public sealed class SpiBusDevice : ISpiDevice, IDisposable
    {
        private readonly SpiDevice _device;

        /// <param name="busId">The firmware's SPI bus number (ESP32: 1 or 2).</param>
        /// <param name="chipSelectPin">GPIO the firmware drives as chip select.</param>
        /// <param name="clockFrequency">SCLK in Hz.</param>
        /// <param name="mode">Clock polarity and phase.</param>
        public SpiBusDevice(int busId, int chipSelectPin, int clockFrequency, SpiMode mode)
        {
            SpiConnectionSettings settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.ClockFrequency = clockFrequency;
            settings.Mode = mode;
            _device = SpiDevice.Create(settings);
        }

        /// <inheritdoc />
        public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer)
        {
            _device.TransferFullDuplex(writeBuffer, readBuffer);
        }

        public void Dispose()
        {
            _device.Dispose();
        }
    }
}
