using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>
    /// A reference run of <see cref="MeterWorkload"/> from a blank flash, cut into segments: after
    /// every <c>interval</c> flash operations (at the end of a step) the meter restarts (a fresh
    /// store mounts, which writes nothing on a clean flash) and the flash image and the workload
    /// are saved. Operation n of the reference run is then reached from the last checkpoint
    /// before it in at most <c>interval</c> operations instead of n, which makes proving every
    /// cut point linear instead of quadratic. The restarts are part of the reference run, so a
    /// replay from a checkpoint repeats it exactly.
    /// </summary>
    public sealed class WorkloadCheckpoints
    {
        private readonly int _sectorSize;
        private readonly int _sectors;
        private readonly int[] _operations;
        private readonly byte[][] _images;
        private readonly MeterWorkload[] _workloads;
        private readonly int _count;

        private WorkloadCheckpoints(int sectorSize, int sectors, int[] operations, byte[][] images, MeterWorkload[] workloads, int count)
        {
            _sectorSize = sectorSize;
            _sectors = sectors;
            _operations = operations;
            _images = images;
            _workloads = workloads;
            _count = count;
        }

        /// <summary>Runs the workload until it has done at least <paramref name="operations"/> flash operations.</summary>
        public static WorkloadCheckpoints Record(int sectorSize, int sectors, int seed, int operations, int interval)
        {
            int capacity = (operations / interval) + 2;
            int[] at = new int[capacity];
            byte[][] images = new byte[capacity][];
            MeterWorkload[] workloads = new MeterWorkload[capacity];
            VirtualFlash flash = new VirtualFlash(sectorSize, sectors);
            MeterWorkload workload = new MeterWorkload(seed);
            int count = 0;
            while (true)
            {
                at[count] = flash.OperationCount;
                images[count] = flash.GetImage();
                workloads[count] = workload.Clone();
                count++;
                if (flash.OperationCount >= operations)
                {
                    break;
                }

                MeterWorkload.Session session = workload.Open(StoreTestKit.Mounted(flash));
                Assert.AreEqual(at[count - 1], flash.OperationCount, "mounting at a checkpoint writes nothing");
                int next = at[count - 1] + interval;
                while (flash.OperationCount < next)
                {
                    workload.Run(session, 1);
                }
            }

            return new WorkloadCheckpoints(sectorSize, sectors, at, images, workloads, count);
        }

        /// <summary>
        /// Replays the reference run on a new flash (tear seed <paramref name="tearSeed"/>, tear
        /// mode <paramref name="mode"/>) up to operation <paramref name="cutAt"/>, which the power
        /// cut interrupts. Returns the flash, powered on again, and the workload left with the
        /// interrupted step in flight.
        /// </summary>
        public VirtualFlash ReplayUntilCut(int cutAt, int tearSeed, TearMode mode, out MeterWorkload workload)
        {
            int c = _count - 1;
            while (c > 0 && _operations[c] >= cutAt)
            {
                c--;
            }

            VirtualFlash flash = new VirtualFlash(_sectorSize, _sectors, tearSeed);
            flash.TearMode = mode;
            flash.LoadImage(_images[c]);
            workload = _workloads[c].Clone();
            MeterWorkload.Session session = workload.Open(StoreTestKit.Mounted(flash));
            flash.CutPowerAtOperation(cutAt - _operations[c]);
            bool cut = false;
            try
            {
                workload.Run(session, 1000000);
            }
            catch (PowerCutException)
            {
                cut = true;
            }

            Assert.IsTrue(cut, "the workload reaches operation " + cutAt);
            flash.PowerOn();
            return flash;
        }
    }
}
