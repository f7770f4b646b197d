using System;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    /// <summary>Realistic scenarios and helpers shared by the measurement and metrology task tests.</summary>
    internal static class MetrologyFixtures
    {
        /// <summary>230 V, 5 A on the default 16-bit front end with noise and DC offsets; 1 s frames (50 whole cycles at 50 Hz).</summary>
        public static MeteringScenario Load(double phaseDegrees)
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.PhaseDegrees = phaseDegrees;
            scenario.FrameSamples = 4096;
            scenario.VoltageNoiseLsb = 2.0;
            scenario.CurrentNoiseLsb = 2.0;
            scenario.NeutralNoiseLsb = 2.0;
            scenario.VoltageOffsetLsb = 37.0;
            scenario.CurrentOffsetLsb = -21.0;
            return scenario;
        }

        /// <summary>Measures the <paramref name="index"/>-th frame (0-based) of a batch-mode front end.</summary>
        public static Measurement MeasureFrame(MeteringScenario scenario, Calibration calibration, int index)
        {
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 11);
            FrameMeasurement measurement = new FrameMeasurement(frontEnd, calibration);
            MetrologyFrame frame = new MetrologyFrame();
            Measurement result = new Measurement();
            for (int k = 0; k <= index; k++)
            {
                Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
            }

            measurement.Measure(frame, result);
            return result;
        }

        /// <summary>Asserts |actual/expected − 1| ≤ tolerance and returns the relative error.</summary>
        public static double Relative(double expected, long actual, double tolerance, string what)
        {
            double error = (actual - expected) / expected;
            Assert.IsTrue(Math.Abs(error) <= tolerance, what + ": expected " + expected.ToString() + ", got " + actual.ToString() + " (error " + (error * 100).ToString() + " %)");
            return error;
        }
    }
}
