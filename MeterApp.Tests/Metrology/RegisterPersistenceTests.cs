using System;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Storage;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class RegisterPersistenceTests
    {
        private const int SampleRate = 4096;
        private const int FrameSamples = 82;

        [TestMethod]
        public void RegistersSurviveARestartWithTheirRemainders()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
            RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(flash), registers, 2);
            Assert.IsFalse(persistence.Restore());
            for (int k = 0; k < 5000; k++)
            {
                registers.Add(Active(k), Reactive(k), FrameSamples);
                if (persistence.Update())
                {
                    persistence.WritePending();
                }
            }

            persistence.Flush();
            EnergyRegisters restored = new EnergyRegisters(SampleRate, 1000);
            Assert.IsTrue(new RegisterPersistence(StoreTestKit.Mounted(flash), restored, 2).Restore());
            for (int r = 0; r < 4; r++)
            {
                Assert.AreEqual(registers[r].Units, restored[r].Units, "register " + r);
                Assert.AreEqual(registers[r].Remainder, restored[r].Remainder, "register " + r);
                Assert.IsTrue(registers[r].Units > 0, "register " + r + " moved");
            }
        }

        [TestMethod]
        public void WritesOncePerStepNotPerFrame()
        {
            // 3.6 kW: 1 Wh per second; two steps per unit: two writes a second, not one per frame.
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
            RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(new VirtualFlash(4096, 3)), registers, 2);
            persistence.Restore();
            for (int k = 0; k < 100 * 64; k++)
            {
                registers.Add(3600000000L, 0, SampleRate / 64);
                persistence.Update();
                persistence.WritePending();
            }

            Assert.AreEqual(100L, registers.ActiveImport.Units);
            Assert.AreEqual(200, persistence.Publications);
            Assert.AreEqual(200L, persistence.Writes);
            persistence.Flush();
            Assert.AreEqual(200L, persistence.Writes, "nothing moved since the last write");
        }

        [TestMethod]
        public void RestoreRefusesAnotherScalingOrVersion()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
            RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(flash), registers, 2);
            registers.Add(1000000, 0, FrameSamples);
            persistence.Flush();
            Assert.ThrowsException(typeof(InvalidOperationException), () => new RegisterPersistence(StoreTestKit.Mounted(flash), new EnergyRegisters(SampleRate, 100), 2).Restore());
            Assert.ThrowsException(typeof(InvalidOperationException), () => new RegisterPersistence(StoreTestKit.Mounted(flash), new EnergyRegisters(4000, 1000), 2).Restore());

            byte[] record = new byte[RegisterRecord.Length];
            RegisterRecord.Encode(registers, record, 0);
            EnergyRegisters target = new EnergyRegisters(SampleRate, 1000);
            record[0] = 2;
            Assert.ThrowsException(typeof(InvalidOperationException), () => RegisterRecord.Decode(record, 0, record.Length, target));
            record[0] = RegisterRecord.Version;
            Assert.ThrowsException(typeof(InvalidOperationException), () => RegisterRecord.Decode(record, 0, record.Length - 1, target));
            record[12 + 7] = 0x80; // A+ units negative
            Assert.ThrowsException(typeof(InvalidOperationException), () => RegisterRecord.Decode(record, 0, record.Length, target));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => RegisterRecord.Decode(record, 1, record.Length, target));
            Assert.AreEqual(0L, target.ActiveImport.Units, "a refused record changes nothing");
        }

        [TestMethod]
        public void BitRotInTheNewestRecordIsReportedNotReplacedByAnOlderValue()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = StoreTestKit.Mounted(flash);
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
            RegisterPersistence persistence = new RegisterPersistence(store, registers, 2);
            registers.Add(1000000000L, 0, SampleRate);
            persistence.Flush();
            registers.Add(2000000000L, 0, SampleRate);
            persistence.Flush();
            store.Write(0xF000, new byte[40], 0, 40); // a later record: the registers' is not the torn tail

            byte[] record = new byte[RegisterRecord.Length];
            RegisterRecord.Encode(registers, record, 0);
            byte[] image = flash.GetImage();
            int at = Find(image, record);
            Assert.IsTrue(at >= 0, "the newest register record is on flash");
            image[at + 20] ^= 0x01;
            flash.LoadImage(image);

            RegisterPersistence restarted = new RegisterPersistence(StoreTestKit.Mounted(flash), new EnergyRegisters(SampleRate, 1000), 2);
            Assert.ThrowsException(typeof(StoreCorruptException), () => restarted.Restore());
        }

        [TestMethod]
        public void TheKeyHasOneOwnerPerStore()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 3));
            new RegisterPersistence(store, new EnergyRegisters(SampleRate, 1000), 2);
            Assert.ThrowsException(typeof(InvalidOperationException), () => new RegisterPersistence(store, new EnergyRegisters(SampleRate, 1000), 2));
        }

        [TestMethod]
        public void EveryCutPointRestoresADurableSnapshotLosingLessThanOneUnit()
        {
            ProveEveryCutPoint(TearMode.None);
            ProveEveryCutPoint(TearMode.Partial);
            ProveEveryCutPoint(TearMode.Scattered);
        }

        private static void ProveEveryCutPoint(TearMode mode)
        {
            // Small sectors so that compactions fall inside the window; 20 kW frames so a snapshot
            // is published every few frames. The writer (the storage task's side) runs only every
            // third frame, as a writer delayed by another task's store work would, so some
            // snapshots are superseded before they are written. After the cut the meter restarts
            // and runs on, so later cut points also cover a restored meter.
            int window = StoreTestKit.Scaled(400, 30);
            for (int cut = 1; cut <= window; cut++)
            {
                VirtualFlash flash = new VirtualFlash(1024, 3, cut);
                flash.TearMode = mode;
                EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
                RegisterPersistence persistence = new RegisterPersistence(StoreTestKit.Mounted(flash), registers, 2);
                persistence.Restore();
                long[] durable = new long[4];
                long[] published = new long[4];
                long[] writing = new long[4];
                flash.CutPowerAtOperation(cut);
                int frame = 0;
                try
                {
                    while (true)
                    {
                        registers.Add(Active(frame) * 8, Reactive(frame) * 8, FrameSamples);
                        frame++;
                        if (persistence.Update())
                        {
                            Snapshot(registers, published);
                        }

                        if (frame % 3 == 0)
                        {
                            // The write takes the newest snapshot: if the cut tears it, the store holds this one or the last durable one.
                            Array.Copy(published, writing, 4);
                            if (persistence.WritePending())
                            {
                                Array.Copy(writing, durable, 4);
                            }
                        }
                    }
                }
                catch (PowerCutException)
                {
                }

                flash.PowerOn();
                string context = "cut at operation " + cut + " (" + mode + ")";
                EnergyRegisters restored = new EnergyRegisters(SampleRate, 1000);
                RegisterPersistence again = new RegisterPersistence(StoreTestKit.Mounted(flash), restored, 2);
                again.Restore();
                bool isDurable = true;
                bool isWriting = true;
                for (int r = 0; r < 4; r++)
                {
                    isDurable &= Fine(restored[r]) == durable[r];
                    isWriting &= Fine(restored[r]) == writing[r];
                }

                Assert.IsTrue(isDurable || isWriting, context + ": the restored registers are the last durable snapshot or the one being written");
                for (int r = 0; r < 4; r++)
                {
                    long truth = Fine(registers[r]);
                    long back = Fine(restored[r]);
                    Assert.IsTrue(back >= durable[r], context + ": register " + r + " went below its last durable value");
                    Assert.IsTrue(back <= truth, context + ": register " + r + " is above the true energy");
                    Assert.IsTrue(truth - back < registers[r].UnitSize, context + ": register " + r + " lost a unit or more");
                }

                // The restarted meter persists again, and a second restart agrees with it.
                restored.Add(1000000000L, 0, FrameSamples);
                again.Flush();
                EnergyRegisters second = new EnergyRegisters(SampleRate, 1000);
                new RegisterPersistence(StoreTestKit.Mounted(flash), second, 2).Restore();
                for (int r = 0; r < 4; r++)
                {
                    Assert.AreEqual(Fine(restored[r]), Fine(second[r]), context + ": second restart, register " + r);
                }
            }
        }

        private static int Find(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                int j = 0;
                while (j < needle.Length && haystack[i + j] == needle[j])
                {
                    j++;
                }

                if (j == needle.Length)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void Snapshot(EnergyRegisters registers, long[] into)
        {
            for (int r = 0; r < 4; r++)
            {
                into[r] = Fine(registers[r]);
            }
        }

        private static long Fine(EnergyRegister register)
        {
            return (register.Units * register.UnitSize) + register.Remainder;
        }

        /// <summary>Import most of the time, export one frame in five; reactive changes sign every 7 frames.</summary>
        private static long Active(int k)
        {
            return k % 5 == 4 ? -1700000000L : 2300000000L + ((k % 11) * 1000L);
        }

        private static long Reactive(int k)
        {
            return (k / 7) % 2 == 0 ? 900000000L : -600000000L;
        }
    }
}
