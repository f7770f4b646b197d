using System;
using Meter.Hal.Metrology;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualFrontEndTimelineTests
    {
        private static readonly DateTime Start = new DateTime(2026, 1, 1, 0, 0, 0);

        [TestMethod]
        public void FramesAreNumberedAndTileTheSampleStream()
        {
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(new MeteringScenario(), 1);
            MetrologyFrame frame = new MetrologyFrame();
            for (int k = 0; k < 10; k++)
            {
                Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
                Assert.AreEqual((long)k, frame.Sequence);
                Assert.AreEqual((long)k * 819, frame.FirstSample);
                Assert.AreEqual(819, frame.SampleCount);
            }
        }

        [TestMethod]
        public void TheSameSeedReplaysTheSameFramesAndAnotherSeedDoesNot()
        {
            MetrologyFrame[] first = Run(7);
            MetrologyFrame[] again = Run(7);
            MetrologyFrame[] other = Run(8);
            bool differs = false;
            for (int k = 0; k < first.Length; k++)
            {
                Assert.AreEqual(first[k].SumVV, again[k].SumVV);
                Assert.AreEqual(first[k].SumVI, again[k].SumVI);
                Assert.AreEqual(first[k].SumV90I, again[k].SumV90I);
                Assert.AreEqual(first[k].SumNN, again[k].SumNN);
                Assert.AreEqual(first[k].LastCrossing, again[k].LastCrossing);
                differs |= first[k].SumII != other[k].SumII;
            }

            Assert.IsTrue(differs, "the seed drives the noise");
        }

        [DataRow(50000)]
        [DataRow(49000)]
        [DataRow(50500)]
        [TestMethod]
        public void ZeroCrossingTimingGivesTheFrequencyWithinOneMillihertz(int millihertz)
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.FrequencyHz = millihertz / 1000.0;
            scenario.VoltageNoiseLsb = 2.0;
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 1);
            MetrologyFrame frame = new MetrologyFrame();
            for (int k = 0; k < 5; k++)
            {
                Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
                Assert.IsTrue(frame.ZeroCrossingCount >= 9, "about ten cycles per 200 ms frame");
                double measured = MetrologyExpect.Frequency(frame, frontEnd.SampleRateHz);
                MetrologyExpect.Near(scenario.FrequencyHz, measured, 0.001, "frequency");
            }
        }

        [TestMethod]
        public void ASagLowersTheVoltageInItsFramesOnly()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 0.0);
            scenario.FrameSamples = 2048;
            scenario.Segments = new ScenarioSegment[]
            {
                new ScenarioSegment(1000, 1.0, 1.0),
                new ScenarioSegment(1000, 0.5, 1.0),
                new ScenarioSegment(500, 0.0, 1.0),
            };
            double[] expectedScale = new double[] { 1.0, 1.0, 0.5, 0.5, 0.0, 1.0, 1.0 };
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 1);
            MetrologyFrame frame = new MetrologyFrame();
            double vp = MetrologyExpect.VoltagePeak(scenario);
            for (int k = 0; k < expectedScale.Length; k++)
            {
                Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
                double rms = Math.Sqrt(MetrologyExpect.Mean(frame.SumVV, frame));
                MetrologyExpect.Near(vp * expectedScale[k] / Math.Sqrt(2.0), rms, 1.0, "Vrms in frame " + k.ToString());
                Assert.AreEqual(expectedScale[k] == 0.0 ? 0 : 25, frame.ZeroCrossingCount);
            }
        }

        [TestMethod]
        public void ReverseAndImbalanceSegmentsActOnTheCurrents()
        {
            MeteringScenario scenario = MetrologyExpect.WholeCycles(230.0, 10.0, 0.0);
            ScenarioSegment reverse = new ScenarioSegment(1000, 1.0, 1.0);
            reverse.Reverse = true;
            ScenarioSegment bypass = new ScenarioSegment(1000, 1.0, 1.0);
            bypass.NeutralScale = 0.0;
            scenario.Segments = new ScenarioSegment[] { reverse, bypass };
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, 1);

            MetrologyFrame frame = MetrologyExpect.Read(frontEnd);
            Assert.IsTrue(frame.SumVI < 0 && frame.SumVN < 0, "reverse flow on both channels");
            frame = MetrologyExpect.Read(frontEnd);
            Assert.IsTrue(frame.SumVI > 0, "forward on the line");
            Assert.AreEqual(0L, frame.SumNN);
        }

        [TestMethod]
        public void RealTimeModeReleasesAFrameOnlyWhenItsSamplesHaveElapsed()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(new MeteringScenario(), 1, clock);
            MetrologyFrame frame = new MetrologyFrame();

            Assert.IsFalse(frontEnd.TryReadFrame(frame, 0));
            clock.Advance(199);
            Assert.IsFalse(frontEnd.TryReadFrame(frame, 0));
            clock.Advance(1);
            Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
            Assert.AreEqual(0L, frame.Sequence);
            Assert.IsFalse(frontEnd.TryReadFrame(frame, 0));
            // Frame k ends at sample 819·(k+1): frames 1 to 5 are complete by 1200 ms, frame 6 at 1400 ms.
            clock.Advance(1000);
            for (int k = 1; k <= 5; k++)
            {
                Assert.IsTrue(frontEnd.TryReadFrame(frame, 0));
                Assert.AreEqual((long)k, frame.Sequence);
            }

            Assert.IsFalse(frontEnd.TryReadFrame(frame, 0));
        }

        private static MetrologyFrame[] Run(int seed)
        {
            MeteringScenario scenario = new MeteringScenario();
            scenario.VoltageNoiseLsb = 3.0;
            scenario.CurrentNoiseLsb = 5.0;
            scenario.NeutralNoiseLsb = 5.0;
            scenario.FrequencyHz = 49.87;
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(scenario, seed);
            MetrologyFrame[] frames = new MetrologyFrame[3];
            for (int k = 0; k < frames.Length; k++)
            {
                frames[k] = MetrologyExpect.Read(frontEnd);
            }

            return frames;
        }
    }
}
