using System;
using Meter.Hal.Io;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;

namespace Meter.Metrology.Accuracy
{
    /// <summary>
    /// Runs one <see cref="AccuracyPoint"/> on a batch-mode <see cref="VirtualFrontEnd"/> with
    /// realistic impairments (16-bit ADC, 2 LSB rms noise, DC offsets, 4096 Hz sampling not locked
    /// to the mains, 0.5° current-sensor lag) through the meter's own chain: FrameMeasurement with
    /// a calibration that corrects the lag, NoLoadDetector, EnergyRegisters and PulseGenerator,
    /// frame by frame as the metrology task does. The expected energy is computed in closed form
    /// from the scenario (rig side, double); the meter side stays integer.
    /// </summary>
    public sealed class AccuracyRunner
    {
        /// <summary>Current-sensor lag of the simulated CT, degrees.</summary>
        public const double SensorLagDegrees = 0.5;

        /// <summary>Register unit used for the campaign: 1 mWh (fine units; the remainder is counted too).</summary>
        public const int MilliwattHoursPerUnit = 1;

        private const int ImpulsesPerKilowattHour = 10000;
        private const double DegreesToRadians = Math.PI / 180.0;

        private readonly int _seed;

        public AccuracyRunner(int seed)
        {
            _seed = seed;
        }

        /// <summary>The calibration a factory would store for this front end: phase −0.5° in µrad, unity gains.</summary>
        public static Calibration SensorCalibration()
        {
            int correction = -(int)Math.Round(SensorLagDegrees * DegreesToRadians * 1e6);
            return new Calibration(Calibration.UnityGain, Calibration.UnityGain, Calibration.UnityGain, 0, 0, correction);
        }

        /// <summary>The front-end scenario of <paramref name="point"/>.</summary>
        public static MeteringScenario Scenario(AccuracyPoint point)
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.VoltageRms = AccuracyCampaign.NominalVolts * point.VoltageFactor;
            scenario.CurrentRms = AccuracyCampaign.NominalAmps * point.CurrentFraction;
            scenario.PhaseDegrees = point.PhaseDegrees;
            scenario.NominalFrequencyHz = AccuracyCampaign.NominalHertz;
            scenario.FrequencyHz = AccuracyCampaign.NominalHertz * point.FrequencyFactor;
            scenario.CurrentPhaseErrorDegrees = SensorLagDegrees;
            scenario.VoltageNoiseLsb = 2.0;
            scenario.CurrentNoiseLsb = 2.0;
            scenario.NeutralNoiseLsb = 2.0;
            scenario.VoltageOffsetLsb = 37.0;
            scenario.CurrentOffsetLsb = -21.0;
            scenario.NeutralOffsetLsb = 15.0;
            if (point.Harmonics)
            {
                scenario.VoltageHarmonics = new Harmonic[] { new Harmonic(5, 0.1, 0.0) };
                scenario.CurrentHarmonics = new Harmonic[] { new Harmonic(5, 0.4, 0.0) };
            }

            return scenario;
        }

        /// <summary>Active power of the scenario, W: Σ over orders of Vh·Ih·cos(h·φ + φVh − φIh).</summary>
        public static double ExpectedWatts(MeteringScenario scenario)
        {
            double lag = scenario.PhaseDegrees * DegreesToRadians;
            double watts = scenario.VoltageRms * scenario.CurrentRms * Math.Cos(lag);
            for (int v = 0; v < scenario.VoltageHarmonics.Length; v++)
            {
                Harmonic hv = scenario.VoltageHarmonics[v];
                for (int c = 0; c < scenario.CurrentHarmonics.Length; c++)
                {
                    Harmonic hc = scenario.CurrentHarmonics[c];
                    if (hv.Order == hc.Order)
                    {
                        double angle = (hc.Order * lag) + ((hv.PhaseDegrees - hc.PhaseDegrees) * DegreesToRadians);
                        watts += scenario.VoltageRms * hv.Fraction * scenario.CurrentRms * hc.Fraction * Math.Cos(angle);
                    }
                }
            }

            return watts;
        }

