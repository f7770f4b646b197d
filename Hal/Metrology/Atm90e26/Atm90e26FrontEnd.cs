using System;
using Meter.Hal.Clock;
using Meter.Hal.Io;

namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// The metrology front end of a board with an ATM90E26 on SPI: once per second it reads the
    /// chip's energy accumulators and measurement registers and hands the metrology task one
    /// frame whose sums give back the chip's values (see <see cref="MeasuredFrame"/>).
    /// </summary>
    /// <remarks>
    /// Time base: a "sample" is one millisecond of the chip's continuous metering
    /// (<see cref="SampleRateHz"/> = 1000) and a frame is <see cref="FrameSamples"/> = 1000 of them,
    /// released on the clock like the virtual front end's frames, so frames tile time and their
    /// sequence numbers never skip, whatever the chip does.
    /// <para>
    /// Energy: from the chip's forward/reverse active and reactive accumulators (APenergy,
    /// ANenergy, RPenergy, RNenergy, cleared on read, so nothing between two polls is lost even
    /// when a poll is late), through an <see cref="EnergyLedger"/> per quantity that turns them
    /// into frame power near the chip's Pmean/Qmean. Every LSB the chip counted reaches the
    /// registers (see the ledger for the bound on how far behind), which mean power × poll
    /// interval could not promise: it would integrate a 1 W-resolution average sampled once per
    /// poll instead of the chip's own integration, the one its CF pulse output is certified on.
    /// Energy is rejected as SPI garbage when it exceeds <see cref="Atm90e26Settings.MaxPowerWatts"/>
    /// over the time since the last read (plus one LSB).
    /// </para>
    /// <para>
    /// Faults: every value is confirmed through LastData (<see cref="Atm90e26Bus"/>). Each poll
    /// first reads SysStatus, CalStart and AdjStart; a checksum error or a start register not at
    /// 8765H means the chip reset or lost its calibration: the energy it still holds is read,
    /// then it is configured again (<see cref="Atm90e26Configuration"/>). Energy counted between
    /// the last poll and a chip reset is gone with the reset (the chip cleared it). A frame in
    /// which the chip was (re)configured, or a value could not be confirmed, carries no
    /// measurement: its sums are zero and it is flagged <see cref="OverRangeFlags.FrontEndFault"/>. Energy already read in such a poll stays in the
    /// ledger for the next good frame. Nothing the bus returns makes this class throw.
    /// </para>
    /// Not thread-safe: the metrology task owns it.
    /// </remarks>
    public sealed class Atm90e26FrontEnd : IMetrologyFrontEnd
    {
        /// <summary>One sample per millisecond of metering.</summary>
        public const int SamplesPerSecond = 1000;

        /// <summary>One frame per second: about 30 confirmed register transfers per poll, and the 16-bit energy registers are read long before they could wrap.</summary>
        public const int SamplesPerFrame = 1000;

        private readonly Atm90e26Bus _bus;
        private readonly Atm90e26Settings _settings;
        private readonly IMonotonicClock _clock;
        private readonly FramePacer _pacer;
        private readonly EnergyLedger _active;
        private readonly EnergyLedger _reactive;
        private readonly long _maxFramePower;
        private long _sequence;
        private long _nextSample;
        private bool _configured;
        private long _lastEnergyRead;
        private long _configurations;
        private long _configurationLosses;
        private long _faultFrames;
        private long _rejectedEnergyReads;

        public Atm90e26FrontEnd(ISpiDevice spi, Atm90e26Settings settings, IMonotonicClock clock)
        {
            if (spi == null || settings == null || clock == null)
            {
                throw new ArgumentNullException(spi == null ? "spi" : (settings == null ? "settings" : "clock"));
            }

            _bus = new Atm90e26Bus(spi);
            _settings = settings;
            _clock = clock;
            _pacer = new FramePacer(clock, SamplesPerSecond);
            long lsb = settings.EnergyLsbMicrowattSeconds * SamplesPerSecond;
            _active = new EnergyLedger(lsb);
            _reactive = new EnergyLedger(lsb);

            // A frame may carry twice the installation's maximum, so that energy held back by a fault drains within a few frames.
            _maxFramePower = 2L * settings.MaxPowerWatts * 1000000L;
        }

        /// <inheritdoc />
        public int SampleRateHz
        {
            get { return SamplesPerSecond; }
        }

        /// <inheritdoc />
        public int FrameSamples
        {
            get { return SamplesPerFrame; }
        }

        /// <inheritdoc />
        public int AdcFullScale
        {
            get { return MeasuredFrame.CodeFullScale; }
        }

        /// <inheritdoc />
        public int VoltageFullScaleMillivolts
        {
            get { return MeasuredFrame.CodeFullScale; }
        }

        /// <inheritdoc />
        public int CurrentFullScaleMilliamps
        {
            get { return MeasuredFrame.CodeFullScale; }
        }

        /// <inheritdoc />
        public int NeutralFullScaleMilliamps
        {
            get { return MeasuredFrame.CodeFullScale; }
        }

        /// <inheritdoc />
        public int NominalFrequencyMillihertz
        {
            get { return _settings.NominalFrequencyMillihertz; }
        }

        /// <summary>The register access (its retry and failure counters are diagnostics).</summary>
        public Atm90e26Bus Bus
        {
            get { return _bus; }
        }

        /// <summary>Active energy read from the chip and not yet in a frame (forward and reverse, µW·samples).</summary>
        public EnergyLedger ActiveEnergy
        {
            get { return _active; }
        }

        /// <summary>Reactive energy read from the chip and not yet in a frame (µvar·samples).</summary>
        public EnergyLedger ReactiveEnergy
        {
            get { return _reactive; }
        }

        /// <summary>Successful configurations of the chip (the first one included).</summary>
        public long Configurations
        {
            get { return _configurations; }
        }

        /// <summary>Times the chip was found reset or with a checksum error.</summary>
        public long ConfigurationLosses
        {
            get { return _configurationLosses; }
        }

        /// <summary>Frames flagged <see cref="OverRangeFlags.FrontEndFault"/>.</summary>
        public long FaultFrames
        {
            get { return _faultFrames; }
        }

        /// <summary>Energy-register values rejected as implausible.</summary>
        public long RejectedEnergyReads
        {
            get { return _rejectedEnergyReads; }
        }

        /// <inheritdoc />
        public bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (timeoutMilliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("timeoutMilliseconds");
            }

            if (!_pacer.WaitFor(_nextSample + SamplesPerFrame, timeoutMilliseconds))
            {
                return false;
            }

            frame.Clear();
            frame.Sequence = _sequence++;
            frame.FirstSample = _nextSample;
            frame.SampleCount = SamplesPerFrame;
            _nextSample += SamplesPerFrame;
            if (!Poll(frame))
            {
                // Poll writes the sums only when it succeeds: they are still zero here.
                frame.OverRange = OverRangeFlags.FrontEndFault;
                _faultFrames++;
            }

            return true;
        }

        // One poll: state check, (re)configuration, energy, measurements. False: no measurement this frame.
        private bool Poll(MetrologyFrame frame)
        {
            if (_configured)
            {
                bool running;
                if (!Atm90e26Configuration.TryReadState(_bus, out running))
                {
                    return false;
                }

                if (!running)
                {
                    // A checksum upset stops metering but leaves the accumulators: collect what they
                    // counted before the soft reset clears them (after a chip reset they hold zero).
                    ReadEnergy();
                    _configured = false;
                    _configurationLosses++;
                }
            }

            if (!_configured)
            {
                if (!Atm90e26Configuration.Apply(_bus, _settings))
                {
                    return false;
                }

                // The chip meters from here; the first poll of this fresh start is the next one.
                _configured = true;
                _configurations++;
                _lastEnergyRead = _clock.UptimeMilliseconds;
                return false;
            }

            return ReadEnergy() && ReadMeasurement(frame);
        }

        private bool ReadEnergy()
        {
            long now = _clock.UptimeMilliseconds;
            long elapsed = now - _lastEnergyRead;
            _lastEnergyRead = now;

            // Most LSBs the installation can produce in that time, plus one for the chip's carry (mW × ms = µW·s).
            long most = ((long)_settings.MaxPowerWatts * 1000L * (elapsed < 0 ? 0 : elapsed) / _settings.EnergyLsbMicrowattSeconds) + 1;
            int forwardActive;
            int reverseActive;
            int forwardReactive;
            int reverseReactive;
            bool ok = ReadEnergyRegister(Atm90e26Registers.APenergy, most, out forwardActive);
            ok &= ReadEnergyRegister(Atm90e26Registers.ANenergy, most, out reverseActive);
            ok &= ReadEnergyRegister(Atm90e26Registers.RPenergy, most, out forwardReactive);
            ok &= ReadEnergyRegister(Atm90e26Registers.RNenergy, most, out reverseReactive);

            // What was confirmed is the chip's (already cleared there): keep it even when another read failed.
            _active.Add(forwardActive, reverseActive);
            _reactive.Add(forwardReactive, reverseReactive);
            return ok;
        }

        private bool ReadEnergyRegister(int address, long most, out int lsb)
        {
            if (!_bus.TryRead(address, out lsb))
            {
                lsb = 0;
                return false;
            }

            if (lsb > most)
            {
                _rejectedEnergyReads++;
                lsb = 0;
                return false;
            }

            return true;
        }

        private bool ReadMeasurement(MetrologyFrame frame)
        {
            int urms;
            int irms;
            int irms2;
            int pmean;
            int qmean;
            int freq;
            if (!_bus.TryRead(Atm90e26Registers.Urms, out urms)
                || !_bus.TryRead(Atm90e26Registers.Irms, out irms)
                || !_bus.TryRead(Atm90e26Registers.Irms2, out irms2)
                || !_bus.TryRead(Atm90e26Registers.Pmean, out pmean)
                || !_bus.TryRead(Atm90e26Registers.Qmean, out qmean)
                || !_bus.TryRead(Atm90e26Registers.Freq, out freq))
            {
                return false;
            }

            long active = _active.Take(TwosComplement(pmean) * 1000000L, SamplesPerFrame, _maxFramePower);
            long reactive = _reactive.Take(TwosComplement(qmean) * 1000000L, SamplesPerFrame, _maxFramePower);
            MeasuredFrame.Write(frame, SamplesPerSecond, _settings.NominalFrequencyMillihertz, urms * 10L, irms, irms2, active, reactive, freq * 10);
            return true;
        }

        // Pmean and Qmean are 16-bit two's complement ("complement" in the datasheet's register list).
        private static long TwosComplement(int word)
        {
            return (word & 0x8000) != 0 ? word - 0x10000 : word;
        }
    }
}
