using Meter.Dlms.Axdr;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class BigEndianTests
    {
        [TestMethod]
        public void WritesMostSignificantByteFirst()
        {
            byte[] buffer = new byte[14];
            BigEndian.WriteUInt16(buffer, 0, 0x1234);
            BigEndian.WriteUInt32(buffer, 2, 0x89ABCDEF);
            BigEndian.WriteUInt64(buffer, 6, 0x0102030405060708UL);
            Assert.AreEqual("123489abcdef0102030405060708", Hex.Format(buffer));

            Assert.AreEqual((ushort)0x1234, BigEndian.ReadUInt16(buffer, 0));
            Assert.AreEqual(0x89ABCDEFu, BigEndian.ReadUInt32(buffer, 2));
            Assert.AreEqual(0x0102030405060708UL, BigEndian.ReadUInt64(buffer, 6));
        }

        [TestMethod]
        public void ReadsHighBitsWithoutSignExtension()
        {
            byte[] buffer = Hex.Parse("FFFFFFFFFFFFFFFF");
            Assert.AreEqual((ushort)0xFFFF, BigEndian.ReadUInt16(buffer, 0));
            Assert.AreEqual(uint.MaxValue, BigEndian.ReadUInt32(buffer, 0));
            Assert.AreEqual(ulong.MaxValue, BigEndian.ReadUInt64(buffer, 0));
        }
    }
}