        /// <summary>Reactive power of the scenario's fundamental, var: V·I·sin φ (positive inductive).</summary>
        public static double ExpectedVars(MeteringScenario scenario)
        {
            return scenario.VoltageRms * scenario.CurrentRms * Math.Sin(scenario.PhaseDegrees * DegreesToRadians);
        }

        /// <summary>Runs <paramref name="point"/> for its own duration.</summary>
        public AccuracyResult Run(AccuracyPoint point)
        {
            return Run(point, point.Seconds);
        }

        /// <summary>Runs <paramref name="point"/> for at least <paramref name="seconds"/> of signal (whole frames).</summary>
        public AccuracyResult Run(AccuracyPoint point, int seconds)
        {
            if (point == null)
            {
                throw new ArgumentNullException("point");
            }

            if (seconds <= 0)
            {
                throw new ArgumentOutOfRangeException("seconds");
            }

            MeteringScenario scenario = Scenario(point);
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, _seed);
            int sampleRate = frontEnd.SampleRateHz;
            FrameMeasurement measurement = new FrameMeasurement(frontEnd, SensorCalibration());
            long nominalMicroamps = (long)Math.Round(AccuracyCampaign.NominalAmps * 1e6);
            long nominalMillivolts = (long)Math.Round(AccuracyCampaign.NominalVolts * 1e3);
            NoLoadDetector noLoad = new NoLoadDetector(NoLoadSettings.ForStartingCurrent(nominalMicroamps, 1, nominalMillivolts));
            EnergyRegisters registers = new EnergyRegisters(sampleRate, MilliwattHoursPerUnit);
            IPulseOutput output = new VirtualPulseOutput(VirtualClock.Manual(new DateTime(2026, 1, 1)));
            PulseGenerator pulses = new PulseGenerator(output, sampleRate, ImpulsesPerKilowattHour, 8);

            MetrologyFrame frame = new MetrologyFrame();
            Measurement result = new Measurement();
            long samples = 0;
            long wanted = (long)seconds * sampleRate;
            while (samples < wanted)
            {
                if (!frontEnd.TryReadFrame(frame, 0))
                {
                    throw new InvalidOperationException("a batch-mode front end always has a frame");
                }

                measurement.Measure(frame, result);
                noLoad.Update(result.CurrentMicroamps);
                long active = noLoad.Gate(result.ActiveMicrowatts);
                long reactive = noLoad.Gate(result.ReactiveMicrovars);
                registers.Add(active, reactive, result.SampleCount);
                pulses.Add(active > 0 ? active : 0, result.SampleCount);
                samples += result.SampleCount;
            }

            double hours = (double)samples / sampleRate / 3600.0;
            long pulseCount = pulses.EmittedPulses + pulses.OwedPulses;
            if (point.Kind == AccuracyPointKind.Reactive)
            {
                double vars = ExpectedVars(scenario);
                EnergyRegister register = vars >= 0 ? registers.ReactiveImport : registers.ReactiveExport;
                return new AccuracyResult(point, Math.Abs(vars) * hours, WattHours(register), AnyMoved(registers), pulseCount);
            }

            double expected = ExpectedWatts(scenario) * hours;
            return new AccuracyResult(point, expected, WattHours(registers.ActiveImport), AnyMoved(registers), pulseCount);
        }

        // Units and remainder in µW·samples (µvar·samples), converted to Wh (varh) for the report (rig side).
        private static double WattHours(EnergyRegister register)
        {
            double microwattSamples = ((double)register.Units * register.UnitSize) + register.Remainder;
            return microwattSamples / register.SampleRateHz / 3600.0 / 1e6;
        }

        private static bool AnyMoved(EnergyRegisters registers)
        {
            for (int r = 0; r < registers.Count; r++)
            {
                if (registers[r].Units != 0 || registers[r].Remainder != 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
