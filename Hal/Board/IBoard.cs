using Meter.Hal.Clock;
using Meter.Hal.Crypto;
using Meter.Hal.Entropy;
using Meter.Hal.Io;
using Meter.Hal.Metrology;
using Meter.Hal.Platform;
using Meter.Hal.Storage;
using Meter.Hal.Watchdog;

namespace Meter.Hal.Board
{
    /// <summary>
    /// A running board: its definition plus a driver for each peripheral. The virtual board and
    /// the device boards implement it; the application sees nothing else of the hardware.
    /// </summary>
    public interface IBoard
    {
        BoardDefinition Definition { get; }

        IMonotonicClock Clock { get; }

        IRealTimeClock Rtc { get; }

        IFlash Flash { get; }

        IWatchdog Watchdog { get; }

        ITrng Trng { get; }

        /// <summary>The secret the key store derives its key-encryption key from (eFuse/OTP on a device).</summary>
        IDeviceUniqueSecret UniqueSecret { get; }

        /// <summary>The crypto provider chosen per algorithm from the board's capabilities.</summary>
        CryptoProviders Crypto { get; }

        IPulseOutput PulseOutput { get; }

        ISerialPort ConsolePort { get; }

        /// <summary>
        /// The DLMS/COSEM serial port (IEC 62056-46 HDLC over the optical head or RS-485), separate
        /// from the console; never null (a board without one returns a port that never yields a
        /// byte and drops what is written, <see cref="SilentSerialPort"/>).
        /// </summary>
        ISerialPort DlmsPort { get; }

        ISystemMonitor SystemMonitor { get; }

        /// <summary>The metering front end; never null (a board without one returns a front end that never yields a frame).</summary>
        IMetrologyFrontEnd MetrologyFrontEnd { get; }

        /// <summary>The sensor; never null (a board without the pin returns an input that is never active).</summary>
        IDigitalInput GetInput(DigitalInputId id);
    }
}
