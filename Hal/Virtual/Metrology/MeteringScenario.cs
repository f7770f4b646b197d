using System;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// What the <see cref="VirtualFrontEnd"/> synthesises: the mains signal, the load, the sensor and
    /// ADC impairments and a timeline of segments. Mutable settings with realistic defaults; the front
    /// end reads them once when it is built.
    /// </summary>
    /// <remarks>
    /// v(t) = √2·Vrms·[sin ωt + Σ a_h sin(hωt + φ_h)], i(t) = √2·Irms·[sin(ωt − φ) + Σ a_h sin(h(ωt − φ) + φ_h)]
    /// delayed by the sensor phase error, and in(t) = NeutralRatio · i(t); DC offsets and noise are
    /// added in LSB before quantisation. φ &gt; 0 is an inductive load (current lags), φ = 180° is
    /// reverse power.
    /// </remarks>
    public sealed class MeteringScenario
    {
        /// <summary>Creates a 230 V / 5 A / 50 Hz resistive load on a 16-bit front end sampling at 4096 Hz.</summary>
        public MeteringScenario()
        {
            VoltageRms = 230.0;
            CurrentRms = 5.0;
            FrequencyHz = 50.0;
            NominalFrequencyHz = 50.0;
            NeutralRatio = 1.0;
            AdcBits = 16;
            VoltageFullScaleVolts = 500.0;
            CurrentFullScaleAmps = 100.0;
            NeutralFullScaleAmps = 100.0;
            SampleRateHz = 4096;
            FrameSamples = 819;
            VoltageHarmonics = new Harmonic[0];
            CurrentHarmonics = new Harmonic[0];
            Segments = new ScenarioSegment[0];
        }

        /// <summary>
        /// The host program's default load: 230 V, 5 A, PF 0.95 inductive (φ = acos 0.95 ≈ 18.19°),
        /// 50 Hz on the default 16-bit front end with light noise (1 LSB rms on each channel).
        /// </summary>
        public static MeteringScenario Household()
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.PhaseDegrees = Math.Acos(0.95) * 180.0 / Math.PI;
            scenario.VoltageNoiseLsb = 1.0;
            scenario.CurrentNoiseLsb = 1.0;
            scenario.NeutralNoiseLsb = 1.0;
            return scenario;
        }

        /// <summary>RMS of the fundamental voltage, volts.</summary>
        public double VoltageRms { get; set; }

        /// <summary>RMS of the fundamental line current, amps.</summary>
        public double CurrentRms { get; set; }

        /// <summary>Angle by which the current lags the voltage, degrees (negative = capacitive).</summary>
        public double PhaseDegrees { get; set; }

        /// <summary>Actual mains frequency, Hz (not locked to the sampling rate).</summary>
        public double FrequencyHz { get; set; }

        /// <summary>Nominal mains frequency, Hz: the front end's 90° shift is tuned to it.</summary>
        public double NominalFrequencyHz { get; set; }

        /// <summary>Voltage harmonics (never null).</summary>
        public Harmonic[] VoltageHarmonics { get; set; }

        /// <summary>Current harmonics (never null); the neutral channel carries the same waveform.</summary>
        public Harmonic[] CurrentHarmonics { get; set; }

        /// <summary>Neutral current as a multiple of the line current (1 = balanced, 0 = neutral bypassed).</summary>
        public double NeutralRatio { get; set; }

        /// <summary>Extra lag of the current sensor, degrees at every harmonic (a CT-like constant phase error).</summary>
        public double CurrentPhaseErrorDegrees { get; set; }

        /// <summary>DC offset of the voltage channel, LSB.</summary>
        public double VoltageOffsetLsb { get; set; }

        /// <summary>DC offset of the line current channel, LSB.</summary>
        public double CurrentOffsetLsb { get; set; }

        /// <summary>DC offset of the neutral channel, LSB.</summary>
        public double NeutralOffsetLsb { get; set; }

        /// <summary>RMS of the white noise on the voltage channel, LSB.</summary>
        public double VoltageNoiseLsb { get; set; }

        /// <summary>RMS of the white noise on the line current channel, LSB.</summary>
        public double CurrentNoiseLsb { get; set; }

        /// <summary>RMS of the white noise on the neutral channel, LSB.</summary>
        public double NeutralNoiseLsb { get; set; }

        /// <summary>ADC word width including sign, 8 to 24.</summary>
        public int AdcBits { get; set; }

        /// <summary>Peak voltage at full-scale code, volts.</summary>
        public double VoltageFullScaleVolts { get; set; }

        /// <summary>Peak line current at full-scale code, amps.</summary>
        public double CurrentFullScaleAmps { get; set; }

        /// <summary>Peak neutral current at full-scale code, amps.</summary>
        public double NeutralFullScaleAmps { get; set; }

        /// <summary>Samples per second.</summary>
        public int SampleRateHz { get; set; }

        /// <summary>Samples per frame (the default is about 200 ms at 4096 Hz).</summary>
        public int FrameSamples { get; set; }

        /// <summary>Timeline played from the first frame; after the last segment the scenario runs unscaled (never null).</summary>
        public ScenarioSegment[] Segments { get; set; }
    }
}
