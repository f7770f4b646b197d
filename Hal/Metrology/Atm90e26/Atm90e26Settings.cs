using System;

namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// What the driver writes into an ATM90E26 at every (re)configuration, and the constants it
    /// needs to read it: FuncEn and SagTh, the metering calibration block (21H-2BH: PLconstH,
    /// PLconstL, Lgain, Lphi, Ngain, Nphi, PStartTh, PNolTh, QStartTh, QNolTh, MMode), the
    /// measurement calibration block (31H-3AH: Ugain, IgainL, IgainN, Uoffset, IoffsetL,
    /// IoffsetN, PoffsetL, QoffsetL, PoffsetN, QoffsetN), the meter constant the PLconst value
    /// gives on this board, and the largest power the installation can draw. Immutable.
    /// </summary>
    /// <remarks>
    /// The energy registers count 0.1 CF pulse per LSB (datasheet, energy registers 40H-45H), so
    /// one LSB is 0.1/MC kWh = 3.6·10^11/MC µW·s. The meter constant must divide 3.6·10^11 so
    /// that an LSB is a whole number of µW·s (3200, 6400, 1000, 10 000 imp/kWh all do): energy
    /// then moves into the registers without rounding.
    /// </remarks>
    public sealed class Atm90e26Settings
    {
        /// <summary>µW·s in 0.1 kWh: one energy LSB times the meter constant.</summary>
        public const long MicrowattSecondsPerTenthKilowattHour = 360000000000L;

        private readonly int[] _calibration;
        private readonly int[] _adjustment;

        /// <param name="functionEnable">FuncEn (02H).</param>
        /// <param name="sagThreshold">SagTh (03H).</param>
        /// <param name="calibration">The 11 values of 21H-2BH, in address order.</param>
        /// <param name="adjustment">The 10 values of 31H-3AH, in address order.</param>
        /// <param name="meterConstant">Imp/kWh of CF1 with this PLconst on this board (from calibration).</param>
        /// <param name="nominalFrequencyMillihertz">Mains frequency the meter is built for (50 000 or 60 000).</param>
        /// <param name="maxPowerWatts">Largest power the installation can draw: energy faster than this is SPI garbage.</param>
        public Atm90e26Settings(int functionEnable, int sagThreshold, int[] calibration, int[] adjustment, int meterConstant, int nominalFrequencyMillihertz, int maxPowerWatts)
        {
            CheckWord(functionEnable, "functionEnable");
            CheckWord(sagThreshold, "sagThreshold");
            _calibration = CopyWords(calibration, Atm90e26Registers.CalibrationCount, "calibration");
            _adjustment = CopyWords(adjustment, Atm90e26Registers.AdjustmentCount, "adjustment");
            if (meterConstant <= 0 || MicrowattSecondsPerTenthKilowattHour % meterConstant != 0)
            {
                throw new ArgumentOutOfRangeException("meterConstant", "must divide 3.6e11 so that an energy LSB is a whole number of uW*s");
            }

            if (nominalFrequencyMillihertz < 40000 || nominalFrequencyMillihertz > 70000)
            {
                throw new ArgumentOutOfRangeException("nominalFrequencyMillihertz");
            }

            if (maxPowerWatts <= 0 || maxPowerWatts > 32767)
            {
                throw new ArgumentOutOfRangeException("maxPowerWatts", "Pmean holds at most 32 767 W");
            }

            FunctionEnable = functionEnable;
            SagThreshold = sagThreshold;
            MeterConstant = meterConstant;
            NominalFrequencyMillihertz = nominalFrequencyMillihertz;
            MaxPowerWatts = maxPowerWatts;
            CalibrationChecksum = Atm90e26Checksum.Compute(_calibration, 0, _calibration.Length);
            AdjustmentChecksum = Atm90e26Checksum.Compute(_adjustment, 0, _adjustment.Length);
        }

        /// <summary>
        /// The chip's power-on register values (FuncEn 000CH, SagTh 1D64H; 21H-2BH 0015H, D174H,
        /// 0, 0, 0, 0, 08BDH, 0, 0AECH, 0, 9422H; 31H-3AH 6720H, 7A13H, 7530H, then zeros) with
        /// 3200 imp/kWh, 50 Hz and 20 kW. A real meter replaces them by its calibration (the
        /// datasheet's calibration procedure); the meter constant is then the one it was calibrated to.
        /// </summary>
        public static Atm90e26Settings PowerOnDefaults()
        {
            return new Atm90e26Settings(
                0x000C,
                0x1D64,
                new int[] { 0x0015, 0xD174, 0x0000, 0x0000, 0x0000, 0x0000, 0x08BD, 0x0000, 0x0AEC, 0x0000, 0x9422 },
                new int[] { 0x6720, 0x7A13, 0x7530, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000, 0x0000 },
                3200,
                50000,
                20000);
        }

        /// <summary>FuncEn (02H).</summary>
        public int FunctionEnable { get; }

        /// <summary>SagTh (03H).</summary>
        public int SagThreshold { get; }

        /// <summary>CF1 impulses per kWh.</summary>
        public int MeterConstant { get; }

        /// <summary>Nominal mains frequency, mHz.</summary>
        public int NominalFrequencyMillihertz { get; }

        /// <summary>Largest plausible power, W.</summary>
        public int MaxPowerWatts { get; }

        /// <summary>CS1 for the metering calibration block.</summary>
        public int CalibrationChecksum { get; }

        /// <summary>CS2 for the measurement calibration block.</summary>
        public int AdjustmentChecksum { get; }

        /// <summary>One energy-register LSB (0.1 CF pulse), µW·s.</summary>
        public long EnergyLsbMicrowattSeconds
        {
            get { return MicrowattSecondsPerTenthKilowattHour / MeterConstant; }
        }

        /// <summary>Value <paramref name="index"/> (0..10) of the metering calibration block, register 21H + index.</summary>
        public int CalibrationValue(int index)
        {
            Bounds.CheckIndex(index, _calibration.Length, "index");
            return _calibration[index];
        }

        /// <summary>Value <paramref name="index"/> (0..9) of the measurement calibration block, register 31H + index.</summary>
        public int AdjustmentValue(int index)
        {
            Bounds.CheckIndex(index, _adjustment.Length, "index");
            return _adjustment[index];
        }

        private static int[] CopyWords(int[] values, int count, string name)
        {
            if (values == null)
            {
                throw new ArgumentNullException(name);
            }

            if (values.Length != count)
            {
                throw new ArgumentOutOfRangeException(name);
            }

            int[] copy = new int[count];
            for (int i = 0; i < count; i++)
            {
                CheckWord(values[i], name);
                copy[i] = values[i];
            }

            return copy;
        }

        private static void CheckWord(int value, string name)
        {
            if (value < 0 || value > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
