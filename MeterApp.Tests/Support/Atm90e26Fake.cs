using System;
using System.Collections;
using Meter.Hal.Clock;
using Meter.Hal.Io;
using Meter.Hal.Metrology.Atm90e26;

namespace Meter.Tests.Support
{
    /// <summary>
    /// A register-level ATM90E26 on an SPI bus, for host and nanoclr tests of the driver: 16-bit
    /// registers with their power-on values, the CalStart/AdjStart write windows and checksum
    /// checks (CalErr/AdjErr in SysStatus), LastData, cleared-on-read energy accumulators fed by a
    /// steady load on the test's clock, measurement registers in the datasheet's encodings, and
    /// fault injection (corrupted MISO, chip reset, calibration upset, dead chip, bus exception).
    /// </summary>
    /// <remarks>
    /// Load model: rms voltage (0.01 V), current (mA), neutral current (mA), phase angle of the
    /// current behind the voltage (0.1°) and frequency (0.01 Hz); P = V·I·cos φ and Q = V·I·sin φ
    /// are fixed to whole mW/mvar when the load is set, and energy is integrated exactly in
    /// µW·s (mW × ms) on the clock, moving whole LSBs (0.1 CF pulse = 3.6·10^11/MC µW·s) into the
    /// 16-bit registers and carrying the rest, as the chip does. The chip meters only while both
    /// blocks are open (5678H) or checked good (8765H).
    /// </remarks>
    public sealed class Atm90e26Fake : ISpiDevice
    {
        private static readonly int[] CalibrationDefaults = new int[] { 0x0015, 0xD174, 0, 0, 0, 0, 0x08BD, 0, 0x0AEC, 0, 0x9422 };
        private static readonly int[] AdjustmentDefaults = new int[] { 0x6720, 0x7A13, 0x7530, 0, 0, 0, 0, 0, 0, 0 };

        private readonly IMonotonicClock _clock;
        private readonly long _lsbMicrowattSeconds;
        private readonly int[] _registers = new int[128];
        private readonly ArrayList _writes = new ArrayList();
        private long _lastUpdate;
        private int _centivolts;
        private int _milliamps;
        private int _neutralMilliamps;
        private int _tenthDegrees;
        private int _centihertz;
        private long _activeMilliwatts;
        private long _reactiveMillivars;
        private long _activeCarry;
        private long _reactiveCarry;
        private int _cleanReads;
        private int _corruptReads;
        private int _corruptions;

        public Atm90e26Fake(IMonotonicClock clock, int meterConstant)
        {
            _clock = clock;
            _lsbMicrowattSeconds = Atm90e26Settings.MicrowattSecondsPerTenthKilowattHour / meterConstant;
            PowerOn();
        }

        /// <summary>A chip that answers nothing: MISO stays high and writes are lost.</summary>
        public bool Dead;

        /// <summary>Every transfer throws (a bus driver error).</summary>
        public bool Throws;

        /// <summary>Forward active energy accumulated since start, in LSBs (in the register or already read).</summary>
        public long ForwardActiveTotal;

        /// <summary>Reverse active energy accumulated since start, LSBs.</summary>
        public long ReverseActiveTotal;

        /// <summary>Forward (inductive) reactive energy accumulated since start, LSBs.</summary>
        public long ForwardReactiveTotal;

        /// <summary>Reverse (capacitive) reactive energy accumulated since start, LSBs.</summary>
        public long ReverseReactiveTotal;

        /// <summary>Writes the chip rejected (read-only register, or its block not open).</summary>
        public int RejectedWrites;

        /// <summary>Reads whose MISO data was corrupted.</summary>
        public int CorruptedReads
        {
            get { return _corruptions; }
        }

        /// <summary>Number of SPI writes seen (accepted or not).</summary>
        public int WriteCount
        {
            get { return _writes.Count; }
        }

