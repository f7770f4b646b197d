using System.Threading;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Tests.Crypto;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Crypto
{
    /// <summary>
    /// One key used from several threads at once, each with its own KeyOperations (every DLMS
    /// session and the push task cipher under the EK): every suite 0 round trip still verifies.
    /// The DLMS fuzz run found answers whose tag did not verify when two sessions shared the key's
    /// cached GCM engine without a lock.
    /// </summary>
    [TestClass]
    public class KeyOperationsConcurrencyTests
    {
        [TestMethod]
        public void FourThreadsCipheringUnderOneKeyAllVerify()
        {
            CryptoRig rig = CryptoRig.Create(7);
            KeyHandle ek = rig.Keys.Generate(20, KeyType.Aes128, KeyUsage.Encryption);
            KeyHandle ak = rig.Keys.Generate(21, KeyType.Aes128, KeyUsage.Authentication);
            byte[] title = { 1, 2, 3, 4, 5, 6, 7, 8 };
            int failures = 0;
            Thread[] threads = new Thread[4];
            for (int t = 0; t < threads.Length; t++)
            {
                int seed = t;
                threads[t] = new Thread(() =>
                {
                    KeyOperations operations = new KeyOperations(rig.Providers, rig.Keys, rig.Health);
                    byte[] data = new byte[64];
                    byte[] sealedData = new byte[64];
                    byte[] opened = new byte[64];
                    byte[] tag = new byte[KeyOperations.DlmsTagLength];
                    for (int i = 0; i < 2000; i++)
                    {
                        data[0] = (byte)seed;
                        data[1] = (byte)i;
                        uint counter = (uint)((seed << 20) + i);
                        operations.EncryptDlms(ek, ak, 0x30, title, 0, counter, data, 0, data.Length, sealedData, 0, tag, 0);
                        if (!operations.DecryptDlms(ek, ak, 0x30, title, 0, counter, sealedData, 0, sealedData.Length, opened, 0, tag, 0) || opened[0] != seed || opened[1] != (byte)i)
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                });
                threads[t].Start();
            }

            foreach (Thread thread in threads)
            {
                Assert.IsTrue(thread.Join(60000));
            }

            Assert.AreEqual(0, failures);
        }
    }
}
