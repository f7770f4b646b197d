using System.Threading;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class RegisterHandoffTests
    {
        private const int SampleRate = 4096;

        [TestMethod]
        public void TheTakerGetsOnlyTheNewestSnapshotAndEachOnlyOnce()
        {
            RegisterHandoff handoff = new RegisterHandoff();
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1);
            Assert.IsNull(handoff.TakeLatest(), "nothing published yet");
            Assert.IsFalse(handoff.WaitForPublication(0));

            for (int k = 1; k <= 3; k++)
            {
                registers.Add(3600000000L, 0, SampleRate); // 1 Wh = 1000 units of 1 mWh
                handoff.Publish(registers);
            }

            Assert.IsTrue(handoff.WaitForPublication(0));
            Assert.AreEqual(3000L, DecodeActiveImport(handoff.TakeLatest()), "older snapshots are superseded, not queued");
            Assert.IsNull(handoff.TakeLatest(), "taken once");

            registers.Add(3600000000L, 0, SampleRate);
            handoff.Publish(registers);
            Assert.AreEqual(4000L, DecodeActiveImport(handoff.TakeLatest()));
            Assert.AreEqual(4, handoff.Publications);
        }

        [TestMethod]
        public void AConcurrentTakerNeverSeesATornOrOlderSnapshot()
        {
            // The publisher keeps A+ and R+ equal in every snapshot; the taker checks they still
            // are (no torn buffer) and that A+ never goes down (never an older snapshot).
            RegisterHandoff handoff = new RegisterHandoff();
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1);
            const int Publications = 20000;
            bool done = false;
            Thread publisher = new Thread(() =>
            {
                for (int k = 0; k < Publications; k++)
                {
                    registers.Add(3600000L, 3600000L, SampleRate); // 1 unit each
                    handoff.Publish(registers);
                }

                done = true;
            });
            publisher.Start();

            long last = -1;
            int taken = 0;
            string problem = null;
            while (problem == null)
            {
                bool finished = done;
                byte[] snapshot = handoff.TakeLatest();
                if (snapshot != null)
                {
                    EnergyRegisters copy = new EnergyRegisters(SampleRate, 1);
                    RegisterRecord.Decode(snapshot, 0, snapshot.Length, copy);
                    long active = copy.ActiveImport.Units;
                    if (active != copy.ReactiveImport.Units)
                    {
                        problem = "torn snapshot: A+ " + active.ToString() + ", R+ " + copy.ReactiveImport.Units.ToString();
                    }
                    else if (active <= last)
                    {
                        problem = "went back from " + last.ToString() + " to " + active.ToString();
                    }

                    last = active;
                    taken++;
                }
                else if (finished)
                {
                    break;
                }
            }

            publisher.Join();
            Assert.IsNull(problem, problem);
            Assert.AreEqual((long)Publications, last, "the last snapshot is always delivered");
            Assert.IsTrue(taken > 1, "taken " + taken.ToString());
        }

        private static long DecodeActiveImport(byte[] snapshot)
        {
            Assert.IsNotNull(snapshot);
            EnergyRegisters copy = new EnergyRegisters(SampleRate, 1);
            RegisterRecord.Decode(snapshot, 0, snapshot.Length, copy);
            return copy.ActiveImport.Units;
        }
    }
}
