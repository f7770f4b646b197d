using Meter.Hal.Io;
using Meter.Hal.Virtual;
using Meter.Metrology;
using Meter.SerialConsole.Commands;
using Meter.Tamper;
using Meter.Tests.SerialConsole;
using nanoFramework.TestFramework;

namespace Meter.Tests.Tamper
{
    [TestClass]
    public class TamperCommandTests
    {
        [TestMethod]
        public void TamperPrintsEachConditionStateAndCount()
        {
            RecordingEvents events = new RecordingEvents();
            SampleTamperDetector detector = new SampleTamperDetector(SampleTamperDetectorTests.Settings(), events);
            Measurement reverse = new Measurement();
            reverse.VoltageMillivolts = 230000;
            reverse.CurrentMicroamps = 5000000;
            reverse.NeutralMicroamps = 5000000;
            reverse.ActiveMicrowatts = -1150000000;
            for (int k = 0; k < SampleTamperDetectorTests.RaiseFrames; k++)
            {
                detector.Update(reverse);
            }

            VirtualDigitalInput cover = new VirtualDigitalInput(DigitalInputId.MainCover);
            InputTamperMonitor inputs = new InputTamperMonitor(events, new IDigitalInput[] { cover });
            inputs.Start();
            cover.Set(true);

            ConsoleFixture console = ConsoleFixture.Create();
            console.Commands.Add(new TamperCommand(detector, inputs));
            string[] lines = console.RunLines("tamper");
            Assert.AreEqual(9, lines.Length);
            Assert.AreEqual("reverse      ACTIVE  raised 1", lines[0]);
            Assert.AreEqual("imbalance    ok      raised 0", lines[1]);
            Assert.AreEqual("interruption ok      raised 0", lines[4]);
            Assert.AreEqual("cover        ACTIVE  raised 1", lines[5]);
            Assert.AreEqual("magnetic     ok      raised 0", lines[7]);
            Assert.AreEqual("billing  line channel", lines[8]);
        }
    }
}
