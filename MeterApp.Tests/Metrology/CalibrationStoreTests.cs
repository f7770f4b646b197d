using System;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Storage;
using Meter.Tests.SerialConsole;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class CalibrationStoreTests
    {
        private static Calibration WithCurrentGain(int gain)
        {
            return new Calibration(Calibration.UnityGain, gain, Calibration.UnityGain, 0, 0, 0);
        }

        [TestMethod]
        public void AbsentRecordLoadsUnityWithoutProblem()
        {
            CalibrationStore store = new CalibrationStore(StoreTestKit.Mounted(new VirtualFlash(4096, 3)), new RecordingEvents());
            Assert.AreSame(Calibration.Unity, store.Load());
            Assert.IsNull(store.LoadProblem);
            Assert.AreEqual(0L, store.ChangeCount);
        }

        [TestMethod]
        public void ChangeIsPersistedCountedLoggedAndSurvivesARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            RecordingEvents events = new RecordingEvents();
            CalibrationStore store = new CalibrationStore(StoreTestKit.Mounted(flash), events);
            store.Load();
            int gain = (int)(Calibration.UnityGain + (Calibration.UnityGain / 100L));
            Assert.AreEqual(1, store.Change(WithCurrentGain(gain), "console"));
            Assert.AreEqual(1L, store.ChangeCount);
            Assert.AreEqual(1, events.Codes.Count);
            Assert.AreEqual((int)EventCode.CalibrationChanged, (int)events.Codes[0]);
            Assert.AreEqual("iG 1.000000->1.010000 by console", (string)events.Details[0]);

            Calibration both = new Calibration(Calibration.UnityGain, gain, Calibration.UnityGain, 0, 0, -8727);
            Assert.AreEqual(1, store.Change(both, "console"), "only the phase changed");
            Assert.AreEqual("ph 0.0000->-0.5000 by console", (string)events.Details[1]);
            Assert.AreEqual(0, store.Change(both, "console"), "no change, nothing written");
            Assert.AreEqual(2L, store.ChangeCount);

            CalibrationStore restarted = new CalibrationStore(StoreTestKit.Mounted(flash), new RecordingEvents());
            Calibration loaded = restarted.Load();
            Assert.IsNull(restarted.LoadProblem);
            Assert.AreEqual(gain, loaded.CurrentGain);
            Assert.AreEqual(-8727, loaded.PhaseMicroradians);
            Assert.AreEqual(2L, restarted.ChangeCount);
        }

        [TestMethod]
        public void InvalidRecordLoadsUnityAndSaysSo()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            RecordStore records = StoreTestKit.Mounted(flash);
            byte[] bad = new byte[CalibrationRecord.Size];
            CalibrationRecord.Encode(WithCurrentGain(Calibration.UnityGain + 100), bad, 0);
            bad[0] = 9;
            records.Write(RecordKeys.Calibration, bad, 0, bad.Length);
            CalibrationStore store = new CalibrationStore(StoreTestKit.Mounted(flash), new RecordingEvents());
            Assert.AreSame(Calibration.Unity, store.Load());
            Assert.IsNotNull(store.LoadProblem);
        }

        [TestMethod]
        public void CorruptRecordLoadsUnityAndSaysSo()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            RecordStore records = StoreTestKit.Mounted(flash);
            CalibrationStore first = new CalibrationStore(records, new RecordingEvents());
            first.Load();
            first.Change(WithCurrentGain(Calibration.UnityGain + 1000), "test");

            // A record written after it, so the damage is corruption, not a torn last write.
            records.Write(RecordKeys.TestFirst, new byte[4], 0, 4);
            FlipPayloadBit(flash, RecordKeys.Calibration, CalibrationRecord.Size);

            CalibrationStore store = new CalibrationStore(StoreTestKit.Mounted(flash), new RecordingEvents());
            Assert.AreSame(Calibration.Unity, store.Load());
            Assert.AreEqual("calibration record corrupt, using unity", store.LoadProblem);
        }

        [TestMethod]
        public void CorruptChangeCounterRefusesChanges()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            CalibrationStore first = new CalibrationStore(StoreTestKit.Mounted(flash), new RecordingEvents());
            first.Load();
            first.Change(WithCurrentGain(Calibration.UnityGain + 1000), "test");
            FlipPayloadBit(flash, RecordKeys.CalibrationChangeCount, 8);

            RecordingEvents events = new RecordingEvents();
            CalibrationStore store = new CalibrationStore(StoreTestKit.Mounted(flash), events);
            store.Load();
            Assert.AreEqual(-1L, store.ChangeCount);
            Assert.ThrowsException(typeof(StoreCorruptException), () => store.Change(WithCurrentGain(Calibration.UnityGain + 2000), "test"));
            Assert.AreEqual(Calibration.UnityGain + 1000, store.Current.CurrentGain);
            Assert.AreEqual(0, events.Codes.Count);
        }

        // Flips a payload bit of the newest record of key (16-byte record header: key, length, ...).
        private static void FlipPayloadBit(VirtualFlash flash, ushort key, int length)
        {
            byte[] image = flash.GetImage();
            int at = -1;
            for (int i = 0; i + 16 + length <= image.Length; i += 4)
            {
                if (image[i] == (byte)(key & 0xFF) && image[i + 1] == (byte)(key >> 8) && image[i + 2] == (byte)length && image[i + 3] == 0)
                {
                    at = i;
                }
            }

            Assert.IsTrue(at >= 0, "record found");
            image[at + 16] ^= 0x02;
            flash.LoadImage(image);
        }

        [TestMethod]
        public void OutOfRangeChangeLeavesEverythingUntouched()
        {
            VirtualFlash flash = new VirtualFlash(4096, 3);
            RecordingEvents events = new RecordingEvents();
            CalibrationStore store = new CalibrationStore(StoreTestKit.Mounted(flash), events);
            store.Load();
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => store.Change(WithCurrentGain(Calibration.UnityGain / 2), "console"));
            Assert.AreSame(Calibration.Unity, store.Current);
            Assert.AreEqual(0L, store.ChangeCount);
            Assert.AreEqual(0, events.Codes.Count);
            Assert.IsFalse(StoreTestKit.Mounted(flash).Contains(RecordKeys.Calibration));
        }
    }
}
