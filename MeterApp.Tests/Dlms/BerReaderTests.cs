using Meter.Dlms.Acse;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class BerReaderTests
    {
        [TestMethod]
        [DataRow("A103020100", 0xA1, 3, 2)]
        [DataRow("BE81030400FF", 0xBE, 3, 3)]
        [DataRow("BE8200030400FF", 0xBE, 3, 4)]
        [DataRow("6200", 0x62, 0, 2)]
        public void ReadsShortAndLongFormLengths(string hex, int expectedTag, int expectedLength, int expectedPosition)
        {
            byte[] bytes = Hex.Parse(hex);
            int position = 0;
            int tag;
            int length;
            Assert.AreEqual((int)AcseError.None, (int)BerReader.ReadHeader(bytes, ref position, bytes.Length, out tag, out length));
            Assert.AreEqual(expectedTag, tag);
            Assert.AreEqual(expectedLength, length);
            Assert.AreEqual(expectedPosition, position);
        }

        [TestMethod]
        [DataRow("6080")]
        [DataRow("6083000003")]
        [DataRow("608400000003")]
        [DataRow("60FF")]
        public void RejectsIndefiniteAndLongerLengthForms(string hex)
        {
            byte[] bytes = Hex.Parse(hex + "A1010000000000");
            int position = 0;
            int tag;
            int length;
            Assert.AreEqual((int)AcseError.UnsupportedLength, (int)BerReader.ReadHeader(bytes, ref position, bytes.Length, out tag, out length));
            Assert.AreEqual(0, position);
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("60")]
        [DataRow("6081")]
        [DataRow("608200")]
        [DataRow("6003A101")]
        [DataRow("608104A101")]
        public void HeaderOrValueRunningPastTheEndIsTruncated(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            int position = 0;
            int tag;
            int length;
            Assert.AreEqual((int)AcseError.Truncated, (int)BerReader.ReadHeader(bytes, ref position, bytes.Length, out tag, out length));
            Assert.AreEqual(0, position);
        }

        [TestMethod]
        public void InnerOverrunIsALengthMismatchNotATruncation()
        {
            // A1 claims 9 bytes but its container (end = 4) holds only 2 after the header.
            byte[] bytes = Hex.Parse("A1090607608574050801");
            int position = 0;
            int tag;
            int length;
            Assert.AreEqual((int)AcseError.InnerLengthMismatch, (int)BerReader.ReadInnerHeader(bytes, ref position, 4, out tag, out length));
        }

        [TestMethod]
        public void HighTagNumberFormIsRejected()
        {
            byte[] bytes = Hex.Parse("BF1F0100");
            int position = 0;
            int tag;
            int length;
            Assert.AreEqual((int)AcseError.UnexpectedTag, (int)BerReader.ReadHeader(bytes, ref position, bytes.Length, out tag, out length));
        }

        [TestMethod]
        public void OnlyChildMustFillItsContainerExactly()
        {
            int valueOffset;
            int valueLength;
            byte[] exact = Hex.Parse("0403010203");
            Assert.AreEqual((int)AcseError.None, (int)BerReader.ReadOnlyChild(exact, 0, 5, 0x04, out valueOffset, out valueLength));
            Assert.AreEqual(2, valueOffset);
            Assert.AreEqual(3, valueLength);

            byte[] extra = Hex.Parse("040301020300");
            Assert.AreEqual((int)AcseError.InnerLengthMismatch, (int)BerReader.ReadOnlyChild(extra, 0, 6, 0x04, out valueOffset, out valueLength));
            Assert.AreEqual((int)AcseError.UnexpectedTag, (int)BerReader.ReadOnlyChild(exact, 0, 5, 0x06, out valueOffset, out valueLength));
        }
    }
}
