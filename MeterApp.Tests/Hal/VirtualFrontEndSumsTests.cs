using System;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualFrontEndSumsTests
    {
        // Quantisation adds 1/12 LSB² to a mean square of about 2.2e8 LSB², and the recurrence's
        // rounding is far smaller: 1e-5 relative is a tight but safe bound for whole-cycle frames.
        private const double Relative = 1e-5;

        [TestMethod]
        public void MeanSquaresAndActivePowerMatchThePureSine()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 60.0);
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            double vp = MetrologyExpect.VoltagePeak(scenario);
            double ip = MetrologyExpect.CurrentPeak(scenario);
            double apparent = vp * ip / 2.0;

            Assert.AreEqual(4096, frame.SampleCount);
            MetrologyExpect.Near(vp * vp / 2.0, MetrologyExpect.Mean(frame.SumVV, frame), vp * vp * Relative, "Σv²/n");
            MetrologyExpect.Near(ip * ip / 2.0, MetrologyExpect.Mean(frame.SumII, frame), ip * ip * Relative + 0.1, "Σi²/n");
            MetrologyExpect.Near(apparent * 0.5, MetrologyExpect.Mean(frame.SumVI, frame), apparent * Relative, "Σv·i/n");
            MetrologyExpect.Near(0.0, MetrologyExpect.Mean(frame.SumV, frame), 0.01, "Σv/n");
            Assert.AreEqual(OverRangeFlags.None, frame.OverRange);
        }

        [DataRow(60)]
        [DataRow(-37)]
        [DataRow(0)]
        [TestMethod]
        public void ShiftedVoltageGivesReactivePowerAtNominalFrequency(int phaseDegrees)
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, phaseDegrees);
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            double apparent = MetrologyExpect.VoltagePeak(scenario) * MetrologyExpect.CurrentPeak(scenario) / 2.0;
            double expected = apparent * Math.Sin(phaseDegrees * Math.PI / 180.0);

            // Stated error of the delay line at f_nom: interpolator phase < 1e-6 rad, gain corrected.
            MetrologyExpect.Near(expected, MetrologyExpect.Mean(frame.SumV90I, frame), apparent * 1e-4, "Σv90·i/n");
        }

        [TestMethod]
        public void ShiftedVoltageOffNominalFollowsTheStatedDelayLineError()
        {
            // 49 Hz: 4096 samples hold 49 whole cycles; the fixed delay shifts by θ = 90°·49/50.
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 60.0);
            scenario.FrequencyHz = 49.0;
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            double apparent = MetrologyExpect.VoltagePeak(scenario) * MetrologyExpect.CurrentPeak(scenario) / 2.0;
            double theta = 90.0 * 49.0 / 50.0;

            MetrologyExpect.Near(apparent * Math.Cos((60.0 - theta) * Math.PI / 180.0), MetrologyExpect.Mean(frame.SumV90I, frame), apparent * 1e-4, "Σv90·i/n");
        }

        [DataRow(12)]
        [DataRow(24)]
        [TestMethod]
        public void MeanSquareHoldsForOtherAdcWidths(int bits)
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 0.0);
            scenario.AdcBits = bits;
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 1);
            MetrologyFrame frame = MetrologyExpect.Read(frontEnd);
            double vp = MetrologyExpect.VoltagePeak(scenario);

            Assert.AreEqual((1 << (bits - 1)) - 1, frontEnd.AdcFullScale);
            MetrologyExpect.Near(vp * vp / 2.0, MetrologyExpect.Mean(frame.SumVV, frame), vp * vp * 1e-4, "Σv²/n");
        }

        [TestMethod]
        public void ScalingConstantsComeFromTheScenario()
        {
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(new MeteringScenario(), 1);
            Assert.AreEqual(500000, frontEnd.VoltageFullScaleMillivolts);
            Assert.AreEqual(100000, frontEnd.CurrentFullScaleMilliamps);
            Assert.AreEqual(100000, frontEnd.NeutralFullScaleMilliamps);
            Assert.AreEqual(50000, frontEnd.NominalFrequencyMillihertz);
            Assert.AreEqual(4096, frontEnd.SampleRateHz);
            Assert.AreEqual(32767, frontEnd.AdcFullScale);
        }

        [TestMethod]
        public void ScenariosOutsideTheFrameLimitsAreRefused()
        {
            MeteringScenario wide = new MeteringScenario();
            wide.AdcBits = 25;
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new VirtualFrontEnd(wide, 1));
            MeteringScenario along = new MeteringScenario();
            along.FrameSamples = MetrologyFrame.MaxSamples + 1;
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new VirtualFrontEnd(along, 1));
        }

        [TestMethod]
        public void SensorPhaseErrorTurnsTheCurrent()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 0.0);
            scenario.CurrentPhaseErrorDegrees = 0.5;
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            double apparent = MetrologyExpect.VoltagePeak(scenario) * MetrologyExpect.CurrentPeak(scenario) / 2.0;
            double error = 0.5 * Math.PI / 180.0;

            MetrologyExpect.Near(apparent * Math.Cos(error), MetrologyExpect.Mean(frame.SumVI, frame), apparent * Relative, "Σv·i/n");
            MetrologyExpect.Near(apparent * Math.Sin(error), MetrologyExpect.Mean(frame.SumV90I, frame), apparent * 1e-4, "Σv90·i/n");
        }

        [TestMethod]
        public void NeutralChannelCarriesTheScaledLineCurrent()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 0.0);
            scenario.NeutralRatio = 0.5;
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            double ip = MetrologyExpect.CurrentPeak(scenario);
            double apparent = MetrologyExpect.VoltagePeak(scenario) * ip / 2.0;

            MetrologyExpect.Near(ip * ip / 8.0, MetrologyExpect.Mean(frame.SumNN, frame), ip * ip * Relative + 0.1, "Σin²/n");
            MetrologyExpect.Near(apparent / 2.0, MetrologyExpect.Mean(frame.SumVN, frame), apparent * Relative + 1.0, "Σv·in/n");
        }

        [TestMethod]
        public void HarmonicsAddToPowerOnlyWhereBothChannelsHaveThem()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 0.0);
            scenario.VoltageHarmonics = new Harmonic[] { new Harmonic(5, 0.1, 0.0) };
            scenario.CurrentHarmonics = new Harmonic[] { new Harmonic(5, 0.4, 0.0), new Harmonic(3, 0.2, 30.0) };
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            double vp = MetrologyExpect.VoltagePeak(scenario);
            double ip = MetrologyExpect.CurrentPeak(scenario);

            MetrologyExpect.Near(vp * vp / 2.0 * 1.01, MetrologyExpect.Mean(frame.SumVV, frame), vp * vp * Relative, "Σv²/n");
            MetrologyExpect.Near(ip * ip / 2.0 * 1.2, MetrologyExpect.Mean(frame.SumII, frame), ip * ip * Relative + 0.1, "Σi²/n");
            MetrologyExpect.Near(vp * ip / 2.0 * 1.04, MetrologyExpect.Mean(frame.SumVI, frame), vp * ip * Relative, "Σv·i/n");
        }

        [TestMethod]
        public void ReversePowerIsNegative()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 180.0);
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            double apparent = MetrologyExpect.VoltagePeak(scenario) * MetrologyExpect.CurrentPeak(scenario) / 2.0;

            MetrologyExpect.Near(-apparent, MetrologyExpect.Mean(frame.SumVI, frame), apparent * Relative, "Σv·i/n");
        }

        [TestMethod]
        public void DcOffsetsShowInTheLinearSums()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 0.0);
            scenario.VoltageOffsetLsb = 25.0;
            scenario.CurrentOffsetLsb = -12.0;
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));

            MetrologyExpect.Near(25.0, MetrologyExpect.Mean(frame.SumV, frame), 0.01, "Σv/n");
            MetrologyExpect.Near(-12.0, MetrologyExpect.Mean(frame.SumI, frame), 0.01, "Σi/n");
        }

        [TestMethod]
        public void NoiseHasTheStatedRmsAndNoPower()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 0.0, 0.0);
            scenario.CurrentNoiseLsb = 5.0;
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 3));
            double apparent = MetrologyExpect.VoltagePeak(scenario) * 5.0 / Math.Sqrt(2.0);

            // 25 LSB² plus 1/12 of quantisation; the estimate's own spread over 4096 samples is 0.55.
            MetrologyExpect.Near(25.0 + 1.0 / 12.0, MetrologyExpect.Mean(frame.SumII, frame), 2.5, "Σi²/n");
            MetrologyExpect.Near(0.0, MetrologyExpect.Mean(frame.SumVI, frame), apparent * 0.1, "Σv·i/n");
        }

        [TestMethod]
        public void ClippingSetsTheOverRangeFlagOfThatChannelOnly()
        {
            // 400 V rms peaks at 566 V against a 500 V full scale.
            MeteringScenario scenario = MetrologyExpect.WholeCycles(400.0, 10.0, 0.0);
            MetrologyFrame frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            Assert.AreEqual(OverRangeFlags.Voltage, frame.OverRange);

            scenario = MetrologyExpect.WholeCycles(230.0, 80.0, 0.0);
            scenario.NeutralRatio = 0.5;
            frame = MetrologyExpect.Read(new VirtualFrontEnd(scenario, 1));
            Assert.AreEqual(OverRangeFlags.Current, frame.OverRange);
        }
    }
}
