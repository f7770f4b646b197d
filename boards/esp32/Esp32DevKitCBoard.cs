namespace Meter.Hal.Board
{
    /// <summary>
    /// Espressif ESP32-DevKitC with an ESP32-WROOM-32 module (no PSRAM) running the nanoff
    /// target ESP32_REV3. Pins avoid the strapping pins (0, 2, 5, 12, 15), the module's flash
    /// (6-11), UART0 (1, 3: nanoFramework's debug link), the input-only pins without pull-ups
    /// (34-39) and the firmware's default SPI1/I2C pins (18, 19, 23, 25, 26). An ATM90E26 breakout
    /// sits on SPI1 with its chip select on GPIO14. The DLMS serial port (optical head or RS-485
    /// transceiver) is UART2 = COM3 on GPIO22 (TX) and GPIO21 (RX), the last two free
    /// output-capable GPIOs. See README.md.
    /// </summary>
    public static class Esp32DevKitCBoard
    {
        public const string TargetName = "ESP32_REV3";

        /// <summary>nanoFramework's ESP32 SPI1 (default pins MOSI GPIO23, MISO GPIO25, SCLK GPIO19).</summary>
        public const int MeteringSpiBus = 1;

        /// <summary>
        /// The target name of the custom firmware with the crypto interop assembly (an nf-interpreter
        /// ESP32_REV3 build whose preset sets TARGET_NAME to this; Hal/Interop/README.md). No nanoff
        /// download exists for it: it is flashed from the local build.
        /// </summary>
        public const string CryptoInteropTargetName = "ESP32_REV3_CRYPTO";

        /// <summary>The board on the stock nanoFramework firmware: native AES and HMAC-SHA256, hardware RNG.</summary>
        public static BoardDefinition Create()
        {
            return Create("ESP32-DevKitC (ESP32-WROOM-32)", TargetName, StockCrypto);
        }

        /// <summary>The same board on the custom firmware: adds SHA-2, ECDSA/ECDH and AES-GCM from the interop assembly.</summary>
        public static BoardDefinition CreateWithCryptoInterop()
        {
            return Create(
                "ESP32-DevKitC (ESP32-WROOM-32), crypto interop firmware",
                CryptoInteropTargetName,
                StockCrypto | CryptoCapabilities.ShaInterop | CryptoCapabilities.EccInterop | CryptoCapabilities.GcmInterop);
        }

        private const CryptoCapabilities StockCrypto = CryptoCapabilities.AesNative | CryptoCapabilities.HmacNative | CryptoCapabilities.HardwareTrng;

        private static BoardDefinition Create(string name, string target, CryptoCapabilities crypto)
        {
            return new BoardDefinition(
                name: name,
                nanoffTarget: target,
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
                crypto: crypto,
                meteringChipSpiBus: MeteringSpiBus,
                meteringChipSelectPin: 14,
                dlmsPortName: "COM3",
                dlmsBaudRate: BoardDefinition.DefaultDlmsBaudRate,
                dlmsTxPin: 22,
                dlmsRxPin: 21);
        }
    }
}
