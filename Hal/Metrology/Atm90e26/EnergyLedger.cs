namespace Meter.Hal.Metrology.Atm90e26
{
    /// <summary>
    /// Energy a metering chip has counted (forward and reverse, read from its cleared-on-read
    /// accumulators) and not yet handed to the metrology chain as frame power, in µW·samples.
    /// Each frame takes one signed power from it: the chip's mean power when that keeps the
    /// ledger within one chip LSB of empty, otherwise the nearest power that does.
    /// </summary>
    /// <remarks>
    /// Why: a frame carries one power, which the metrology task both shows (Measurement) and
    /// multiplies by the frame length into the energy registers. The chip's energy LSB (0.1 CF
    /// pulse, e.g. 112.5 W·s at 3200 imp/kWh) is far coarser than its mean-power register, so
    /// power taken from the energy deltas alone would jump by 112 W from frame to frame, and
    /// power taken from Pmean alone would integrate Pmean instead of the chip's metrology-grade
    /// accumulators (and lose energy whenever a poll is late). With this ledger the registers
    /// receive exactly the energy the chip counted: what was handed out plus <see cref="Forward"/>
    /// and <see cref="Reverse"/> always equals what was read, each pending amount stays above
    /// −1 LSB (the register never runs more than one chip LSB ahead of the chip) and, in steady
    /// state, below +1 LSB; the frame power equals the chip's mean power whenever the two agree
    /// within that band, which they do in steady state.
    /// A frame can carry only one direction: it serves the direction of the mean power, unless
    /// the other direction owes a whole LSB or more (a reversal the mean has not caught up with),
    /// which it then serves at the least power that brings it back into the band.
    /// Not thread-safe.
    /// </remarks>
    public sealed class EnergyLedger
    {
        private readonly long _lsb;
        private long _forward;
        private long _reverse;

        /// <param name="lsbMicrowattSamples">One chip energy LSB in µW·samples (µW·s × sample rate).</param>
        public EnergyLedger(long lsbMicrowattSamples)
        {
            if (lsbMicrowattSamples <= 0)
            {
                throw new System.ArgumentOutOfRangeException("lsbMicrowattSamples");
            }

            _lsb = lsbMicrowattSamples;
        }

        /// <summary>Forward energy read and not yet handed out, µW·samples (may be slightly negative).</summary>
        public long Forward
        {
            get { return _forward; }
        }

        /// <summary>Reverse energy read and not yet handed out, µW·samples (may be slightly negative).</summary>
        public long Reverse
        {
            get { return _reverse; }
        }

        /// <summary>Adds energy read from the chip, in chip LSBs.</summary>
        public void Add(int forwardLsb, int reverseLsb)
        {
            _forward += forwardLsb * _lsb;
            _reverse += reverseLsb * _lsb;
        }

        /// <summary>
        /// The signed power (µW) for a frame of <paramref name="samples"/> samples, as close to
        /// <paramref name="meanPower"/> as the band allows and at most <paramref name="maxPower"/>
        /// in magnitude; its energy is taken from the ledger.
        /// </summary>
        public long Take(long meanPower, int samples, long maxPower)
        {
            bool reverse = meanPower < 0;
            if (!reverse && _reverse >= _lsb)
            {
                reverse = true;
            }
            else if (reverse && _forward >= _lsb)
            {
                reverse = false;
            }

            long owed = reverse ? _reverse : _forward;
            long wanted = reverse ? -meanPower : meanPower;

            // Keep owed − power·samples inside (−lsb, lsb).
            long highest = FloorDivide(owed + _lsb - 1, samples);
            long lowest = FloorDivide(owed - _lsb, samples) + 1;
            long power = wanted < lowest ? lowest : (wanted > highest ? highest : wanted);
            if (power < 0)
            {
                power = 0;
            }

            if (power > maxPower)
            {
                power = maxPower;
            }

            if (reverse)
            {
                _reverse -= power * samples;
                return -power;
            }

            _forward -= power * samples;
            return power;
        }

        private static long FloorDivide(long a, long b)
        {
            long q = a / b;
            return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
        }
    }
}
