namespace Meter.Hal.Board
{
    /// <summary>
    /// Espressif ESP32-DevKitC with an ESP32-WROOM-32 module (no PSRAM) running the nanoff
    /// target ESP32_REV3. Pins avoid the strapping pins (0, 2, 5, 12, 15), the module's flash
    /// (6-11), UART0 (1, 3: nanoFramework's debug link), the input-only pins without pull-ups
    /// (34-39) and the firmware's default SPI1/I2C pins (18, 19, 23, 25, 26). An ATM90E26 breakout
    /// sits on SPI1 with its chip select on GPIO14. See README.md.
    /// </summary>
    public static class Esp32DevKitCBoard
    {
        public const string TargetName = "ESP32_REV3";

        /// <summary>nanoFramework's ESP32 SPI1 (default pins MOSI GPIO23, MISO GPIO25, SCLK GPIO19).</summary>
        public const int MeteringSpiBus = 1;

        public static BoardDefinition Create()
        {
            return new BoardDefinition(
                name: "ESP32-DevKitC (ESP32-WROOM-32)",
                nanoffTarget: TargetName,
                consolePortName: "COM2",
                consoleBaudRate: 115200,
                consoleTxPin: 17,
                consoleRxPin: 16,
                mainCoverPin: 32,
                terminalCoverPin: 33,
                magneticSensorPin: 27,
                opticalPortPin: 13,
                inputsActiveLow: true,
                pulseLedPin: 4,
                pulseWidthMilliseconds: 30,
                flashSectorSize: 4096,
                flashSectorCount: 16,
                flashImagePath: "I:\\meter",
                watchdogTimeoutMilliseconds: 8000,
                crypto: CryptoCapabilities.AesNative | CryptoCapabilities.HmacNative | CryptoCapabilities.HardwareTrng,
                meteringChipSpiBus: MeteringSpiBus,
                meteringChipSelectPin: 14);
        }
    }
}
