using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class DataBlockSaTests
    {
        [TestMethod]
        public void DecodesItsThreeFieldsAndReEncodes()
        {
            byte[] bytes = Hex.Parse("01" + "00000003" + "04" + "50FFC400");
            DataBlockSa block;
            int consumed;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)DataBlockSa.Decode(bytes, 0, bytes.Length, out block, out consumed));
            Assert.AreEqual(bytes.Length, consumed);
            Assert.IsTrue(block.LastBlock);
            Assert.AreEqual(3u, block.BlockNumber);
            Assert.AreEqual(4, block.RawDataLength);
            DlmsBytes.AreEqual("50FFC400", DlmsBytes.RawData(block));
            Assert.AreEqual(bytes.Length, block.Size);

            byte[] written = new byte[block.Size];
            Assert.AreEqual(written.Length, block.Encode(written, 0, written.Length));
            CollectionAssert.AreEqual(bytes, written);
            Assert.AreEqual(AxdrEncoder.DoesNotFit, block.Encode(written, 0, written.Length - 1));
        }

        [TestMethod]
        public void RawDataIsCopiedFromTheCallersSlice()
        {
            byte[] source = Hex.Parse("AABBCCDDEE");
            DataBlockSa block = new DataBlockSa(false, 7, source, 1, 3);
            source[2] = 0;
            DlmsBytes.AreEqual("BBCCDD", DlmsBytes.RawData(block));
            DlmsBytes.AreEqual("00" + "00000007" + "03" + "BBCCDD", Encode(block));

            DataBlockSa empty = new DataBlockSa(true, 1, source, 5, 0);
            DlmsBytes.AreEqual("01" + "00000001" + "00", Encode(empty));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new DataBlockSa(true, 1, source, 4, 2));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new DataBlockSa(true, 1, null, 0, 0));
        }

        [TestMethod]
        public void LongRawDataUsesTheLongLengthForm()
        {
            byte[] raw = Hex.Repeat(0x5A, 300);
            DataBlockSa block = new DataBlockSa(false, 0x01020304, raw, 0, raw.Length);
            byte[] bytes = Encode(block);
            Assert.AreEqual(1 + 4 + 3 + 300, bytes.Length);
            DlmsBytes.AreEqual("00" + "01020304" + "82012C", DlmsBytes.Take(bytes, 8));

            DataBlockSa again;
            int consumed;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)DataBlockSa.Decode(bytes, 0, bytes.Length, out again, out consumed));
            CollectionAssert.AreEqual(raw, DlmsBytes.RawData(again));
        }

        [TestMethod]
        public void PrefixesAreTruncatedAndBadBytesRejected()
        {
            byte[] bytes = Hex.Parse("00" + "00000001" + "05" + "090C07E501");
            for (int length = 0; length < bytes.Length; length++)
            {
                DataBlockSa block;
                int consumed;
                Assert.AreEqual((int)XdlmsResult.Truncated, (int)DataBlockSa.Decode(bytes, 0, length, out block, out consumed));
                Assert.IsNull(block);
                Assert.AreEqual(0, consumed);
            }

            // last-block must be 00 or 01; the length 80 (indefinite) is not A-XDR; a length beyond the bytes left is cut.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)DecodeHex("02" + "00000001" + "00"));
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)DecodeHex("01" + "00000001" + "80"));
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)DecodeHex("01" + "00000001" + "847FFFFFFF" + "00"));
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)DecodeHex("01" + "00000001" + "85FFFFFFFFFF"));
        }

        private static XdlmsResult DecodeHex(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            DataBlockSa block;
            int consumed;
            return DataBlockSa.Decode(bytes, 0, bytes.Length, out block, out consumed);
        }

        private static byte[] Encode(DataBlockSa block)
        {
            byte[] bytes = new byte[block.Size];
            Assert.AreEqual(bytes.Length, block.Encode(bytes, 0, bytes.Length));
            return bytes;
        }
    }
}
