namespace Meter.Hal.Board
{
    /// <summary>
    /// ST STM32F769I-DISCO running the nanoff target ST_STM32F769I_DISCOVERY. Sensors sit on
    /// the Arduino header (CN14/CN9), the console on USART6 = COM6 at Arduino D1/D0 (USART1 is
    /// the ST-LINK virtual COM port, which nanoFramework uses for its debug link). The DLMS serial
    /// port is UART7 = COM7 at Arduino D6 (PF7, TX) / D3 (PF6, RX), the header's only other UART;
    /// the stock firmware leaves UART7 disabled, so DeviceBoard runs without the DLMS port there
    /// until the firmware enables it. See README.md.
    /// </summary>
    public static class Stm32F769IDiscoveryBoard
    {
        public const string TargetName = "ST_STM32F769I_DISCOVERY";

        public static BoardDefinition Create()
        {
            return new BoardDefinition(
                name: "STM32F769I-DISCO",
                nanoffTarget: TargetName,
                consolePortName: "COM6",
                consoleBaudRate: 115200,
                consoleTxPin: Pin('C', 6),
                consoleRxPin: Pin('C', 7),
                mainCoverPin: Pin('J', 1),
                terminalCoverPin: Pin('C', 8),
                magneticSensorPin: Pin('J', 0),
                opticalPortPin: Pin('J', 3),
                inputsActiveLow: true,
                pulseLedPin: Pin('J', 13),
                pulseWidthMilliseconds: 30,
                flashSectorSize: 4096,
                flashSectorCount: 64,
                flashImagePath: "D:\\meter",
                watchdogTimeoutMilliseconds: 8000,
                crypto: CryptoCapabilities.AesNative | CryptoCapabilities.HmacNative | CryptoCapabilities.HardwareTrng,
                dlmsPortName: "COM7",
                dlmsBaudRate: BoardDefinition.DefaultDlmsBaudRate,
                dlmsTxPin: Pin('F', 7),
                dlmsRxPin: Pin('F', 6));
        }

        /// <summary>nanoFramework numbers STM32 GPIOs as port index * 16 + pin (PA0 = 0, PJ13 = 157).</summary>
        private static int Pin(char port, int index)
        {
            return ((port - 'A') * 16) + index;
        }
    }
}
