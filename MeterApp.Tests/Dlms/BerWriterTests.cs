using Meter.Dlms.Acse;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class BerWriterTests
    {
        [TestMethod]
        [DataRow(0, "BE00")]
        [DataRow(127, "BE7F")]
        [DataRow(128, "BE8180")]
        [DataRow(255, "BE81FF")]
        [DataRow(256, "BE820100")]
        [DataRow(65535, "BE82FFFF")]
        public void WritesMinimalDefiniteLengths(int length, string expected)
        {
            byte[] buffer = new byte[4];
            int end = BerWriter.WriteHeader(buffer, 0, 0xBE, length);
            Assert.AreEqual(BerWriter.HeaderSize(length), end);
            byte[] written = new byte[end];
            System.Array.Copy(buffer, written, end);
            Assert.AreEqual(Hex.Format(Hex.Parse(expected)), Hex.Format(written));
        }

        [TestMethod]
        [DataRow(5)]
        [DataRow(130)]
        [DataRow(300)]
        public void WrappedFieldReadsBack(int length)
        {
            byte[] value = Hex.Repeat(0x5A, length);
            byte[] buffer = new byte[BerWriter.WrappedSize(length)];
            Assert.AreEqual(buffer.Length, BerWriter.WriteWrapped(buffer, 0, 0xBE, 0x04, value));

            int position = 0;
            int tag;
            int outer;
            Assert.AreEqual((int)AcseError.None, (int)BerReader.ReadHeader(buffer, ref position, buffer.Length, out tag, out outer));
            int valueOffset;
            int valueLength;
            Assert.AreEqual((int)AcseError.None, (int)BerReader.ReadOnlyChild(buffer, position, outer, 0x04, out valueOffset, out valueLength));
            Assert.AreEqual(length, valueLength);
            Assert.AreEqual(buffer.Length, valueOffset + valueLength);
        }
    }
}
