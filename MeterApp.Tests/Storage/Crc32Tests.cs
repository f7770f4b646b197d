using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    [TestClass]
    public class Crc32Tests
    {
        [TestMethod]
        public void MatchesTheStandardCheckValue()
        {
            // "123456789" -> 0xCBF43926, the CRC-32/ISO-HDLC check value (zlib, IEEE 802.3).
            byte[] digits = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(digits, 0, digits.Length));
            Assert.AreEqual(0u, Crc32.Compute(digits, 0, 0));
        }

        [TestMethod]
        public void AppendContinuesAComputation()
        {
            byte[] digits = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 };
            uint first = Crc32.Compute(digits, 0, 4);
            Assert.AreEqual(0xCBF43926u, Crc32.Append(first, digits, 4, 5));
        }
    }
}
