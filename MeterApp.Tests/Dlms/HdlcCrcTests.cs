using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class HdlcCrcTests
    {
        [TestMethod]
        public void CheckValueOfCrc16X25()
        {
            byte[] data = Hex.Ascii("123456789");
            Assert.AreEqual((ushort)0x906E, HdlcCrc.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void MatchesU9nHcsExample()
        {
            // u9n/dlms-cosem tests/test_hdlc/test_hdlc.py TestCrc: 03 3F -> 5B EC on the wire.
            byte[] data = Hex.Parse("033F0000");
            HdlcCrc.Append(data, 0, 2);
            Assert.AreEqual("033f5bec", Hex.Format(data));
            Assert.IsTrue(HdlcCrc.Matches(data, 0, 2));
        }

        [TestMethod]
        public void RangeAtOffsetIgnoresOtherBytes()
        {
            byte[] data = Hex.Parse("FF31323334353637383900");
            Assert.AreEqual((ushort)0x906E, HdlcCrc.Compute(data, 1, 9));
        }

        [TestMethod]
        public void MatchesFailsOnWrongCrc()
        {
            byte[] data = Hex.Parse("033F5BED");
            Assert.IsFalse(HdlcCrc.Matches(data, 0, 2));
        }
    }
}
