using System;
using Meter.Hal.Virtual;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class FrameMeasurementTests
    {
        private const double DegreesToRadians = Math.PI / 180.0;

        [TestMethod]
        [DataRow(0.0)]
        [DataRow(60.0)]
        [DataRow(-36.869897645844)]
        public void RecoversRmsPowerAndPowerFactor(double phaseDegrees)
        {
            // PF 1, 0.5 inductive and 0.8 capacitive.
            Measurement m = MetrologyFixtures.MeasureFrame(MetrologyFixtures.Load(phaseDegrees), Calibration.Unity, 1);
            double angle = phaseDegrees * DegreesToRadians;
            MetrologyFixtures.Relative(230000.0, m.VoltageMillivolts, 5e-4, "Vrms mV");
            MetrologyFixtures.Relative(5000000.0, m.CurrentMicroamps, 5e-4, "Irms µA");
            MetrologyFixtures.Relative(5000000.0, m.NeutralMicroamps, 5e-4, "neutral Irms µA");
            MetrologyFixtures.Relative(1150000000.0 * Math.Cos(angle), m.ActiveMicrowatts, 5e-4, "P µW");
            MetrologyFixtures.Relative(1150000000.0, m.ApparentMicrovoltAmperes, 5e-4, "S µVA");
            if (phaseDegrees != 0.0)
            {
                // Q relative to S: at PF 1 Q is 0 and a relative error is meaningless.
                MetrologyFixtures.Relative(1150000000.0 * Math.Sin(angle), m.ReactiveMicrovars, 5e-4, "Q µvar");
            }
            else
            {
                Assert.IsTrue(Math.Abs((double)m.ReactiveMicrovars) < 1150000000.0 * 5e-4, "Q at PF 1: " + m.ReactiveMicrovars);
            }

            double pf = 1000.0 * Math.Cos(angle);
            Assert.IsTrue(Math.Abs(m.PowerFactorPerMille - pf) <= 1.0, "PF ‰ " + m.PowerFactorPerMille);
            Assert.AreEqual(5000L, m.CurrentMilliamps);
        }

        [TestMethod]
        public void PhaseCalibrationCancelsTheSensorPhaseError()
        {
            MeteringScenario scenario = MetrologyFixtures.Load(60.0);
            scenario.CurrentPhaseErrorDegrees = 0.5;
            double expected = 1150000000.0 * 0.5;
            Measurement raw = MetrologyFixtures.MeasureFrame(scenario, Calibration.Unity, 1);
            Assert.IsTrue((raw.ActiveMicrowatts - expected) / expected < -0.01, "uncorrected, the 0.5° lag costs 1.5 % of P");

            int correction = -(int)Math.Round(0.5 * DegreesToRadians * 1e6);
            Calibration calibration = new Calibration(Calibration.UnityGain, Calibration.UnityGain, Calibration.UnityGain, 0, 0, correction);
            Measurement m = MetrologyFixtures.MeasureFrame(scenario, calibration, 1);
            MetrologyFixtures.Relative(expected, m.ActiveMicrowatts, 1e-3, "P µW corrected");
            MetrologyFixtures.Relative(1150000000.0 * Math.Sin(60.0 * DegreesToRadians), m.ReactiveMicrovars, 1e-3, "Q µvar corrected");
        }

        [TestMethod]
        public void GainsScaleTheirChannels()
        {
            // Voltage read 2 % high is corrected by a gain of 1/1.02.
            MeteringScenario scenario = MetrologyFixtures.Load(0.0);
            scenario.VoltageRms = 230.0 * 1.02;
            int gain = (int)Math.Round(Calibration.UnityGain / 1.02);
            Calibration calibration = new Calibration(gain, Calibration.UnityGain, Calibration.UnityGain, 0, 0, 0);
            Measurement m = MetrologyFixtures.MeasureFrame(scenario, calibration, 1);
            MetrologyFixtures.Relative(230000.0, m.VoltageMillivolts, 5e-4, "Vrms mV");
            MetrologyFixtures.Relative(1150000000.0, m.ActiveMicrowatts, 5e-4, "P µW");
        }

        [TestMethod]
        public void CurrentOffsetRemovesTheNoiseFloor()
        {
            MeteringScenario scenario = MetrologyFixtures.Load(0.0);
            scenario.CurrentRms = 0.0;
            scenario.CurrentNoiseLsb = 3.0;
            Measurement floor = MetrologyFixtures.MeasureFrame(scenario, Calibration.Unity, 1);
            Assert.IsTrue(floor.CurrentMicroamps > 5000, "3 LSB of noise reads as current: " + floor.CurrentMicroamps);
            Calibration calibration = new Calibration(Calibration.UnityGain, Calibration.UnityGain, Calibration.UnityGain, floor.CurrentMicroamps, 0, 0);
            Measurement m = MetrologyFixtures.MeasureFrame(scenario, calibration, 2);
            Assert.IsTrue(m.CurrentMicroamps < floor.CurrentMicroamps / 4, "offset removed in quadrature: " + m.CurrentMicroamps);
        }

        [TestMethod]
        [DataRow(50.0)]
        [DataRow(49.0)]
        [DataRow(51.0)]
        public void MeasuresFrequencyAndCorrectsTheQuarterPeriodDelayOffNominal(double hertz)
        {
            MeteringScenario scenario = MetrologyFixtures.Load(60.0);
            scenario.FrequencyHz = hertz;
            Measurement m = MetrologyFixtures.MeasureFrame(scenario, Calibration.Unity, 1);
            Assert.IsTrue(Math.Abs(m.FrequencyMillihertz - (hertz * 1000.0)) <= 1.0, "f mHz " + m.FrequencyMillihertz);
            MetrologyFixtures.Relative(1150000000.0 * 0.5, m.ActiveMicrowatts, 5e-4, "P µW");
            MetrologyFixtures.Relative(1150000000.0 * Math.Sin(60.0 * DegreesToRadians), m.ReactiveMicrovars, 5e-4, "Q µvar");
        }

        [TestMethod]
        public void ReversePowerIsNegative()
        {
            Measurement m = MetrologyFixtures.MeasureFrame(MetrologyFixtures.Load(180.0), Calibration.Unity, 1);
            MetrologyFixtures.Relative(-1150000000.0, m.ActiveMicrowatts, 5e-4, "P µW");
            Assert.IsTrue(m.PowerFactorPerMille <= -999, "PF ‰ " + m.PowerFactorPerMille);
        }
    }
}
