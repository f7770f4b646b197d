using System;
using Meter.Metrology.Accuracy;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    /// <summary>
    /// The accuracy campaign of issue 3 as tests: every load point within the project target
    /// (0.1 %, twice as tight as class 0.2S), the starting current registers, no-load is silent.
    /// Each point runs for its campaign duration on a batch-mode front end.
    /// </summary>
    // Host-only: the campaign synthesises about ten million samples per run, hours of work
    // for the interpreted nanoclr; the device test image keeps the fast metrology tests.
    [TestClass]
    public class AccuracyCampaignTests
    {
        private const int Seed = 20260101;

        [TestMethod]
        public void EveryLoadPointIsWithinTheTarget()
        {
            AccuracyRunner runner = new AccuracyRunner(Seed);
            AccuracyPoint[] points = AccuracyCampaign.Points();
            int loads = 0;
            for (int k = 0; k < points.Length; k++)
            {
                if (points[k].Kind != AccuracyPointKind.Load)
                {
                    continue;
                }

                AccuracyResult result = runner.Run(points[k]);
                loads++;
                Assert.IsTrue(result.ExpectedWattHours > 0, points[k].Name + ": expected energy");
                Assert.IsTrue(Math.Abs(result.ErrorPercent) <= AccuracyCampaign.TargetPercent, points[k].Name + ": error " + result.ErrorPercent.ToString() + " %");
                Assert.IsTrue(result.Passes(AccuracyCampaign.TargetPercent), points[k].Name);
            }

            Assert.AreEqual(22, loads, "current/PF rows, voltage, frequency and harmonic influence rows");
        }

        [TestMethod]
        public void EveryReactivePointIsWithinTheTargetOnTheRegisterItDrives()
        {
            AccuracyRunner runner = new AccuracyRunner(Seed);
            AccuracyPoint[] points = AccuracyCampaign.ReactivePoints();
            bool capacitive = false;
            for (int k = 0; k < points.Length; k++)
            {
                Assert.AreEqual((int)AccuracyPointKind.Reactive, (int)points[k].Kind);
                Assert.IsTrue(points[k].ReactiveClass05SLimitPercent > 0 && points[k].ReactiveClassTwoLimitPercent > points[k].ReactiveClass05SLimitPercent, points[k].Name + ": own limits");
                AccuracyResult result = runner.Run(points[k]);
                Assert.IsTrue(result.ExpectedWattHours > 0, points[k].Name + ": expected varh");
                Assert.IsTrue(Math.Abs(result.ErrorPercent) <= AccuracyCampaign.TargetPercent, points[k].Name + ": error " + result.ErrorPercent.ToString() + " %");
                capacitive |= points[k].PhaseDegrees < 0;
            }

            Assert.IsTrue(capacitive, "a capacitive row checks R−");
        }

        [TestMethod]
        public void TheReactiveRowReadsTheRegisterOfItsQuadrant()
        {
            // sin φ = 0.5 capacitive drives R− only: a result read from R+ would be 0 and fail.
            AccuracyPoint point = new AccuracyPoint("c", AccuracyPointKind.Reactive, 1.0, -AccuracyCampaign.HalfSineInductive, 2);
            AccuracyResult result = new AccuracyRunner(Seed).Run(point);
            Assert.IsTrue(Math.Abs(result.ErrorPercent) < 0.1, "R− error " + result.ErrorPercent.ToString());
            Assert.IsTrue(Math.Abs(AccuracyRunner.ExpectedVars(AccuracyRunner.Scenario(point)) + 575.0) < 1e-9, "Q = −230·5·0.5 var");
        }

        [TestMethod]
        public void TheTargetWouldCatchTheUncorrectedSensorLag()
        {
            // At PF 0.5 ind, 0.5° of CT lag costs about 1.5 %: the 0.1 % check is not vacuous.
            AccuracyPoint point = new AccuracyPoint("In PF 0.5i", AccuracyPointKind.Load, 1.0, AccuracyCampaign.HalfInductive, 10);
            AccuracyResult result = new AccuracyResult(point, 1.0, 0.985, true, 0);
            Assert.IsFalse(result.Passes(AccuracyCampaign.TargetPercent));
        }

        [TestMethod]
        public void TheStartingCurrentRegisters()
        {
            AccuracyResult result = new AccuracyRunner(Seed).Run(Find(AccuracyPointKind.Starting));
            Assert.IsTrue(result.RegisteredWattHours > 0, "0.001 In must register");
            Assert.IsTrue(result.Pulses >= 1, "and pulse: " + result.Pulses.ToString());
            Assert.IsTrue(Math.Abs(result.ErrorPercent) <= 1.0, "starting current error " + result.ErrorPercent.ToString() + " %");
            Assert.IsTrue(result.Passes(AccuracyCampaign.TargetPercent));
        }

        [TestMethod]
        public void AtNoLoadNothingMoves()
        {
            AccuracyPoint point = Find(AccuracyPointKind.NoLoad);
            Assert.AreEqual(1.15, point.VoltageFactor);
            AccuracyResult result = new AccuracyRunner(Seed).Run(point);
            Assert.IsFalse(result.AnyRegisterMoved, "no register moves at 1.15 Un, I = 0");
            Assert.AreEqual(0L, result.Pulses);
            Assert.IsTrue(result.Passes(AccuracyCampaign.TargetPercent));
        }

        [TestMethod]
        public void ExpectedEnergyIncludesTheHarmonicPower()
        {
            // 10 % 5th on V and 40 % 5th on I in phase: P = V·I·(1 + 0.04).
            AccuracyPoint point = new AccuracyPoint("h", AccuracyPointKind.Load, 1.0, 0.0, 1);
            point.Harmonics = true;
            double watts = AccuracyRunner.ExpectedWatts(AccuracyRunner.Scenario(point));
            Assert.IsTrue(Math.Abs(watts - (230.0 * 5.0 * 1.04)) < 1e-9, "P " + watts.ToString());
        }

        private static AccuracyPoint Find(AccuracyPointKind kind)
        {
            AccuracyPoint[] points = AccuracyCampaign.Points();
            for (int k = 0; k < points.Length; k++)
            {
                if (points[k].Kind == kind)
                {
                    return points[k];
                }
            }

            throw new InvalidOperationException("no such point");
        }
    }
}
