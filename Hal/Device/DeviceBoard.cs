using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.IO.Ports;
using Meter.Hal.Board;
using Meter.Hal.Clock;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Entropy;
using Meter.Hal.Io;
using Meter.Hal.Metrology;
using Meter.Hal.Metrology.Atm90e26;
using Meter.Hal.Platform;
using Meter.Hal.Storage;
using Meter.Hal.Watchdog;
using nanoFramework.Runtime.Native;

namespace Meter.Hal.Device
{
    /// <summary>
    /// A real board: every driver built from its <see cref="BoardDefinition"/>. Construction
    /// opens the pins, the console and DLMS UARTs and the flash store, so it fails at boot (not later)
    /// when the board is miswired or its storage is missing, and throws a
    /// <see cref="FlashLayoutException"/> when the store does not match the board's layout or
    /// was lost. The watchdog is created stopped; the runtime's WatchdogKeeper starts it.
    /// </summary>
    public sealed class DeviceBoard : IBoard
    {
        /// <summary>Settling time for cover switches and sensors before an edge counts.</summary>
        public const int InputDebounceMilliseconds = 50;

        /// <summary>SCLK of the ATM90E26: the 160-200 kHz public drivers run it at; a 24-clock frame takes 150 µs.</summary>
        public const int MeteringChipClockHz = 160000;

        private readonly BoardDefinition _definition;
        private readonly DeviceClock _clock;
        private readonly SectorFileFlash _flash;
        private readonly SoftwareWatchdog _watchdog;
        private readonly RandomTrng _trng;
        private readonly GpioPulseOutput _pulseOutput;
        private readonly UartSerialPort _console;
        private readonly ISerialPort _dlms;
        private readonly DeviceSystemMonitor _system;
        private readonly IDigitalInput[] _inputs;
        private readonly IMetrologyFrontEnd _frontEnd;
        private readonly StoredDeviceSecret _uniqueSecret;
        private readonly CryptoProviders _crypto;

        public DeviceBoard(BoardDefinition definition)
        {
            if (definition == null)
            {
                throw new ArgumentNullException("definition");
            }

            _definition = definition;
            _clock = new DeviceClock();
            _trng = new RandomTrng();
            _system = new DeviceSystemMonitor();
            _watchdog = new SoftwareWatchdog(_clock, definition.WatchdogTimeoutMilliseconds);
            _uniqueSecret = new StoredDeviceSecret(definition.FlashImagePath, _trng);
            _crypto = DeviceCryptoProviders.Create(definition.Crypto, new ManagedCryptoProvider(), CreateGcm);
            _flash = new SectorFileFlash(new FileStreamSectorFiles(definition.FlashImagePath), definition.FlashSectorSize, definition.FlashSectorCount);

            GpioController gpio = new GpioController();
            _inputs = new IDigitalInput[4];
            _inputs[(int)DigitalInputId.MainCover] = OpenInput(gpio, definition.MainCoverPin, DigitalInputId.MainCover);
            _inputs[(int)DigitalInputId.TerminalCover] = OpenInput(gpio, definition.TerminalCoverPin, DigitalInputId.TerminalCover);
            _inputs[(int)DigitalInputId.MagneticSensor] = OpenInput(gpio, definition.MagneticSensorPin, DigitalInputId.MagneticSensor);
            _inputs[(int)DigitalInputId.OpticalPort] = OpenInput(gpio, definition.OpticalPortPin, DigitalInputId.OpticalPort);
            _pulseOutput = new GpioPulseOutput(gpio, definition.PulseLedPin, definition.PulseWidthMilliseconds);

            _frontEnd = OpenFrontEnd(definition, _clock);

            UartPinRouting.Apply(definition);
            _console = new UartSerialPort(definition.ConsolePortName, definition.ConsoleBaudRate, _clock);
            _dlms = OpenDlmsPort(definition, _clock);
        }

        /// <summary>
        /// The board this firmware runs on, chosen by the target name the firmware reports
        /// (SystemInfo.TargetName, the nanoff target).
        /// </summary>
        // The platform's native AES drives the managed GCM mode (one native call per counter batch).
        private static IAesGcm CreateGcm(IAesEngine aes)
        {
            return new GcmCipher(aes);
        }

