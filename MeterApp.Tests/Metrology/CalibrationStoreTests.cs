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