        /// <summary>Whether the chip meters (both blocks open or checked good).</summary>
        public bool Metering
        {
            get { return BlockRuns(Atm90e26Registers.CalStart) && BlockRuns(Atm90e26Registers.AdjStart); }
        }

        /// <summary>Active power of the load, mW.</summary>
        public long ActiveMilliwatts
        {
            get { return _activeMilliwatts; }
        }

        /// <summary>Reactive power of the load, mvar.</summary>
        public long ReactiveMillivars
        {
            get { return _reactiveMillivars; }
        }

        /// <summary>Address of write <paramref name="index"/>.</summary>
        public int WriteAddress(int index)
        {
            return (int)_writes[index] >> 16;
        }

        /// <summary>Value of write <paramref name="index"/>.</summary>
        public int WriteValue(int index)
        {
            return (int)_writes[index] & 0xFFFF;
        }

        /// <summary>Sets the load; energy up to now is accumulated with the previous one.</summary>
        public void SetLoad(int centivolts, int milliamps, int neutralMilliamps, int tenthDegrees, int centihertz)
        {
            Update();
            _centivolts = centivolts;
            _milliamps = milliamps;
            _neutralMilliamps = neutralMilliamps;
            _tenthDegrees = tenthDegrees;
            _centihertz = centihertz;
            double angle = tenthDegrees * Math.PI / 1800.0;
            double apparentMilliwatts = (double)centivolts * milliamps / 100.0;
            _activeMilliwatts = (long)Math.Round(apparentMilliwatts * Math.Cos(angle));
            _reactiveMillivars = (long)Math.Round(apparentMilliwatts * Math.Sin(angle));
        }

        /// <summary>The register value a read would return now (measurements computed, energy not cleared).</summary>
        public int Peek(int address)
        {
            Update();
            return Value(address);
        }

        /// <summary>Corrupts the MISO data of the next <paramref name="count"/> read transfers.</summary>
        public void CorruptNextReads(int count)
        {
            CorruptReads(0, count);
        }

        /// <summary>Lets <paramref name="skip"/> read transfers pass, then corrupts the next <paramref name="count"/>.</summary>
        public void CorruptReads(int skip, int count)
        {
            _cleanReads = skip;
            _corruptReads = count;
        }

        /// <summary>A reset as by brown-out: power-on values, accumulators cleared, metering stopped.</summary>
        public void Reset()
        {
            Update();
            PowerOn();
        }

        /// <summary>A calibration register changes by itself (an upset): the chip's checksum check fails and metering stops.</summary>
        public void UpsetRegister(int address, int value)
        {
            Update();
            _registers[address] = value & 0xFFFF;
            Check(Atm90e26Registers.CalStart);
            Check(Atm90e26Registers.AdjStart);
        }

        /// <inheritdoc />
        public void TransferFullDuplex(byte[] writeBuffer, byte[] readBuffer)
        {
            if (writeBuffer == null || readBuffer == null || writeBuffer.Length != 3 || readBuffer.Length != 3)
            {
                throw new ArgumentException("the ATM90E26 frame is 24 bits");
            }

            if (Throws)
            {
                throw new InvalidOperationException("SPI bus error");
            }

            if (Dead)
            {
                readBuffer[0] = 0xFF;
                readBuffer[1] = 0xFF;
                readBuffer[2] = 0xFF;
                return;
            }

            Update();
            int address = writeBuffer[0] & 0x7F;
            readBuffer[0] = 0xFF;
            if ((writeBuffer[0] & Atm90e26Registers.ReadFlag) != 0)
            {
                int value = Read(address);
                if (_cleanReads > 0)
                {
                    _cleanReads--;
                }
                else if (_corruptReads > 0)
                {
                    _corruptReads--;
                    _corruptions++;
                    value ^= 0x0101 << (_corruptions % 8);
                }

                readBuffer[1] = (byte)(value >> 8);
                readBuffer[2] = (byte)value;
            }
            else
            {
                readBuffer[1] = 0xFF;
                readBuffer[2] = 0xFF;
                Write(address, (writeBuffer[1] << 8) | writeBuffer[2]);
            }
        }

