using Meter.Hal.Io;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualDigitalInputTests
    {
        [TestMethod]
        public void StartsInactiveUnlessToldOtherwise()
        {
            Assert.IsFalse(new VirtualDigitalInput(DigitalInputId.MainCover).IsActive);
            Assert.IsTrue(new VirtualDigitalInput(DigitalInputId.MainCover, true).IsActive);
        }

        [TestMethod]
        public void RaisesChangedOnlyOnARealChange()
        {
            VirtualDigitalInput input = new VirtualDigitalInput(DigitalInputId.TerminalCover);
            int[] raised = new int[1];
            bool[] lastLevel = new bool[1];
            IDigitalInput[] lastSender = new IDigitalInput[1];
            input.Changed += (sender, active) =>
            {
                raised[0]++;
                lastLevel[0] = active;
                lastSender[0] = sender;
            };

            Assert.IsTrue(input.Set(true));
            Assert.IsFalse(input.Set(true));
            Assert.AreEqual(1, raised[0]);
            Assert.IsTrue(lastLevel[0]);
            Assert.AreSame(input, lastSender[0]);
            Assert.IsTrue(input.IsActive);

            Assert.IsTrue(input.Set(false));
            Assert.IsFalse(input.Set(false));
            Assert.AreEqual(2, raised[0]);
            Assert.IsFalse(lastLevel[0]);
            Assert.IsFalse(input.IsActive);
        }

        [TestMethod]
        public void KeepsItsId()
        {
            Assert.AreEqual((int)DigitalInputId.MagneticSensor, (int)new VirtualDigitalInput(DigitalInputId.MagneticSensor).Id);
        }
    }
}
