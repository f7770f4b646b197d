using System;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.Storage;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Boot
{
    /// <summary>Boot measures with the stored calibration, and reports an unusable one instead of silently using unity.</summary>
    [TestClass]
    public class BootCalibrationTests
    {
        [TestMethod]
        public void AChangedCalibrationIsUsedAfterARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            RunningMeter first = RunningMeter.Boot(flash, true);
            Assert.AreSame(Calibration.Unity, first.App.Metrology.Calibration);
            Calibration next = new Calibration(Calibration.UnityGain, Calibration.UnityGain, Calibration.UnityGain, 0, 0, -8727);
            first.App.MeterMetrology.CalibrationStore.Change(next, "test");

            RunningMeter second = RunningMeter.Boot(flash, true);
            Assert.AreEqual(-8727, second.App.Metrology.Calibration.PhaseMicroradians);
            Assert.AreEqual(1L, second.App.MeterMetrology.CalibrationStore.ChangeCount);
            Assert.IsTrue(Find(second.App.Events.ReadLatest(10), EventCode.CalibrationChanged, "ph 0.0000->-0.5000 by test"));
        }

        [TestMethod]
        public void AnInvalidCalibrationRecordBootsWithUnityAndIsLogged()
        {
            VirtualFlash flash = new VirtualFlash(4096, 16);
            byte[] bad = new byte[CalibrationRecord.Size];
            CalibrationRecord.Encode(Calibration.Unity, bad, 0);
            bad[5] = 0x7F;
            StoreTestKit.Mounted(flash).Write(RecordKeys.Calibration, bad, 0, bad.Length);

            RunningMeter meter = RunningMeter.Boot(flash, true);
            Assert.AreSame(Calibration.Unity, meter.App.Metrology.Calibration);
            Assert.IsTrue(Find(meter.App.Events.ReadLatest(10), EventCode.NvMemoryError, "calibration record invalid, using unity"));
        }

        private static bool Find(MeterEvent[] events, ushort code, string details)
        {
            for (int i = 0; i < events.Length; i++)
            {
                if (events[i].Code == code && events[i].Details == details)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
