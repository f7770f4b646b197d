using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>
    /// Power cut again while the store recovers from a cut. For every first cut point whose
    /// recovery mount writes to the flash (it resumes or rolls back a compaction, erases a torn
    /// sector), power is cut again at every operation of that mount; the third mount must still
    /// hold every committed value (the one in flight at the first cut old or new), report no
    /// corruption, keep a spare and take new writes.
    /// </summary>
    [TestClass]
    public class DoublePowerCutProofTests
    {
        private static readonly int CutPoints = StoreTestKit.Scaled(2500, 30);
        private const int SectorSize = 4096;
        private const int Sectors = 5;
        private const int WorkloadSeed = 7;

        [TestMethod]
        public void ASecondTornCutDuringRecoveryLosesNothingCommitted()
        {
            ProveSecondCuts(TearMode.Partial);
        }

        [TestMethod]
        public void ASecondScatteredCutDuringRecoveryLosesNothingCommitted()
        {
            ProveSecondCuts(TearMode.Scattered);
        }

        [TestMethod]
        [DataRow(256, 2)]
        [DataRow(512, 3)]
        [DataRow(1024, 2)]
        public void SecondCutsWhileRecoveringAFullSmallStoreLoseNothing(int sectorSize, int sectors)
        {
            // After the reviewer's double-cut fuzz: random record sizes up to the largest, on a
            // geometry small enough that the store is nearly always full and compactions often
            // have to be rolled back.
            int window = StoreTestKit.Scaled(1000, 15);
            int secondCuts = 0;
            for (int n = 1; n <= window; n++)
            {
                SmallStoreRun run = new SmallStoreRun(sectorSize, sectors, n);
                byte[] afterCut = run.Flash.GetImage();
                int recoveryOperations = RecoveryOperations(sectorSize, sectors, afterCut);
                for (int m = 1; m <= recoveryOperations; m++)
                {
                    VirtualFlash flash = new VirtualFlash(sectorSize, sectors, (n * 31) + m);
                    flash.LoadImage(afterCut);
                    CutDuringMount(flash, m);
                    run.Verify(flash, "cut at " + n + ", again at " + m + " of the recovery");
                    secondCuts++;
                }
            }

            OutputHelper.WriteLine(window + " first cuts on " + sectors + " x " + sectorSize + " B: " + secondCuts + " second cuts during recovery");
            Assert.IsTrue(!StoreTestKit.FullScale || secondCuts > 0, "some recoveries wrote to the flash");
        }

        private static void ProveSecondCuts(TearMode mode)
        {
            WorkloadCheckpoints reference = WorkloadCheckpoints.Record(SectorSize, Sectors, WorkloadSeed, CutPoints, 50);
            int recoveries = 0;
            int secondCuts = 0;
            for (int n = 1; n <= CutPoints; n++)
            {
                MeterWorkload afterFirst;
                byte[] afterCut = reference.ReplayUntilCut(n, n, mode, out afterFirst).GetImage();
                int recoveryOperations = RecoveryOperations(SectorSize, Sectors, afterCut);
                recoveries += recoveryOperations > 0 ? 1 : 0;
                for (int m = 1; m <= recoveryOperations; m++)
                {
                    string context = "cut at operation " + n + ", again at operation " + m + " of the recovery (" + PowerCutProofTests.Name(mode) + ")";
                    VirtualFlash flash = new VirtualFlash(SectorSize, Sectors, (n * 31) + m);
                    flash.TearMode = mode;
                    flash.LoadImage(afterCut);
                    CutDuringMount(flash, m);
                    secondCuts++;

                    MeterWorkload workload = afterFirst.Clone();
                    RecordStore store = new RecordStore(flash);
                    PowerCutProofTests.AssertRecovered(store.Mount(), context);
                    MeterWorkload.Session session = workload.Open(store);
                    workload.VerifyAndSettle(session, context);
                    workload.Run(session, 6);
                    RecordStore again = new RecordStore(flash);
                    PowerCutProofTests.AssertRecovered(again.Mount(), context + ", next restart");
                    workload.VerifyAndSettle(workload.Open(again), context + ", next restart");
                }
            }

            OutputHelper.WriteLine(CutPoints + " first cuts (" + PowerCutProofTests.Name(mode) + "): " + recoveries + " recoveries wrote, " + secondCuts + " second cuts");
            Assert.IsTrue(!StoreTestKit.FullScale || secondCuts > 0, "some recoveries wrote to the flash");
        }

        // Flash operations the recovery mount of this image does (0 when it only reads).
        private static int RecoveryOperations(int sectorSize, int sectors, byte[] image)
        {
            VirtualFlash probe = new VirtualFlash(sectorSize, sectors);
            probe.LoadImage(image);
            new RecordStore(probe).Mount();
            return probe.OperationCount;
        }

        private static void CutDuringMount(VirtualFlash flash, int operation)
        {
            flash.CutPowerAtOperation(operation);
            bool cut = false;
            try
            {
                new RecordStore(flash).Mount();
            }
            catch (PowerCutException)
            {
                cut = true;
            }

            Assert.IsTrue(cut, "the recovery mount reaches operation " + operation);
            flash.PowerOn();
        }

        /// <summary>Random keys and record sizes on a small store, cut at one operation, with the oracle of what was committed.</summary>
        private sealed class SmallStoreRun
        {
            private readonly int _keys;
            private readonly byte[][] _committed;
            private int _inFlightKey = -1;
            private byte[] _inFlightValue;

            public SmallStoreRun(int sectorSize, int sectors, int cutAt)
            {
                Flash = new VirtualFlash(sectorSize, sectors, cutAt);
                RecordStore store = StoreTestKit.Mounted(Flash);
                int max = store.MaxPayloadLength;
                _keys = (sectorSize * (sectors - 1)) / (4 * (16 + (max / 2)));
                _keys = _keys < 2 ? 2 : _keys;
                _committed = new byte[_keys][];
                DeterministicRandom random = new DeterministicRandom((sectorSize * 7) + sectors);
                Flash.CutPowerAtOperation(cutAt);
                try
                {
                    for (int step = 0; step < 100000; step++)
                    {
                        int key = random.Next(_keys);
                        byte[] value = new byte[random.Next(4) == 0 ? max : random.Next(max + 1)];
                        random.NextBytes(value, 0, value.Length);
                        _inFlightKey = key;
                        _inFlightValue = value;
                        try
                        {
                            store.Write((ushort)key, value, 0, value.Length);
                            _committed[key] = value;
                        }
                        catch (StoreFullException)
                        {
                        }

                        _inFlightKey = -1;
                    }

                    Assert.IsTrue(false, "the workload reaches operation " + cutAt);
                }
                catch (PowerCutException)
                {
                }

                Flash.PowerOn();
            }

            public VirtualFlash Flash { get; }

            public void Verify(VirtualFlash flash, string context)
            {
                RecordStore store = new RecordStore(flash);
                PowerCutProofTests.AssertRecovered(store.Mount(), context);
                for (int k = 0; k < _keys; k++)
                {
                    byte[] found = StoreTestKit.Read(store, (ushort)k);
                    bool old = found == null ? _committed[k] == null : StoreTestKit.SameBytes(_committed[k], found);
                    bool landed = k == _inFlightKey && StoreTestKit.SameBytes(_inFlightValue, found);
                    Assert.IsTrue(old || landed, context + ": key " + k);
                }

                for (int i = 0; i < 20; i++)
                {
                    store.Write((ushort)(i % _keys), new byte[8], 0, 8);
                }
            }
        }
    }
}
