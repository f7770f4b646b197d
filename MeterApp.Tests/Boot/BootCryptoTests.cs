using Meter.Events;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Storage;
using Meter.Tests.Crypto;
using Meter.Tests.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Boot
{
    /// <summary>First boot provisions the device key pairs; later boots open the same ones; the console shows them and reruns the self-test.</summary>
    [TestClass]
    public class BootCryptoTests
    {
        [TestMethod]
        public void FirstBootGeneratesDeviceKeysAndARestartKeepsThem()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter first = RunningMeter.Boot(flash, true);
            Assert.IsNull(first.App.Crypto.Keys, "nothing runs before the tasks start");
            first.App.Crypto.Initialize();
            Assert.IsTrue(first.App.Crypto.Health.IsOperational, first.App.Crypto.Health.Failure);
            Assert.AreEqual(DeviceKeySlots.Count, first.App.Crypto.DeviceKeys.Generated);
            string[] keys = PublicKeys(first.App.Crypto.DeviceKeys);

            RunningMeter second = RunningMeter.Boot(flash, true);
            second.App.Crypto.Initialize();
            Assert.AreEqual(0, second.App.Crypto.DeviceKeys.Generated);
            string[] reopened = PublicKeys(second.App.Crypto.DeviceKeys);
            for (int i = 0; i < keys.Length; i++)
            {
                Assert.AreEqual(keys[i], reopened[i], "slot " + (i + 1));
                for (int j = i + 1; j < keys.Length; j++)
                {
                    Assert.AreNotEqual(keys[i].Substring(0, 64), keys[j].Substring(0, 64));
                }
            }

            Assert.AreEqual(1, Count(second.App.Events.ReadLatest(20), EventCode.DeviceKeysGenerated));
        }

        [TestMethod]
        public void DamagedDeviceKeyIsLoggedNotReplaced()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter.Boot(flash, true).App.Crypto.Initialize();
            RecordStore store = StoreTestKit.Mounted(flash);
            byte[] record = new byte[store.MaxPayloadLength];
            int length = store.Read((ushort)(RecordKeys.KeyMaterialFirst + DeviceKeySlots.SigningP384), record, 0);
            record[length - 1] ^= 0x01;
            store.Write((ushort)(RecordKeys.KeyMaterialFirst + DeviceKeySlots.SigningP384), record, 0, length);

            RunningMeter meter = RunningMeter.Boot(flash, true);
            meter.App.Crypto.Initialize();
            Assert.IsTrue(meter.App.Crypto.DeviceKeys.IsDamaged(DeviceKeySlots.SigningP384));
            Assert.IsNull(meter.App.Crypto.DeviceKeys.Get(DeviceKeySlots.SigningP384));
            Assert.IsNotNull(meter.App.Crypto.DeviceKeys.Get(DeviceKeySlots.SigningP256));
            Assert.AreEqual(0, meter.App.Crypto.DeviceKeys.Generated);
            Assert.AreEqual(1, Count(meter.App.Events.ReadLatest(20), EventCode.NvMemoryError));
        }

        [TestMethod]
        public void ConsoleShowsProvidersKeysAndRunsTheSelfTest()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter meter = RunningMeter.Boot(flash);
            meter.App.Start();
            try
            {
                string crypto = meter.Ask("crypto", "key 4");
                Assert.Contains("ECDSA P-384   managed", crypto);
                Assert.Contains("state         operational", crypto);
                byte[] publicKey = CryptoRig.PublicKeyOf(meter.App.Crypto.DeviceKeys.Get(DeviceKeySlots.AgreementP256));
                Assert.Contains("X=" + Hex.Format(publicKey).Substring(0, 16).ToUpper(), crypto);

                string selfTest = meter.Ask("selftest", "self-test passed");
                Assert.Contains("AES-GCM       pass  managed", selfTest);
                Assert.Contains("self-test passed", selfTest);
            }
            finally
            {
                meter.App.Stop();
            }
        }

        private static string[] PublicKeys(DeviceKeys keys)
        {
            string[] result = new string[DeviceKeySlots.Count];
            for (ushort slot = 1; slot <= DeviceKeySlots.Count; slot++)
            {
                KeyHandle key = keys.Get(slot);
                result[slot - 1] = Hex.Format(CryptoRig.PublicKeyOf(key));
            }

            return result;
        }

        private static int Count(MeterEvent[] events, ushort code)
        {
            int count = 0;
            for (int i = 0; i < events.Length; i++)
            {
                if (events[i].Code == code)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
