using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class LlcHeaderTests
    {
        [TestMethod]
        public void WritesCommandAndResponseHeaders()
        {
            byte[] buffer = new byte[4];
            Assert.AreEqual(3, LlcHeader.WriteCommand(buffer, 1, 3));
            Assert.AreEqual("00e6e600", Hex.Format(buffer));
            Assert.AreEqual(3, LlcHeader.WriteResponse(buffer, 0, 4));
            Assert.AreEqual("e6e70000", Hex.Format(buffer));
        }

        [TestMethod]
        public void RecognisesOnlyItsOwnHeader()
        {
            byte[] command = Hex.Parse("E6E600C0");
            byte[] response = Hex.Parse("E6E700C4");
            Assert.IsTrue(LlcHeader.IsCommand(command, 0, 4));
            Assert.IsFalse(LlcHeader.IsResponse(command, 0, 4));
            Assert.IsTrue(LlcHeader.IsResponse(response, 0, 4));
            Assert.IsFalse(LlcHeader.IsCommand(response, 0, 4));
            Assert.IsFalse(LlcHeader.IsCommand(command, 0, 2));
            Assert.IsFalse(LlcHeader.IsCommand(Hex.Parse("E6E601"), 0, 3));
        }

        [TestMethod]
        public void DoesNotWritePastTheRoom()
        {
            byte[] buffer = new byte[2];
            Assert.AreEqual(0, LlcHeader.WriteCommand(buffer, 0, 2));
            Assert.AreEqual("0000", Hex.Format(buffer));
        }
    }
}