        private int Read(int address)
        {
            int value = Value(address);
            if (address >= Atm90e26Registers.APenergy && address <= Atm90e26Registers.RTenergy)
            {
                _registers[address] = 0;
            }

            _registers[Atm90e26Registers.LastData] = value;
            return value;
        }

        private void Write(int address, int value)
        {
            _writes.Add((address << 16) | value);
            _registers[Atm90e26Registers.LastData] = value;
            if (address == Atm90e26Registers.SoftReset)
            {
                if (value == Atm90e26Registers.ResetCommand)
                {
                    PowerOn();
                }

                return;
            }

            if (address == Atm90e26Registers.CalStart || address == Atm90e26Registers.AdjStart)
            {
                Start(address, value);
                return;
            }

            if (address == Atm90e26Registers.FuncEn || address == Atm90e26Registers.SagTh || address == Atm90e26Registers.SmallPMod)
            {
                _registers[address] = value;
                return;
            }

            int start = address >= Atm90e26Registers.PLconstH && address <= Atm90e26Registers.CS1 ? Atm90e26Registers.CalStart
                : (address >= Atm90e26Registers.Ugain && address <= Atm90e26Registers.CS2 ? Atm90e26Registers.AdjStart : -1);
            if (start < 0 || _registers[start] != Atm90e26Registers.StartCommand)
            {
                RejectedWrites++;
                return;
            }

            _registers[address] = value;
        }

        // 5678H: block back to power-on values, writable, metering without a check; 8765H: check; else error.
        private void Start(int address, int value)
        {
            _registers[address] = value;
            if (value == Atm90e26Registers.StartCommand)
            {
                int[] defaults = address == Atm90e26Registers.CalStart ? CalibrationDefaults : AdjustmentDefaults;
                for (int i = 0; i < defaults.Length; i++)
                {
                    _registers[address + 1 + i] = defaults[i];
                }
            }

            Check(address);
        }

        private void Check(int startAddress)
        {
            int mask = startAddress == Atm90e26Registers.CalStart ? Atm90e26Registers.CalErrMask : Atm90e26Registers.AdjErrMask;
            int count = startAddress == Atm90e26Registers.CalStart ? Atm90e26Registers.CalibrationCount : Atm90e26Registers.AdjustmentCount;
            int start = _registers[startAddress];
            bool error;
            if (start == Atm90e26Registers.StartCommand || start == Atm90e26Registers.PowerOnStart)
            {
                error = false;
            }
            else if (start == Atm90e26Registers.CheckCommand)
            {
                error = Atm90e26Checksum.Compute(_registers, startAddress + 1, count) != _registers[startAddress + 1 + count];
            }
            else
            {
                error = true;
            }

            _registers[Atm90e26Registers.SysStatus] = error
                ? _registers[Atm90e26Registers.SysStatus] | mask
                : _registers[Atm90e26Registers.SysStatus] & ~mask;
        }

        private bool BlockRuns(int startAddress)
        {
            int mask = startAddress == Atm90e26Registers.CalStart ? Atm90e26Registers.CalErrMask : Atm90e26Registers.AdjErrMask;
            int start = _registers[startAddress];
            return (_registers[Atm90e26Registers.SysStatus] & mask) == 0
                && (start == Atm90e26Registers.StartCommand || start == Atm90e26Registers.CheckCommand);
        }

