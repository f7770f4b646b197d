using Meter.Events;
using Meter.Hal.Io;
using Meter.Hal.Virtual;
using Meter.Tamper;
using Meter.Tests.SerialConsole;
using nanoFramework.TestFramework;

namespace Meter.Tests.Tamper
{
    [TestClass]
    public class InputTamperMonitorTests
    {
        [TestMethod]
        public void InputChangesRecordTheirFraudCodes()
        {
            VirtualDigitalInput cover = new VirtualDigitalInput(DigitalInputId.MainCover);
            VirtualDigitalInput terminal = new VirtualDigitalInput(DigitalInputId.TerminalCover);
            VirtualDigitalInput magnetic = new VirtualDigitalInput(DigitalInputId.MagneticSensor);
            RecordingEvents events = new RecordingEvents();
            InputTamperMonitor monitor = new InputTamperMonitor(events, new IDigitalInput[] { cover, terminal, magnetic });
            monitor.Start();
            Assert.AreEqual(0, events.Codes.Count);

            cover.Set(true);
            cover.Set(false);
            terminal.Set(true);
            terminal.Set(false);
            magnetic.Set(true);
            magnetic.Set(false);
            int[] expected = { 44, 45, 40, 41, 42, 43 };
            Assert.AreEqual(expected.Length, events.Codes.Count);
            for (int k = 0; k < expected.Length; k++)
            {
                Assert.AreEqual(expected[k], (int)events.Codes[k]);
            }

            Assert.AreEqual(1, monitor.ActivationCount(DigitalInputId.MainCover));
            Assert.AreEqual((int)EventCode.MeterCoverRemoved, (int)InputTamperMonitor.CodeFor(DigitalInputId.MainCover, true));
        }

        [TestMethod]
        public void InputActiveAtStartIsRecordedOnceAndOthersAreIgnored()
        {
            VirtualDigitalInput cover = new VirtualDigitalInput(DigitalInputId.MainCover, true);
            VirtualDigitalInput optical = new VirtualDigitalInput(DigitalInputId.OpticalPort);
            RecordingEvents events = new RecordingEvents();
            InputTamperMonitor monitor = new InputTamperMonitor(events, new IDigitalInput[] { cover, optical });
            monitor.Start();
            optical.Set(true);
            Assert.AreEqual(1, events.Codes.Count);
            Assert.AreEqual((int)EventCode.MeterCoverRemoved, (int)events.Codes[0]);
            Assert.IsTrue(monitor.IsActive(DigitalInputId.MainCover));
            Assert.IsFalse(monitor.IsActive(DigitalInputId.OpticalPort));
        }
    }
}
