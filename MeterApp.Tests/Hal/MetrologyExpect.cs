using System;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    /// <summary>Closed-form expectations for the virtual front end's sums, in LSB, and frame helpers.</summary>
    internal static class MetrologyExpect
    {
        /// <summary>16-bit, 1 s frames: 4096 samples hold exactly 50 cycles of 50 Hz.</summary>
        public static MeteringScenario WholeCycles(double volts, double amps, double phaseDegrees)
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.VoltageRms = volts;
            scenario.CurrentRms = amps;
            scenario.PhaseDegrees = phaseDegrees;
            scenario.FrameSamples = 4096;
            return scenario;
        }

        /// <summary>Peak of the voltage fundamental in LSB.</summary>
        public static double VoltagePeak(MeteringScenario scenario)
        {
            return Math.Sqrt(2.0) * scenario.VoltageRms / scenario.VoltageFullScaleVolts * FullScale(scenario);
        }

        /// <summary>Peak of the line-current fundamental in LSB.</summary>
        public static double CurrentPeak(MeteringScenario scenario)
        {
            return Math.Sqrt(2.0) * scenario.CurrentRms / scenario.CurrentFullScaleAmps * FullScale(scenario);
        }

        public static double FullScale(MeteringScenario scenario)
        {
            return (1 << (scenario.AdcBits - 1)) - 1;
        }

        /// <summary>Mean of a sum over the frame.</summary>
        public static double Mean(long sum, MetrologyFrame frame)
        {
            return (double)sum / frame.SampleCount;
        }

        /// <summary>Frequency from the frame's zero-crossing timing, Hz.</summary>
        public static double Frequency(MetrologyFrame frame, int sampleRateHz)
        {
            double span = (double)(frame.LastCrossing - frame.FirstCrossing) / MetrologyFrame.CrossingScale;
            return (frame.ZeroCrossingCount - 1) * sampleRateHz / span;
        }

        /// <summary>Asserts |actual − expected| ≤ tolerance.</summary>
        public static void Near(double expected, double actual, double tolerance, string what)
        {
            Assert.IsTrue(Math.Abs(actual - expected) <= tolerance,
                what + ": expected " + expected.ToString() + " ± " + tolerance.ToString() + ", got " + actual.ToString());
        }

        /// <summary>Reads one frame from a batch-mode front end.</summary>
        public static MetrologyFrame Read(VirtualFrontEnd frontEnd)
        {
            MetrologyFrame frame = new MetrologyFrame();
            Assert.IsTrue(frontEnd.TryReadFrame(frame, 0), "batch mode always has a frame");
            return frame;
        }
    }
}
