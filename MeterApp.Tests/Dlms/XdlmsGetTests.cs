using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class XdlmsGetTests
    {
        private static readonly byte[] ClockName = new byte[] { 0, 0, 1, 0, 0, 255 };

        [TestMethod]
        public void GreenBookGetRequestDecodesToItsFieldsAndReEncodes()
        {
            GetRequestNormal request = (GetRequestNormal)XdlmsVectors.Decode(XdlmsVectors.GreenBookGetRequest);
            Assert.AreEqual((byte)0x00, request.InvokeIdAndPriority);
            Assert.AreEqual(0, InvokeIdAndPriority.InvokeId(request.InvokeIdAndPriority));
            Assert.IsFalse(InvokeIdAndPriority.IsConfirmed(request.InvokeIdAndPriority));
            Assert.IsFalse(InvokeIdAndPriority.IsHighPriority(request.InvokeIdAndPriority));
            Assert.AreEqual((ushort)8, request.Attribute.ClassId);
            Assert.IsTrue(request.Attribute.HasLogicalName(ClockName));
            CollectionAssert.AreEqual(ClockName, request.Attribute.LogicalName);
            Assert.AreEqual((sbyte)2, request.Attribute.AttributeId);
            Assert.IsNull(request.Access);
            XdlmsVectors.AssertEncodes(XdlmsVectors.GreenBookGetRequest, request);

            // Built from its fields, it encodes to the same bytes.
            XdlmsVectors.AssertEncodes(XdlmsVectors.GreenBookGetRequest, new GetRequestNormal(0, new CosemAttributeDescriptor(8, ClockName, 2), null));
        }

        [TestMethod]
        public void U9nGetRequestNormalIsConfirmedHighPriorityInvokeOne()
        {
            GetRequestNormal request = (GetRequestNormal)XdlmsVectors.Decode(XdlmsVectors.U9nGetRequestNormal);
            Assert.AreEqual((byte)0xC1, request.InvokeIdAndPriority);
            Assert.AreEqual((byte)0xC1, InvokeIdAndPriority.Make(1, true, true));
            Assert.AreEqual((ushort)1, request.Attribute.ClassId);
            Assert.IsTrue(request.Attribute.HasLogicalName(new byte[] { 0, 0, 43, 1, 0, 255 }));
            Assert.IsFalse(request.Attribute.HasLogicalName(ClockName));
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nGetRequestNormal, request);
        }

        [TestMethod]
        public void GetRequestWithRangeDescriptorKeepsSelectorAndParameters()
        {
            GetRequestNormal request = (GetRequestNormal)XdlmsVectors.Decode(XdlmsVectors.U9nGetRequestRange);
            Assert.AreEqual((ushort)7, request.Attribute.ClassId);
            Assert.IsNotNull(request.Access);
            Assert.AreEqual((byte)1, request.Access.AccessSelector);
            DlmsData range = request.Access.AccessParameters;
            Assert.AreEqual((int)DlmsDataType.Structure, (int)range.Type);
            Assert.AreEqual(4, range.Count);
            Assert.AreEqual(8L, range[0][0].AsInt64());
            Assert.AreEqual(0, range[3].Count);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nGetRequestRange, request);

            // The same request without its access selection is the 00 flag only.
            GetRequestNormal plain = new GetRequestNormal(request.InvokeIdAndPriority, request.Attribute, null);
            Assert.AreEqual(request.Size - request.Access.Size, plain.Size);
            XdlmsVectors.AssertEncodes("C001C100070100630100FF0200", plain);
        }

        [TestMethod]
        public void GetRequestNextCarriesTheBlockNumber()
        {
            GetRequestNext next = (GetRequestNext)XdlmsVectors.Decode(XdlmsVectors.U9nGetRequestNext);
            Assert.AreEqual(1U, next.BlockNumber);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nGetRequestNext, next);
            // u9n/dlms-cosem test_correct_block_number_is_encoded.
            XdlmsVectors.AssertEncodes("C002C100000003", new GetRequestNext(0xC1, 3));
            XdlmsVectors.AssertEncodes("C002C1FFFFFFFE", new GetRequestNext(0xC1, 0xFFFFFFFE));
        }

        [TestMethod]
        public void GetRequestWithListDecodesEveryItem()
        {
            GetRequestWithList list = (GetRequestWithList)XdlmsVectors.Decode(XdlmsVectors.U9nGetRequestWithList);
            Assert.AreEqual(2, list.Count);
            Assert.AreEqual((ushort)1, list.AttributeAt(0).ClassId);
            Assert.IsTrue(list.AttributeAt(0).HasLogicalName(new byte[] { 0, 0, 42, 0, 0, 255 }));
            Assert.AreEqual((ushort)8, list.AttributeAt(1).ClassId);
            Assert.IsNull(list.AccessAt(0));
            Assert.IsNull(list.AccessAt(1));
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nGetRequestWithList, list);
        }

        [TestMethod]
        public void GetRequestWithListRoundTripsMixedSelectiveAccess()
        {
            CosemAttributeDescriptor clock = new CosemAttributeDescriptor(8, ClockName, 2);
            CosemAttributeDescriptor profile = new CosemAttributeDescriptor(7, new byte[] { 1, 0, 99, 1, 0, 255 }, 2);
            SelectiveAccessDescriptor entries = new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(1), DlmsData.DoubleLongUnsigned(5), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(0)));
            GetRequestWithList list = new GetRequestWithList(0x41, new CosemAttributeDescriptor[] { clock, profile }, new SelectiveAccessDescriptor[] { null, entries });
            string hex = "C00341" + "02" + "00080000010000FF0200" + "00070100630100FF0201" + "02" + "0204" + "0600000001" + "0600000005" + "120001" + "120000";
            XdlmsVectors.AssertEncodes(hex, list);
            GetRequestWithList back = (GetRequestWithList)XdlmsVectors.Decode(hex);
            Assert.IsNull(back.AccessAt(0));
            Assert.AreEqual((byte)2, back.AccessAt(1).AccessSelector);

            GetRequestWithList empty = new GetRequestWithList(0x41, new CosemAttributeDescriptor[0], null);
            XdlmsVectors.AssertEncodes("C0034100", empty);
            Assert.AreEqual(0, ((GetRequestWithList)XdlmsVectors.Decode("C0034100")).Count);
        }

        [TestMethod]
        public void GetResponseNormalCarriesDataOrAnAccessResult()
        {
            GetResponseNormal data = (GetResponseNormal)XdlmsVectors.Decode(XdlmsVectors.U9nGetResponseNormal);
            Assert.IsTrue(data.Result.IsData);
            Assert.AreEqual(5009UL, data.Result.Data.AsUInt64());
            Assert.AreEqual((int)DataAccessResult.Success, (int)data.Result.AccessResult);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nGetResponseNormal, new GetResponseNormal(0xC1, GetDataResult.FromData(DlmsData.DoubleLongUnsigned(5009))));

            GetResponseNormal error = (GetResponseNormal)XdlmsVectors.Decode(XdlmsVectors.U9nGetResponseNormalError);
            Assert.IsFalse(error.Result.IsData);
            Assert.IsNull(error.Result.Data);
            Assert.AreEqual((int)DataAccessResult.HardwareFault, (int)error.Result.AccessResult);
            XdlmsVectors.AssertEncodes(XdlmsVectors.U9nGetResponseNormalError, new GetResponseNormal(0xC1, GetDataResult.FromError(DataAccessResult.HardwareFault)));
            XdlmsVectors.AssertEncodes("C401C101FA", new GetResponseNormal(0xC1, GetDataResult.FromError(DataAccessResult.OtherReason)));
        }

        [TestMethod]
        public void GetResponseWithDataBlockCarriesRawDataOrAnAccessResult()
        {
            GetResponseWithDataBlock block = (GetResponseWithDataBlock)XdlmsVectors.Decode(XdlmsVectors.GetResponseBlockRaw);
            Assert.IsFalse(block.LastBlock);
            Assert.AreEqual(1U, block.BlockNumber);
            Assert.IsTrue(block.HasRawData);
            Assert.AreEqual(5, block.RawDataLength);
            byte[] raw = new byte[7];
            block.CopyRawDataTo(raw, 1);
            Assert.AreEqual("00010203040500", Hex.Format(raw));
            XdlmsVectors.AssertEncodes(XdlmsVectors.GetResponseBlockRaw, block);
            XdlmsVectors.AssertEncodes(XdlmsVectors.GetResponseBlockRaw,
                GetResponseWithDataBlock.WithRawData(0xC1, false, 1, Hex.Parse("FF0102030405FF"), 1, 5));

            GetResponseWithDataBlock error = (GetResponseWithDataBlock)XdlmsVectors.Decode(XdlmsVectors.GetResponseBlockLastError);
            Assert.IsTrue(error.LastBlock);
            Assert.AreEqual(3U, error.BlockNumber);
            Assert.IsFalse(error.HasRawData);
            Assert.AreEqual((int)DataAccessResult.LongGetAborted, (int)error.AccessResult);
            XdlmsVectors.AssertEncodes(XdlmsVectors.GetResponseBlockLastError,
                GetResponseWithDataBlock.WithError(0xC1, true, 3, DataAccessResult.LongGetAborted));
        }

        [TestMethod]
        public void GetResponseWithDataBlockTakesLongFormLengths()
        {
            // Header shape of u9n/dlms-cosem test_get.py TestGetResponseWithBlock: raw-data length 82 04 9E (1182 bytes).
            byte[] raw = new byte[1182];
            for (int i = 0; i < raw.Length; i++)
            {
                raw[i] = (byte)i;
            }

            GetResponseWithDataBlock block = GetResponseWithDataBlock.WithRawData(0xC1, false, 1, raw, 0, raw.Length);
            byte[] encoded = XdlmsVectors.Encode(block);
            Assert.AreEqual("c402c1000000000100" + "82049e", Hex.Format(encoded).Substring(0, 24));
            Assert.AreEqual(3 + 1 + 4 + 1 + 3 + 1182, encoded.Length);
            GetResponseWithDataBlock back;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)GetResponseWithDataBlock.Decode(encoded, 0, encoded.Length, out back));
            Assert.AreEqual(1182, back.RawDataLength);

            // The same header with only part of the declared bytes is truncated, not allocated.
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)GetResponseWithDataBlock.Decode(encoded, 0, 100, out back));
            Assert.IsNull(back);
        }

        [TestMethod]
        public void GetResponseWithListKeepsResultOrder()
        {
            GetResponseWithList list = (GetResponseWithList)XdlmsVectors.Decode(XdlmsVectors.GetResponseWithList);
            Assert.AreEqual(3, list.Count);
            Assert.AreEqual(5009UL, list.ResultAt(0).Data.AsUInt64());
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)list.ResultAt(1).AccessResult);
            Assert.AreEqual(4, list.ResultAt(2).Data.ByteLength);
            XdlmsVectors.AssertEncodes(XdlmsVectors.GetResponseWithList, new GetResponseWithList(0xC1, new GetDataResult[]
            {
                GetDataResult.FromData(DlmsData.DoubleLongUnsigned(5009)),
                GetDataResult.FromError(DataAccessResult.ObjectUndefined),
                GetDataResult.FromData(DlmsData.OctetString(new byte[] { 1, 2, 3, 4 })),
            }));
        }

        [TestMethod]
        public void DataAccessResultHasTheGreenBookValues()
        {
            int[] expected = new int[] { 0, 1, 2, 3, 4, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 250 };
            DataAccessResult[] values = new DataAccessResult[]
            {
                DataAccessResult.Success, DataAccessResult.HardwareFault, DataAccessResult.TemporaryFailure,
                DataAccessResult.ReadWriteDenied, DataAccessResult.ObjectUndefined, DataAccessResult.ObjectClassInconsistent,
                DataAccessResult.ObjectUnavailable, DataAccessResult.TypeUnmatched, DataAccessResult.ScopeOfAccessViolated,
                DataAccessResult.DataBlockUnavailable, DataAccessResult.LongGetAborted, DataAccessResult.NoLongGetInProgress,
                DataAccessResult.LongSetAborted, DataAccessResult.NoLongSetInProgress, DataAccessResult.DataBlockNumberInvalid,
                DataAccessResult.OtherReason,
            };
            for (int i = 0; i < values.Length; i++)
            {
                Assert.AreEqual(expected[i], (int)values[i]);
            }
        }
    }
}
