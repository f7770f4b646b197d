using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>
    /// The power-cut proof. A meter-like workload (<see cref="MeterWorkload"/>) runs on a small
    /// flash so that compaction happens many times; for every flash operation N in a window of
    /// consecutive operations the workload is replayed from a blank flash with power cut at N,
    /// then the meter "restarts": a fresh store mounts, every committed value must be intact
    /// (the one in flight old or new, nothing else), counters must not have gone back, new writes
    /// must work, and a second restart must agree.
    /// </summary>
    [TestClass]
    public class PowerCutProofTests
    {
        private static readonly int CutPoints = StoreTestKit.Scaled(2500, 40);
        private const int SectorSize = 4096;
        private const int Sectors = 5;
        private const int WorkloadSeed = 2026;

        [TestMethod]
        public void EveryCutPointWithTornWritesLosesNothingCommitted()
        {
            ProveEveryCutPoint(TearMode.Partial);
        }

        [TestMethod]
        public void EveryCutPointWithCleanCutsLosesNothingCommitted()
        {
            ProveEveryCutPoint(TearMode.None);
        }

        [TestMethod]
        public void TheWindowCoversManyCompactions()
        {
            VirtualFlash flash = new VirtualFlash(SectorSize, Sectors);
            MeterWorkload workload = new MeterWorkload(WorkloadSeed);
            MeterWorkload.Session session = workload.Open(StoreTestKit.Mounted(flash));
            while (flash.OperationCount < CutPoints)
            {
                workload.Run(session, 1);
            }

            StoreHealth health = session.Store.GetHealth();
            OutputHelper.WriteLine("window of " + CutPoints + " operations: " + workload.Steps + " steps, " + health);
            Assert.IsTrue(!StoreTestKit.FullScale || health.Compactions >= 15, "compactions in the window: " + health.Compactions);
        }

        [TestMethod]
        public void CutsInCompactionsOfAFullTwoSectorStoreLoseNothing()
        {
            // Two 1 KiB sectors, filled to the store's limit with one largest record and small
            // ones. A torn copy of the large record leaves the compaction target too little room
            // to finish in place, so mount must roll the compaction back (erase the partial copy).
            const int Small = 29;
            int window = StoreTestKit.Scaled(600, 40);
            int rolledBack = 0;
            int resumed = 0;
            for (int n = 1; n <= window; n++)
            {
                VirtualFlash flash = new VirtualFlash(1024, 2, n);
                RecordStore store = StoreTestKit.Mounted(flash);
                int[] versions = new int[Small + 1];
                int inFlightKey = -1;
                flash.CutPowerAtOperation(n);
                try
                {
                    for (int step = 0; step < 1000000; step++)
                    {
                        inFlightKey = step <= Small ? step : 1 + (step * 7 % Small);
                        WriteVersion(store, inFlightKey, versions[inFlightKey] + 1);
                        versions[inFlightKey]++;
                    }
                }
                catch (PowerCutException)
                {
                }

                flash.PowerOn();
                string context = "two-sector store cut at operation " + n;
                RecordStore restarted = new RecordStore(flash);
                MountReport report = restarted.Mount();
                Assert.IsFalse(report.NoSpareSector, context + ": " + report);
                rolledBack += report.CompactionRolledBack ? 1 : 0;
                resumed += report.CompactionResumed ? 1 : 0;
                for (int k = 0; k <= Small; k++)
                {
                    int found = ReadVersion(restarted, k, context);
                    bool ok = found == versions[k] || (k == inFlightKey && found == versions[k] + 1);
                    Assert.IsTrue(ok, context + ": key " + k + " has version " + found + ", committed " + versions[k]);
                    versions[k] = found;
                }

                for (int k = 1; k <= Small; k++)
                {
                    WriteVersion(restarted, k, versions[k] + 1);
                    versions[k]++;
                }

                RecordStore again = StoreTestKit.Mounted(flash);
                for (int k = 0; k <= Small; k++)
                {
                    Assert.AreEqual(versions[k], ReadVersion(again, k, context + ", second restart"), context + ", second restart: key " + k);
                }
            }

            OutputHelper.WriteLine(window + " cut points on a full two-sector store: compaction resumed " + resumed + ", rolled back " + rolledBack);
            Assert.IsTrue(!StoreTestKit.FullScale || rolledBack > 0, "the roll-back path was exercised");
        }

        // Key 0 holds the largest payload the geometry allows, the others 8 bytes.
        private static void WriteVersion(RecordStore store, int key, int version)
        {
            int length = key == 0 ? store.MaxPayloadLength : 8;
            StoreTestKit.Write(store, (ushort)(RecordKeys.TestFirst + key), StoreTestKit.Payload((ushort)(RecordKeys.TestFirst + key), version, length));
        }

        private static int ReadVersion(RecordStore store, int key, string context)
        {
            ushort storeKey = (ushort)(RecordKeys.TestFirst + key);
            byte[] found = StoreTestKit.Read(store, storeKey);
            if (found == null)
            {
                return 0;
            }

            int version = found[0] | (found[1] << 8) | (found[2] << 16);
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(storeKey, version, found.Length), found), context + ": key " + key + " content");
            return version;
        }

        private static void ProveEveryCutPoint(TearMode mode)
        {
            int resumed = 0;
            int rolledBack = 0;
            int withCorruptArea = 0;
            int withErasedSector = 0;
            for (int n = 1; n <= CutPoints; n++)
            {
                VirtualFlash flash = new VirtualFlash(SectorSize, Sectors, n);
                flash.TearMode = mode;
                MeterWorkload workload = new MeterWorkload(WorkloadSeed);
                MeterWorkload.Session session = workload.Open(StoreTestKit.Mounted(flash));
                flash.CutPowerAtOperation(n);
                bool cut = false;
                try
                {
                    workload.Run(session, 1000000);
                }
                catch (PowerCutException)
                {
                    cut = true;
                }

                Assert.IsTrue(cut, "the workload reaches operation " + n);
                flash.PowerOn();
                string context = "cut at operation " + n + " (" + (mode == TearMode.Partial ? "torn" : "clean") + ", step " + workload.Steps + ")";

                RecordStore store = new RecordStore(flash);
                MountReport report = store.Mount();
                Assert.IsFalse(report.NoSpareSector, context + ": " + report);
                resumed += report.CompactionResumed ? 1 : 0;
                rolledBack += report.CompactionRolledBack ? 1 : 0;
                withCorruptArea += report.CorruptAreasSkipped > 0 ? 1 : 0;
                withErasedSector += report.SectorsErased > 0 ? 1 : 0;
                MeterWorkload.Session restarted = workload.Open(store);
                workload.VerifyAndSettle(restarted, context);
                Assert.IsTrue(store.GetHealth().SectorsErased >= 1, context + ": a spare sector after mount");

                // The store takes new writes, and a second restart sees exactly what was committed.
                workload.Run(restarted, 6);
                RecordStore again = new RecordStore(flash);
                again.Mount();
                workload.VerifyAndSettle(workload.Open(again), context + ", second restart");
            }

            OutputHelper.WriteLine(
                CutPoints + " cut points: compaction resumed " + resumed + ", rolled back " + rolledBack
                + ", torn area skipped " + withCorruptArea + ", sector erased " + withErasedSector);
            if (StoreTestKit.FullScale)
            {
                Assert.IsTrue(resumed > 0, "some cuts interrupted a compaction");
                Assert.IsTrue(mode == TearMode.None || withCorruptArea > 0, "some cuts tore a record");
                Assert.IsTrue(mode == TearMode.None || withErasedSector > 0, "some cuts tore a sector header or an erase");
            }
        }
    }
}