        private int Value(int address)
        {
            bool on = Metering;
            switch (address)
            {
                case Atm90e26Registers.Urms: return on ? _centivolts : 0;
                case Atm90e26Registers.Irms: return on ? _milliamps : 0;
                case Atm90e26Registers.Irms2: return on ? _neutralMilliamps : 0;
                case Atm90e26Registers.Freq: return on ? _centihertz : 0;
                case Atm90e26Registers.Pmean: return on ? Complement(RoundedThousandths(_activeMilliwatts)) : 0;
                case Atm90e26Registers.Qmean: return on ? Complement(RoundedThousandths(_reactiveMillivars)) : 0;
                case Atm90e26Registers.Smean: return on ? Complement(RoundedThousandths((long)_centivolts * _milliamps / 100)) : 0;
                case Atm90e26Registers.PowerF: return on ? SignMagnitude(PowerFactorPerMille()) : 0;
                case Atm90e26Registers.Pangle: return on ? SignMagnitude(_tenthDegrees > 1800 ? _tenthDegrees - 3600 : _tenthDegrees) : 0;
                default: return _registers[address];
            }
        }

        private int PowerFactorPerMille()
        {
            long apparent = (long)_centivolts * _milliamps / 100;
            return apparent == 0 ? 0 : (int)RoundedDivide(_activeMilliwatts * 1000, apparent);
        }

        // Accumulates energy from the last update to now, whole LSBs into the registers.
        private void Update()
        {
            long now = _clock.UptimeMilliseconds;
            long elapsed = now - _lastUpdate;
            _lastUpdate = now;
            if (elapsed <= 0 || !Metering)
            {
                return;
            }

            _activeCarry += _activeMilliwatts * elapsed;
            _reactiveCarry += _reactiveMillivars * elapsed;
            Move(ref _activeCarry, Atm90e26Registers.APenergy, Atm90e26Registers.ANenergy, Atm90e26Registers.ATenergy, ref ForwardActiveTotal, ref ReverseActiveTotal);
            Move(ref _reactiveCarry, Atm90e26Registers.RPenergy, Atm90e26Registers.RNenergy, Atm90e26Registers.RTenergy, ref ForwardReactiveTotal, ref ReverseReactiveTotal);
        }

        private void Move(ref long carry, int forward, int reverse, int absolute, ref long forwardTotal, ref long reverseTotal)
        {
            long whole = carry / _lsbMicrowattSeconds;
            if (whole == 0)
            {
                return;
            }

            carry -= whole * _lsbMicrowattSeconds;
            long magnitude = whole < 0 ? -whole : whole;
            int target = whole > 0 ? forward : reverse;
            _registers[target] = (int)((_registers[target] + magnitude) & 0xFFFF);
            _registers[absolute] = (int)((_registers[absolute] + magnitude) & 0xFFFF);
            if (whole > 0)
            {
                forwardTotal += magnitude;
            }
            else
            {
                reverseTotal += magnitude;
            }
        }

        private void PowerOn()
        {
            Array.Clear(_registers, 0, _registers.Length);
            _registers[Atm90e26Registers.FuncEn] = 0x000C;
            _registers[Atm90e26Registers.SagTh] = 0x1D64;
            _registers[Atm90e26Registers.CalStart] = Atm90e26Registers.PowerOnStart;
            _registers[Atm90e26Registers.AdjStart] = Atm90e26Registers.PowerOnStart;
            for (int i = 0; i < CalibrationDefaults.Length; i++)
            {
                _registers[Atm90e26Registers.PLconstH + i] = CalibrationDefaults[i];
            }

            for (int i = 0; i < AdjustmentDefaults.Length; i++)
            {
                _registers[Atm90e26Registers.Ugain + i] = AdjustmentDefaults[i];
            }

            _activeCarry = 0;
            _reactiveCarry = 0;
            _lastUpdate = _clock.UptimeMilliseconds;
        }

        private static long RoundedThousandths(long value)
        {
            return RoundedDivide(value, 1000);
        }

        private static long RoundedDivide(long a, long b)
        {
            return a >= 0 ? (a + (b / 2)) / b : -((-a + (b / 2)) / b);
        }

        private static int Complement(long value)
        {
            return (int)(value & 0xFFFF);
        }

        private static int SignMagnitude(long value)
        {
            return value < 0 ? (int)(0x8000 | (-value & 0x7FFF)) : (int)(value & 0x7FFF);
        }
    }
}