        public static DeviceBoard ForRunningTarget()
        {
            string target = SystemInfo.TargetName;
            BoardDefinition definition = BoardCatalog.Find(target);
            if (definition == null)
            {
                throw new NotSupportedException("no board definition for target " + target);
            }

            return new DeviceBoard(definition);
        }

        public BoardDefinition Definition
        {
            get { return _definition; }
        }

        public IMonotonicClock Clock
        {
            get { return _clock; }
        }

        public IRealTimeClock Rtc
        {
            get { return _clock; }
        }

        public IFlash Flash
        {
            get { return _flash; }
        }

        public IWatchdog Watchdog
        {
            get { return _watchdog; }
        }

        public ITrng Trng
        {
            get { return _trng; }
        }

        public IDeviceUniqueSecret UniqueSecret
        {
            get { return _uniqueSecret; }
        }

        public CryptoProviders Crypto
        {
            get { return _crypto; }
        }

        public IPulseOutput PulseOutput
        {
            get { return _pulseOutput; }
        }

        public ISerialPort ConsolePort
        {
            get { return _console; }
        }

        /// <summary>
        /// The DLMS/HDLC UART (<see cref="BoardDefinition.DlmsPortName"/>), or a
        /// <see cref="SilentSerialPort"/> when the board has none or the firmware does not offer it.
        /// </summary>
        public ISerialPort DlmsPort
        {
            get { return _dlms; }
        }

        public ISystemMonitor SystemMonitor
        {
            get { return _system; }
        }

        /// <summary>
        /// The board's ATM90E26 (<see cref="Atm90e26FrontEnd"/>, configured at its first frame), or
        /// for a board without a metering chip a front end that never yields a frame (<see cref="AbsentFrontEnd"/>).
        /// </summary>
        public IMetrologyFrontEnd MetrologyFrontEnd
        {
            get { return _frontEnd; }
        }

        /// <summary>
        /// The sensor for <paramref name="id"/>; never null. A sensor the board has no pin for
        /// (<see cref="BoardDefinition.NoPin"/>) is an <see cref="InactiveDigitalInput"/>.
        /// </summary>
        public IDigitalInput GetInput(DigitalInputId id)
        {
            Bounds.CheckIndex((int)id, _inputs.Length, "id");
            return _inputs[(int)id];
        }

        // A board definition may name a UART its stock firmware leaves out (the STM32F769I-DISCO's
        // COM7): the meter then runs without the DLMS serial port rather than not at all, and the
        // board README says how to build firmware with it.
        private static ISerialPort OpenDlmsPort(BoardDefinition definition, DeviceClock clock)
        {
            if (!definition.HasDlmsPort || !FirmwareHasPort(definition.DlmsPortName))
            {
                return new SilentSerialPort();
            }

            return new UartSerialPort(definition.DlmsPortName, definition.DlmsBaudRate, clock);
        }

        private static bool FirmwareHasPort(string name)
        {
            string[] names = SerialPort.GetPortNames();
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == name)
                {
                    return true;
                }
            }

            return false;
        }

        // SPI mode 3 (datasheet, SPI timing: SCLK idles high, data sampled on the rising edge).
        // Calibration: the chip's power-on values until a calibration procedure provides the board's own.
        private static IMetrologyFrontEnd OpenFrontEnd(BoardDefinition definition, DeviceClock clock)
        {
            if (!definition.HasMeteringChip)
            {
                return new AbsentFrontEnd();
            }

            SpiBusDevice spi = new SpiBusDevice(definition.MeteringChipSpiBus, definition.MeteringChipSelectPin, MeteringChipClockHz, SpiMode.Mode3);
            return new Atm90e26FrontEnd(spi, Atm90e26Settings.PowerOnDefaults(), clock);
        }

        private IDigitalInput OpenInput(GpioController gpio, int pin, DigitalInputId id)
        {
            if (pin == BoardDefinition.NoPin)
            {
                return new InactiveDigitalInput(id);
            }

            return new GpioDigitalInput(gpio, pin, id, _definition.InputsActiveLow, InputDebounceMilliseconds);
        }
    }
}
