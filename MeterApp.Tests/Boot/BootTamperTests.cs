using Meter.Events;
using Meter.Hal.Io;
using Meter.Hal.Virtual;
using Meter.Tamper;
using nanoFramework.TestFramework;

namespace Meter.Tests.Boot
{
    [TestClass]
    public class BootTamperTests
    {
        [TestMethod]
        public void TheBootedMeterRecordsCoverOpeningAndAnswersTamper()
        {
            RunningMeter meter = RunningMeter.Boot(new VirtualFlash(4096, 16));
            Assert.IsNotNull(meter.App.Tamper);
            VirtualDigitalInput cover = (VirtualDigitalInput)meter.Board.GetInput(DigitalInputId.MainCover);
            Assert.IsTrue(cover.Set(true));
            MeterEvent[] latest = meter.App.FraudLog.ReadLatest(1);
            Assert.AreEqual((int)EventCode.MeterCoverRemoved, (int)latest[0].Code);
            Assert.IsTrue(meter.App.InputTamper.IsActive(DigitalInputId.MainCover));

            meter.App.Start();
            try
            {
                string answer = meter.Ask("tamper", "billing");
                Assert.Contains("cover        ACTIVE  raised 1", answer);
                Assert.Contains(TamperCondition.NameOf(TamperCondition.ReversePower), answer);
                Assert.Contains("billing  line channel", answer, "a balanced load bills the line channel");
            }
            finally
            {
                meter.App.Stop();
            }
        }
    }
}
