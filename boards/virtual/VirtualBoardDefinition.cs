namespace Meter.Hal.Board
{
    /// <summary>
    /// The simulated board the host program and the tests run on (see boards/virtual/README.md).
    /// Its "pins" are line numbers of the simulated peripherals, not GPIOs. Its DLMS serial port
    /// is whatever byte stream the host gives the <c>VirtualBoard</c> (the host program: a TCP bridge).
    /// </summary>
    public static class VirtualBoardDefinition
    {
        /// <summary>Not a nanoff target: no firmware exists for the virtual board.</summary>
        public const string TargetName = "VIRTUAL";

        public static BoardDefinition Create()
        {
            return new BoardDefinition(
                name: "Virtual board",
                nanoffTarget: TargetName,
                consolePortName: "VCOM1",
                consoleBaudRate: 115200,
                consoleTxPin: 5,
                consoleRxPin: 6,
                mainCoverPin: 0,
                terminalCoverPin: 1,
                magneticSensorPin: 2,
                opticalPortPin: 3,
                inputsActiveLow: true,
                pulseLedPin: 4,
                pulseWidthMilliseconds: 30,
                flashSectorSize: 4096,
                flashSectorCount: 64,
                flashImagePath: "meter-data/meter.nor",
                watchdogTimeoutMilliseconds: 8000,
                crypto: CryptoCapabilities.None,
                dlmsPortName: "VCOM2",
                dlmsBaudRate: BoardDefinition.DefaultDlmsBaudRate,
                dlmsTxPin: 7,
                dlmsRxPin: 8);
        }
    }
}
