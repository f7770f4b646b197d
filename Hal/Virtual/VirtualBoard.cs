using Meter.Hal.Board;
using Meter.Hal.Clock;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Entropy;
using Meter.Hal.Io;
using Meter.Hal.Metrology;
using Meter.Hal.Platform;
using Meter.Hal.Storage;
using Meter.Hal.Watchdog;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The simulated board: every peripheral virtual, timed by one <see cref="VirtualClock"/>.
    /// The flash, entropy, console and DLMS ports come from outside so the host program can keep
    /// the flash in a file, use the PC's RNG, put the console on its terminal and the DLMS serial
    /// line on a TCP bridge, while tests use in-memory parts with power cuts and seeded entropy. The metering front end too: the host
    /// program paces a <see cref="VirtualFrontEnd"/> by the board clock
    /// (<see cref="MeteringScenario.Household"/>), accuracy tests drive one in batch mode.
    /// </summary>
    public sealed class VirtualBoard : IBoard
    {
        private readonly VirtualDigitalInput[] _inputs;

        public VirtualBoard(BoardDefinition definition, VirtualClock clock, IFlash flash, ITrng trng, IDeviceUniqueSecret uniqueSecret, ISerialPort consolePort, ISerialPort dlmsPort, IMemoryProbe memory, IMetrologyFrontEnd frontEnd)
        {
            if (frontEnd == null)
            {
                throw new System.ArgumentNullException("frontEnd");
            }

            if (dlmsPort == null)
            {
                throw new System.ArgumentNullException("dlmsPort");
            }

            MetrologyFrontEnd = frontEnd;
            Definition = definition;
            VirtualClock = clock;
            Flash = flash;
            Trng = trng;
            UniqueSecret = uniqueSecret;
            Crypto = new CryptoProviders(new ICryptoProvider[] { new ManagedCryptoProvider(EcTableSize.Large) });
            ConsolePort = consolePort;
            DlmsPort = dlmsPort;
            VirtualWatchdog = new VirtualWatchdog(clock, definition.WatchdogTimeoutMilliseconds);
            VirtualPulseOutput = new VirtualPulseOutput(clock);
            VirtualSystem = memory == null ? new VirtualSystemMonitor() : new VirtualSystemMonitor(memory);
            _inputs = new VirtualDigitalInput[]
            {
                new VirtualDigitalInput(DigitalInputId.MainCover),
                new VirtualDigitalInput(DigitalInputId.TerminalCover),
                new VirtualDigitalInput(DigitalInputId.MagneticSensor),
                new VirtualDigitalInput(DigitalInputId.OpticalPort),
            };
        }

        public BoardDefinition Definition { get; }

        public VirtualClock VirtualClock { get; }

        public VirtualWatchdog VirtualWatchdog { get; }

        public VirtualPulseOutput VirtualPulseOutput { get; }

        public VirtualSystemMonitor VirtualSystem { get; }

        public IMonotonicClock Clock
        {
            get { return VirtualClock; }
        }

        public IRealTimeClock Rtc
        {
            get { return VirtualClock; }
        }

        public IFlash Flash { get; }

        public IWatchdog Watchdog
        {
            get { return VirtualWatchdog; }
        }

        public ITrng Trng { get; }

        public IDeviceUniqueSecret UniqueSecret { get; }

        /// <summary>The managed provider for every algorithm (the virtual board has no accelerator), with the PC's large EC tables.</summary>
        public CryptoProviders Crypto { get; }

        public IPulseOutput PulseOutput
        {
            get { return VirtualPulseOutput; }
        }

        public ISerialPort ConsolePort { get; }

        /// <summary>The line an HDLC client talks to: a <see cref="VirtualSerialPort"/> in tests, a TCP bridge in the host program.</summary>
        public ISerialPort DlmsPort { get; }

        public ISystemMonitor SystemMonitor
        {
            get { return VirtualSystem; }
        }

        public IMetrologyFrontEnd MetrologyFrontEnd { get; }

        public IDigitalInput GetInput(DigitalInputId id)
        {
            return GetVirtualInput(id);
        }

        /// <summary>The input as tests and the console's sim command drive it.</summary>
        public VirtualDigitalInput GetVirtualInput(DigitalInputId id)
        {
            return _inputs[(int)id];
        }
    }
}
