using Meter.Hal.Io;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class InactiveDigitalInputTests
    {
        [TestMethod]
        public void IsNeverActiveAndKeepsItsId()
        {
            InactiveDigitalInput input = new InactiveDigitalInput(DigitalInputId.OpticalPort);
            Assert.IsFalse(input.IsActive);
            Assert.AreEqual((int)DigitalInputId.OpticalPort, (int)input.Id);
        }

        [TestMethod]
        public void AcceptsAndDropsHandlers()
        {
            IDigitalInput input = new InactiveDigitalInput(DigitalInputId.MagneticSensor);
            DigitalInputChangedHandler handler = (sender, active) => Assert.IsTrue(false, "never raised");
            input.Changed += handler;
            input.Changed -= handler;
            Assert.IsFalse(input.IsActive);
        }
    }
}
