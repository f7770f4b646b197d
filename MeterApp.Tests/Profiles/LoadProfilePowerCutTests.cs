using System;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Profiles
{
    /// <summary>
    /// A power cut at every flash operation of a capture (its record write and the compactions
    /// it causes, on a store of three 512-byte sectors that compacts every few captures), each
    /// way a write can tear: after the restart the boundary is in the profile exactly once and
    /// no earlier capture is lost.
    /// </summary>
    [TestClass]
    public class LoadProfilePowerCutTests
    {
        private const int Capacity = 8;
        private static readonly DateTime Midnight = new DateTime(2026, 5, 1, 0, 0, 0);

        [TestMethod]
        public void ACutDuringACaptureNeitherLosesNorDuplicatesABoundary()
        {
            // Cutting after a different number of captures moves the cut capture across sector
            // ends, so some cuts fall inside the compaction a capture starts.
            TearMode[] modes = new TearMode[] { TearMode.None, TearMode.Partial, TearMode.Scattered };
            int mostOperations = 0;
            for (int m = 0; m < modes.Length; m++)
            {
                for (int captured = Capacity + 1; captured <= Capacity + StoreTestKit.Scaled(14, 8); captured++)
                {
                    int cut = 1;
                    while (CutAndRestart(modes[m], captured, cut))
                    {
                        cut++;
                        Assert.IsTrue(cut < 100, "a capture never ends");
                    }

                    Assert.IsTrue(cut > 1, "the capture wrote nothing");
                    mostOperations = cut - 1 > mostOperations ? cut - 1 : mostOperations;
                }
            }

            Assert.IsTrue(mostOperations > 2, "no cut fell inside a compaction");
        }

        // Captures that many quarter hours, cuts the power at the cut-th operation of the next
        // capture and restarts; false when the capture needed fewer operations than that.
        private static bool CutAndRestart(TearMode mode, int captured, int cut)
        {
            VirtualFlash flash = new VirtualFlash(512, 3);
            flash.TearMode = mode;
            VirtualClock clock = VirtualClock.Manual(Midnight.AddSeconds(1));
            FixedMeasurementSource source = new FixedMeasurementSource();
            LoadProfileCapture capture = NewCapture(flash, clock, source);
            for (int i = 0; i < captured; i++)
            {
                source.Publish(100 + i, 0, 0, 0);
                Assert.IsNotNull(capture.CaptureIfDue());
                clock.Advance(15 * 60000);
            }

            source.Publish(100 + captured, 0, 0, 0);
            flash.CutPowerAtOperation(cut);
            bool cutHappened = false;
            try
            {
                capture.CaptureIfDue();
            }
            catch (PowerCutException)
            {
                cutHappened = true;
            }

            if (!cutHappened)
            {
                return false;
            }

            flash.PowerOn();
            string context = "tear " + (int)mode + ", " + captured + " captures, cut at operation " + cut;
            LoadProfileCapture restarted = NewCapture(flash, clock, source);
            LoadProfileEntry caught = restarted.CaptureIfDue();
            Assert.IsNull(restarted.CaptureIfDue(), context + ": captured twice after the restart");
            if (caught != null)
            {
                Assert.AreEqual(AmrProfileStatus.PowerDown, caught.Status, context);
            }

            LoadProfileEntry[] entries = new LoadProfileEntry[Capacity];
            Assert.AreEqual(Capacity, restarted.Ring.Read(0, Capacity, entries), context + ": a capture was lost");
            for (int i = 0; i < Capacity; i++)
            {
                int quarter = captured - Capacity + 1 + i;
                Assert.AreEqual(Midnight.AddMinutes(15 * quarter), entries[i].Timestamp, context);
                Assert.AreEqual((long)(100 + quarter), entries[i].ActiveImport, context);
            }

            return true;
        }

        private static LoadProfileCapture NewCapture(VirtualFlash flash, VirtualClock clock, FixedMeasurementSource source)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return new LoadProfileCapture(new LoadProfileRing(store, Capacity), source, clock, clock, 900);
        }
    }
}
