namespace Meter.Hal.Board
{
    /// <summary>
    /// Everything the application needs to know about a board: pin map, console UART, DLMS serial
    /// port, storage layout, crypto capabilities and the SPI wiring of its metering chip, if any. Each board folder under boards/ holds one, and its README
    /// documents the same values for people.
    /// </summary>
    public sealed class BoardDefinition
    {
        /// <summary>A pin number meaning "this board has no such pin".</summary>
        public const int NoPin = -1;

        /// <summary>
        /// Baud rate of the DLMS serial port: 9600, the usual rate of a direct IEC 62056-46 HDLC link
        /// and of IEC 62056-21 mode E after its baud-rate switch (the meter starts in HDLC at this
        /// rate; the 300-baud mode E opening is not implemented).
        /// </summary>
        public const int DefaultDlmsBaudRate = 9600;

        public BoardDefinition(
            string name,
            string nanoffTarget,
            string consolePortName,
            int consoleBaudRate,
            int consoleTxPin,
            int consoleRxPin,
            int mainCoverPin,
            int terminalCoverPin,
            int magneticSensorPin,
            int opticalPortPin,
            bool inputsActiveLow,
            int pulseLedPin,
            int pulseWidthMilliseconds,
            int flashSectorSize,
            int flashSectorCount,
            string flashImagePath,
            int watchdogTimeoutMilliseconds,
            CryptoCapabilities crypto,
            int meteringChipSpiBus = NoPin,
            int meteringChipSelectPin = NoPin,
            string dlmsPortName = null,
            int dlmsBaudRate = DefaultDlmsBaudRate,
            int dlmsTxPin = NoPin,
            int dlmsRxPin = NoPin)
        {
            Name = name;
            NanoffTarget = nanoffTarget;
            ConsolePortName = consolePortName;
            ConsoleBaudRate = consoleBaudRate;
            ConsoleTxPin = consoleTxPin;
            ConsoleRxPin = consoleRxPin;
            MainCoverPin = mainCoverPin;
            TerminalCoverPin = terminalCoverPin;
            MagneticSensorPin = magneticSensorPin;
            OpticalPortPin = opticalPortPin;
            InputsActiveLow = inputsActiveLow;
            PulseLedPin = pulseLedPin;
            PulseWidthMilliseconds = pulseWidthMilliseconds;
            FlashSectorSize = flashSectorSize;
            FlashSectorCount = flashSectorCount;
            FlashImagePath = flashImagePath;
            WatchdogTimeoutMilliseconds = watchdogTimeoutMilliseconds;
            Crypto = crypto;
            MeteringChipSpiBus = meteringChipSpiBus;
            MeteringChipSelectPin = meteringChipSelectPin;
            DlmsPortName = dlmsPortName;
            DlmsBaudRate = dlmsBaudRate;
            DlmsTxPin = dlmsTxPin;
            DlmsRxPin = dlmsRxPin;
        }

        public string Name { get; }

        /// <summary>The nanoff --target name of the firmware this board runs.</summary>
        public string NanoffTarget { get; }

        public string ConsolePortName { get; }

        public int ConsoleBaudRate { get; }

        /// <summary>
        /// GPIO the console UART transmits on. Boards that route UARTs through a pin matrix
        /// (ESP32) must set it before opening the port; elsewhere it documents the fixed pin.
        /// </summary>
        public int ConsoleTxPin { get; }

        /// <summary>GPIO the console UART receives on (see <see cref="ConsoleTxPin"/>).</summary>
        public int ConsoleRxPin { get; }

        public int MainCoverPin { get; }

        public int TerminalCoverPin { get; }

        public int MagneticSensorPin { get; }

        public int OpticalPortPin { get; }

        /// <summary>True when a closed switch pulls the pin low (the usual wiring with pull-ups).</summary>
        public bool InputsActiveLow { get; }

        public int PulseLedPin { get; }

        public int PulseWidthMilliseconds { get; }

        public int FlashSectorSize { get; }

        public int FlashSectorCount { get; }

        /// <summary>
        /// Where the record-store image lives until a raw-flash driver exists. On a device: the
        /// directory of its sector files, one per sector (e.g. "I:\\meter" holds s00.nor ...,
        /// with the marker I:\\meter.id beside it; Hal/Device/FileStreamSectorFiles.cs). On the
        /// virtual board: the image file the host program keeps.
        /// </summary>
        public string FlashImagePath { get; }

        public int WatchdogTimeoutMilliseconds { get; }

        public CryptoCapabilities Crypto { get; }

        /// <summary>
        /// The firmware's SPI bus number of the board's ATM90E26 metering chip, or
        /// <see cref="NoPin"/> when the board has none.
        /// </summary>
        public int MeteringChipSpiBus { get; }

        /// <summary>GPIO wired to the metering chip's chip select (CS), or <see cref="NoPin"/>.</summary>
        public int MeteringChipSelectPin { get; }

        /// <summary>
        /// The UART for DLMS/COSEM over IEC 62056-46 HDLC (optical port or RS-485), separate from
        /// the console; null when the board has none (<see cref="HasDlmsPort"/>).
        /// </summary>
        public string DlmsPortName { get; }

        /// <summary>Baud rate of the DLMS port (<see cref="DefaultDlmsBaudRate"/> unless the board says otherwise).</summary>
        public int DlmsBaudRate { get; }

        /// <summary>GPIO the DLMS UART transmits on (routed like <see cref="ConsoleTxPin"/>), or <see cref="NoPin"/>.</summary>
        public int DlmsTxPin { get; }

        /// <summary>GPIO the DLMS UART receives on, or <see cref="NoPin"/>.</summary>
        public int DlmsRxPin { get; }

        /// <summary>True when the board names a DLMS serial port.</summary>
        public bool HasDlmsPort
        {
            get { return DlmsPortName != null; }
        }

        /// <summary>True when the board carries an ATM90E26 on SPI (bus and chip select both given).</summary>
        public bool HasMeteringChip
        {
            get { return MeteringChipSpiBus != NoPin && MeteringChipSelectPin != NoPin; }
        }
    }
}
