using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class DataListTests
    {
        // The value-list of XdlmsVectors.SetRequestWithList: the clock time and the serial number "ABC".
        private const string ValueList = "02" + "090C07E50118FF0E303950FFC400" + "0A03414243";

        [TestMethod]
        public void EncodesTheValueListThatSetRequestWithListCarries()
        {
            DlmsData[] values = new DlmsData[] { DlmsData.OctetString(Hex.Parse("07E50118FF0E303950FFC400")), DlmsData.VisibleString("ABC") };
            Assert.AreEqual(20, DataList.Size(values));
            byte[] buffer = new byte[24];
            Assert.AreEqual(20, DataList.Encode(values, buffer, 2, 22));
            DlmsBytes.AreEqual(ValueList, Slice(buffer, 2, 20));
            Assert.AreEqual(AxdrEncoder.DoesNotFit, DataList.Encode(values, buffer, 0, 19));
            DlmsBytes.AreEqual("00", Encode(new DlmsData[0]));
        }

        [TestMethod]
        public void JoinedBlocksOfAListRequestDecodeToTheValues()
        {
            // The server joins the raw data of Set-Request-With-List-And-First-Datablock and its later blocks.
            SetRequestWithListAndFirstDataBlock first = (SetRequestWithListAndFirstDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestWithListFirstBlock);
            byte[] rest = Hex.Parse(ValueList);
            byte[] joined = new byte[32];
            DataBlockReassembler reassembler = new DataBlockReassembler(joined, 0, joined.Length);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(first.Block));
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(2, true, rest, 6, rest.Length - 6));

            DlmsData[] values;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)DataList.Decode(joined, 0, reassembler.Length, new AxdrDecoder(), first.Count, out values));
            Assert.AreEqual(2, values.Length);
            Assert.AreEqual("ABC", values[1].AsString());
        }

        [TestMethod]
        public void DecodeChecksCountLimitsPrefixesAndTrailingBytes()
        {
            AxdrDecoder data = new AxdrDecoder();
            byte[] bytes = Hex.Parse(ValueList);
            DlmsData[] values;
            for (int length = 0; length < bytes.Length; length++)
            {
                Assert.AreEqual((int)XdlmsResult.Truncated, (int)DataList.Decode(bytes, 0, length, data, 2, out values));
                Assert.IsNull(values);
            }

            Assert.AreEqual((int)XdlmsResult.Malformed, (int)DataList.Decode(bytes, 0, bytes.Length, data, 3, out values));
            byte[] longer = Hex.Parse(ValueList + "00");
            Assert.AreEqual((int)XdlmsResult.TrailingBytes, (int)DataList.Decode(longer, 0, longer.Length, data, 2, out values));
            byte[] tooMany = Hex.Parse("41" + "00");
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)DataList.Decode(tooMany, 0, tooMany.Length, data, 65, out values));
            byte[] compact = Hex.Parse("01" + "1300");
            Assert.AreEqual((int)XdlmsResult.Unsupported, (int)DataList.Decode(compact, 0, compact.Length, data, 1, out values));
        }

        [TestMethod]
        public void CallerBugsThrow()
        {
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => DataList.Size(null));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => DataList.Size(new DlmsData[1]));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => DataList.Size(new DlmsData[XdlmsLimits.MaxListItems + 1]));
            DlmsData[] values;
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => DataList.Decode(new byte[1], 0, 1, null, 0, out values));
        }

        private static byte[] Encode(DlmsData[] values)
        {
            byte[] bytes = new byte[DataList.Size(values)];
            Assert.AreEqual(bytes.Length, DataList.Encode(values, bytes, 0, bytes.Length));
            return bytes;
        }

        private static byte[] Slice(byte[] buffer, int offset, int count)
        {
            byte[] result = new byte[count];
            System.Array.Copy(buffer, offset, result, 0, count);
            return result;
        }
    }
}
