using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>
    /// The power-cut proof. A meter-like workload (<see cref="MeterWorkload"/>) runs on a small
    /// flash so that compaction happens many times; for every flash operation N in a window of
    /// consecutive operations the workload is replayed with power cut at N (from the nearest
    /// checkpoint of the reference run, <see cref="WorkloadCheckpoints"/>), then the meter
    /// "restarts": a fresh store mounts, every committed value must be intact (the one in flight
    /// old or new, nothing else), no key may be reported corrupt, counters must not have gone
    /// back, new writes must work, and a second restart must agree. Three kinds of tear: none,
    /// partial (a prefix lands) and scattered (arbitrary bits of the operation's range).
    /// </summary>
    [TestClass]
    public class PowerCutProofTests
    {
        private static readonly int CutPoints = StoreTestKit.Scaled(2500, 40);
        private const int SectorSize = 4096;
        private const int Sectors = 5;
        private const int WorkloadSeed = 2026;
        private const int CheckpointInterval = 50;

        [TestMethod]
        public void EveryCutPointWithTornWritesLosesNothingCommitted()
        {
            ProveEveryCutPoint(TearMode.Partial, CutPoints);
        }

        [TestMethod]
        public void EveryCutPointWithCleanCutsLosesNothingCommitted()
        {
            ProveEveryCutPoint(TearMode.None, CutPoints);
        }

        [TestMethod]
        public void EveryCutPointWithScatteredDamageLosesNothingCommitted()
        {
            ProveEveryCutPoint(TearMode.Scattered, CutPoints);
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
            ProveFullTwoSectorStore(TearMode.Partial);
        }

        [TestMethod]
        public void ScatteredCutsInCompactionsOfAFullTwoSectorStoreLoseNothing()
        {
            ProveFullTwoSectorStore(TearMode.Scattered);
        }

        private static void ProveFullTwoSectorStore(TearMode mode)
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
                flash.TearMode = mode;
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
                string context = "two-sector store cut at operation " + n + " (" + Name(mode) + ")";
                RecordStore restarted = new RecordStore(flash);
                MountReport report = restarted.Mount();
                AssertRecovered(report, context);
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

            OutputHelper.WriteLine(window + " cut points on a full two-sector store (" + Name(mode) + "): compaction resumed " + resumed + ", rolled back " + rolledBack);
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

        private static void ProveEveryCutPoint(TearMode mode, int cutPoints)
        {
            WorkloadCheckpoints reference = WorkloadCheckpoints.Record(SectorSize, Sectors, WorkloadSeed, cutPoints, CheckpointInterval);
            int resumed = 0;
            int rolledBack = 0;
            int withCorruptArea = 0;
            int withErasedSector = 0;
            int withDamagedHeader = 0;
            for (int n = 1; n <= cutPoints; n++)
            {
                MeterWorkload workload;
                VirtualFlash flash = reference.ReplayUntilCut(n, n, mode, out workload);
                string context = "cut at operation " + n + " (" + Name(mode) + ", step " + workload.Steps + ")";

                RecordStore store = new RecordStore(flash);
                MountReport report = store.Mount();
                AssertRecovered(report, context);
                resumed += report.CompactionResumed ? 1 : 0;
                rolledBack += report.CompactionRolledBack ? 1 : 0;
                withCorruptArea += report.CorruptAreasSkipped > 0 ? 1 : 0;
                withErasedSector += report.SectorsErased > 0 ? 1 : 0;
                withDamagedHeader += report.DamagedHeaderSectors > 0 ? 1 : 0;
                MeterWorkload.Session restarted = workload.Open(store);
                workload.VerifyAndSettle(restarted, context);
                Assert.IsTrue(store.GetHealth().SectorsErased >= 1, context + ": a spare sector after mount");

                // The store takes new writes, and a second restart sees exactly what was committed.
                workload.Run(restarted, 6);
                RecordStore again = new RecordStore(flash);
                AssertRecovered(again.Mount(), context + ", second restart");
                workload.VerifyAndSettle(workload.Open(again), context + ", second restart");
            }

            OutputHelper.WriteLine(
                cutPoints + " cut points (" + Name(mode) + "): compaction resumed " + resumed + ", rolled back " + rolledBack
                + ", torn area skipped " + withCorruptArea + ", sector erased " + withErasedSector
                + ", headerless sector kept " + withDamagedHeader);
            if (StoreTestKit.FullScale)
            {
                Assert.IsTrue(resumed > 0, "some cuts interrupted a compaction");
                Assert.IsTrue(mode == TearMode.None || withCorruptArea > 0, "some cuts tore a record");
                Assert.IsTrue(mode == TearMode.None || withErasedSector > 0, "some cuts tore a sector header or an erase");
            }
        }

        /// <summary>What every mount after power cuts alone must report: no corruption (cuts only tear), a spare, no refusal.</summary>
        public static void AssertRecovered(MountReport report, string context)
        {
            Assert.IsFalse(report.NoSpareSector, context + ": " + report);
            Assert.AreEqual(0, report.CorruptKeys, context + ": a torn write taken for bit rot: " + report);
            Assert.IsFalse(report.RefusedUnknownVersion, context + ": " + report);
        }

        public static string Name(TearMode mode)
        {
            return mode == TearMode.None ? "clean" : mode == TearMode.Partial ? "torn" : "scattered";
        }
    }
}
