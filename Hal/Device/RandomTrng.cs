using System;
using Meter.Hal.Entropy;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The board's hardware RNG. nanoFramework backs System.Random with it on ESP32 (esp_random)
    /// and on STM32 parts with an RNG peripheral, so the parameterless Random is the TRNG there.
    /// It only seeds the DRBG. On ESP32 the RNG is a true RNG while the radio or the bootloader's
    /// entropy source runs; see boards/esp32/README.md.
    /// </summary>
    public sealed class RandomTrng : ITrng
    {
        private readonly object _sync = new object();
        private readonly Random _random = new Random();
        private readonly byte[] _chunk = new byte[32];

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            Bounds.CheckBuffer(buffer, offset, count);

            lock (_sync)
            {
                while (count > 0)
                {
                    _random.NextBytes(_chunk);
                    int take = count < _chunk.Length ? count : _chunk.Length;
                    Array.Copy(_chunk, 0, buffer, offset, take);
                    offset += take;
                    count -= take;
                }

                Array.Clear(_chunk, 0, _chunk.Length);
            }
        }
    }
}
