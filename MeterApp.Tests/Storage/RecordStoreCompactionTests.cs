using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    [TestClass]
    public class RecordStoreCompactionTests
    {
        [TestMethod]
        public void ManyRoundsOverEverySectorKeepEveryValueAndSpreadWear()
        {
            const int Sectors = 8;
            VirtualFlash flash = new VirtualFlash(4096, Sectors);
            RecordStore store = StoreTestKit.Mounted(flash);

            // Static values written once (calibration, keys) must survive being carried along.
            for (ushort k = 0; k < 10; k++)
            {
                StoreTestKit.Write(store, (ushort)(0x300 + k), StoreTestKit.Payload((ushort)(0x300 + k), 1, 200));
            }

            int[] versions = new int[40];
            DeterministicRandom random = new DeterministicRandom(11);
            int writes = StoreTestKit.Scaled(12000, 3000);
            for (int i = 0; i < writes; i++)
            {
                int k = random.Next(versions.Length);
                versions[k]++;
                StoreTestKit.Write(store, (ushort)k, StoreTestKit.Payload((ushort)k, versions[k], 8 + (k % 24)));
                if (i == writes / 4 || i == writes / 2)
                {
                    store = StoreTestKit.Mounted(flash);
                }
            }

            StoreHealth health = store.GetHealth();
            Assert.IsTrue(health.Compactions > 10, "compactions since the last restart: " + health.Compactions);
            Assert.AreEqual(1, health.SectorsErased, "one spare sector");
            Assert.IsTrue(health.EraseCountMax - health.EraseCountMin <= 1, "wear spread: " + health);

            int min = int.MaxValue;
            int max = 0;
            for (int s = 0; s < Sectors; s++)
            {
                int erases = flash.GetEraseCount(s);
                min = erases < min ? erases : min;
                max = erases > max ? erases : max;
            }

            Assert.IsTrue(min >= 1, "every sector was erased, least " + min);
            Assert.IsTrue(max - min <= 1, "ring rotation keeps erase counts level: " + min + ".." + max);

            RecordStore restarted = StoreTestKit.Mounted(flash);
            Assert.IsTrue(restarted.GetHealth().LastMount.IsClean);
            for (int k = 0; k < versions.Length; k++)
            {
                byte[] expected = versions[k] == 0 ? null : StoreTestKit.Payload((ushort)k, versions[k], 8 + (k % 24));
                byte[] actual = StoreTestKit.Read(restarted, (ushort)k);
                Assert.IsTrue(expected == null ? actual == null : StoreTestKit.SameBytes(expected, actual), "key " + k);
            }

            for (ushort k = 0; k < 10; k++)
            {
                Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)(0x300 + k), 1, 200), StoreTestKit.Read(restarted, (ushort)(0x300 + k))));
            }
        }

        [TestMethod]
        public void TwoSectorsAreEnough()
        {
            VirtualFlash flash = new VirtualFlash(1024, 2);
            RecordStore store = StoreTestKit.Mounted(flash);
            for (int i = 0; i < 500; i++)
            {
                StoreTestKit.Write(store, (ushort)(i % 5), StoreTestKit.Payload((ushort)(i % 5), i, 20));
            }

            RecordStore restarted = StoreTestKit.Mounted(flash);
            for (int k = 0; k < 5; k++)
            {
                Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload((ushort)k, 495 + k, 20), StoreTestKit.Read(restarted, (ushort)k)), "key " + k);
            }

            Assert.IsTrue(flash.GetEraseCount(0) > 10 && flash.GetEraseCount(1) > 10, "both sectors rotate");
        }

        [TestMethod]
        public void NearlyFullStoresStillCompactToMakeRoom()
        {
            VirtualFlash flash = new VirtualFlash(1024, 4);
            RecordStore store = StoreTestKit.Mounted(flash);

            // About two thirds of the three data sectors are live; rewrites force compactions that
            // must look past sectors that do not free enough.
            for (ushort k = 0; k < 14; k++)
            {
                StoreTestKit.Write(store, k, StoreTestKit.Payload(k, 0, 120));
            }

            for (int i = 0; i < 400; i++)
            {
                ushort k = (ushort)((i * 5) % 14);
                StoreTestKit.Write(store, k, StoreTestKit.Payload(k, i + 1, 120));
            }

            RecordStore restarted = StoreTestKit.Mounted(flash);
            for (int i = 386; i < 400; i++)
            {
                ushort k = (ushort)((i * 5) % 14);
                Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(k, i + 1, 120), StoreTestKit.Read(restarted, k)), "key " + k);
            }
        }
    }
}
