using System.Threading;
using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    [TestClass]
    public class RecordStoreConcurrencyTests
    {
        private const int Writers = 4;
        private const int WritesEach = 300;

        [TestMethod]
        public void SeveralTasksWriteThroughOneStore()
        {
            VirtualFlash flash = new VirtualFlash(1024, 6);
            RecordStore store = StoreTestKit.Mounted(flash);
            ManualResetEvent startGate = new ManualResetEvent(false);
            Thread[] threads = new Thread[Writers];
            bool[] failed = new bool[Writers];
            for (int t = 0; t < Writers; t++)
            {
                int id = t;
                threads[t] = new Thread(() =>
                {
                    try
                    {
                        // All writers wait here, so their writes and compactions really contend.
                        startGate.WaitOne();
                        for (int i = 1; i <= WritesEach; i++)
                        {
                            ushort key = (ushort)((id * 10) + (i % 3));
                            StoreTestKit.Write(store, key, StoreTestKit.Payload(key, i, 20));
                            byte[] back = StoreTestKit.Read(store, key);
                            if (!StoreTestKit.SameBytes(StoreTestKit.Payload(key, i, 20), back))
                            {
                                failed[id] = true;
                            }
                        }
                    }
                    catch (System.Exception)
                    {
                        failed[id] = true;
                    }
                });
                threads[t].Start();
            }

            startGate.Set();
            for (int t = 0; t < Writers; t++)
            {
                threads[t].Join();
                Assert.IsFalse(failed[t], "writer " + t + " saw its own writes");
            }

            RecordStore restarted = StoreTestKit.Mounted(flash);
            Assert.IsTrue(restarted.GetHealth().LastMount.IsClean);
            for (int t = 0; t < Writers; t++)
            {
                for (int i = WritesEach - 2; i <= WritesEach; i++)
                {
                    ushort key = (ushort)((t * 10) + (i % 3));
                    Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(key, i, 20), StoreTestKit.Read(restarted, key)), "key " + key);
                }
            }

            Assert.IsTrue(store.GetHealth().Compactions > 0, "the writers forced compactions");
        }
    }
}
