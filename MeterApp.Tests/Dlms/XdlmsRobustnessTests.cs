using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class XdlmsRobustnessTests
    {
        [TestMethod]
        public void EveryVectorRoundTripsAtAnOffsetAndReportsItsSize()
        {
            string[] vectors = XdlmsVectors.All();
            for (int v = 0; v < vectors.Length; v++)
            {
                byte[] bytes = Hex.Parse(vectors[v]);
                object apdu = XdlmsVectors.Decode(vectors[v]);
                Assert.AreEqual(bytes.Length, XdlmsVectors.SizeOf(apdu), vectors[v]);

                byte[] buffer = new byte[bytes.Length + 6];
                Assert.AreEqual(bytes.Length, XdlmsVectors.EncodeInto(apdu, buffer, 3, bytes.Length));
                byte[] written = new byte[bytes.Length];
                System.Array.Copy(buffer, 3, written, 0, bytes.Length);
                CollectionAssert.AreEqual(bytes, written);

                // Decoding at an offset inside a larger buffer sees only its own bytes.
                XdlmsParseResult again = new XdlmsApduDecoder(new AxdrDecoder()).Decode(buffer, 3, bytes.Length);
                Assert.AreEqual((int)XdlmsResult.Ok, (int)again.Result);
            }
        }

        [TestMethod]
        public void EncodersReportDoesNotFitForOneByteLess()
        {
            string[] vectors = XdlmsVectors.All();
            for (int v = 0; v < vectors.Length; v++)
            {
                object apdu = XdlmsVectors.Decode(vectors[v]);
                int size = XdlmsVectors.SizeOf(apdu);
                Assert.AreEqual(AxdrEncoder.DoesNotFit, XdlmsVectors.EncodeInto(apdu, new byte[size + 4], 4, size - 1), vectors[v]);
            }
        }

        [TestMethod]
        public void EveryPrefixOfEveryVectorIsTruncated()
        {
            string[] vectors = XdlmsVectors.All();
            XdlmsApduDecoder decoder = new XdlmsApduDecoder(new AxdrDecoder());
            for (int v = 0; v < vectors.Length; v++)
            {
                byte[] bytes = Hex.Parse(vectors[v]);
                for (int length = 0; length < bytes.Length; length++)
                {
                    XdlmsParseResult result = decoder.Decode(bytes, 0, length);
                    Assert.AreEqual((int)XdlmsResult.Truncated, (int)result.Result, vectors[v] + " cut at " + length.ToString());
                    Assert.IsNull(result.Apdu);
                }
            }
        }

        [TestMethod]
        public void EveryPrefixIsTruncatedForEachTypedDecoderToo()
        {
            AxdrDecoder data = new AxdrDecoder();
            byte[] bytes = Hex.Parse(XdlmsVectors.U9nGetRequestRange);
            for (int length = 0; length < bytes.Length; length++)
            {
                GetRequestNormal request;
                Assert.AreEqual((int)XdlmsResult.Truncated, (int)GetRequestNormal.Decode(bytes, 0, length, data, out request));
                Assert.IsNull(request);
            }

            bytes = Hex.Parse(XdlmsVectors.GetResponseBlockRaw);
            for (int length = 0; length < bytes.Length; length++)
            {
                GetResponseWithDataBlock block;
                Assert.AreEqual((int)XdlmsResult.Truncated, (int)GetResponseWithDataBlock.Decode(bytes, 0, length, out block));
            }

            bytes = Hex.Parse("00080000010000FF02");
            for (int length = 0; length < bytes.Length; length++)
            {
                CosemAttributeDescriptor descriptor;
                Assert.AreEqual((int)XdlmsResult.Truncated, (int)CosemAttributeDescriptor.Decode(bytes, 0, length, out descriptor));
            }
        }

        [TestMethod]
        public void ATrailingByteIsRejected()
        {
            string[] vectors = XdlmsVectors.All();
            for (int v = 0; v < vectors.Length; v++)
            {
                XdlmsParseResult result = XdlmsVectors.Parse(vectors[v] + "00");
                Assert.AreEqual((int)XdlmsResult.TrailingBytes, (int)result.Result, vectors[v]);
                Assert.IsNull(result.Apdu);
            }
        }

        [TestMethod]
        public void WithListCountsAreBoundedBeforeAllocation()
        {
            // More items than the remaining bytes can hold (an item takes at least 10 bytes, resp. 2).
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C003C102000100002A0000FF0200").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C003C140000100002A0000FF0200").Result);
            Assert.AreEqual((int)XdlmsResult.Truncated, (int)XdlmsVectors.Parse("C403C1030101").Result);

            // Above the configured maximum: rejected whatever follows.
            string many = "C003C1" + "41";
            for (int i = 0; i < XdlmsLimits.MaxListItems + 1; i++)
            {
                many += "000100002A0000FF0200";
            }

            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse(many).Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C003C18203E8").Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C403C1847FFFFFFF0101").Result);
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)XdlmsVectors.Parse("C403C185FFFFFFFFFF").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C403C1800101").Result);

            // Exactly the maximum is accepted.
            string most = "C003C1" + "40";
            for (int i = 0; i < XdlmsLimits.MaxListItems; i++)
            {
                most += "000100002A0000FF0200";
            }

            Assert.AreEqual(XdlmsLimits.MaxListItems, ((GetRequestWithList)XdlmsVectors.Decode(most)).Count);
        }

        [TestMethod]
        public void UnknownTagsAndChoicesAreReported()
        {
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)XdlmsVectors.Parse("FF01C1").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)XdlmsVectors.Parse("C6").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C004C100000001").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C407C1").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C106C1").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C506C1").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C307C1").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C500").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C300").Result);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)XdlmsVectors.Parse("C705C0").Result);

            // A typed decoder given another APDU reports the tag or the type it did not expect.
            byte[] set = Hex.Parse(XdlmsVectors.U9nSetRequestNormal);
            GetRequestNormal get;
            Assert.AreEqual((int)XdlmsResult.UnknownTag, (int)GetRequestNormal.Decode(set, 0, set.Length, new AxdrDecoder(), out get));
            byte[] next = Hex.Parse(XdlmsVectors.U9nGetRequestNext);
            Assert.AreEqual((int)XdlmsResult.UnknownChoice, (int)GetRequestNormal.Decode(next, 0, next.Length, new AxdrDecoder(), out get));
        }

        [TestMethod]
        public void BadFlagsAndChoicesAreMalformed()
        {
            // Selective access flag 02.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C001C1000100002B0100FF0202").Result);
            // Get-Data-Result choice 02.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C401C10201").Result);
            // Action parameters flag 05.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C301C0000F0000280000FF0105").Result);
            // last-block boolean 02 and raw-data choice 03.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C402C10200000001000101").Result);
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C402C10000000001030101").Result);
            // An unknown Data tag in a SET value.
            Assert.AreEqual((int)XdlmsResult.Malformed, (int)XdlmsVectors.Parse("C101C100080000010000FF0200FE").Result);
        }

        [TestMethod]
        public void DataLimitsAndUnsupportedTypesAreReported()
        {
            XdlmsApduDecoder shallow = new XdlmsApduDecoder(new AxdrDecoder(1, 16));
            byte[] deep = Hex.Parse("C101C100010000600100FF0200" + "0201" + "020112002A");
            Assert.AreEqual((int)XdlmsResult.TooLarge, (int)shallow.Decode(deep, 0, deep.Length).Result);
            Assert.AreEqual((int)XdlmsResult.Ok, (int)new XdlmsApduDecoder(new AxdrDecoder()).Decode(deep, 0, deep.Length).Result);

            // compact-array (tag 19) is valid A-XDR the codec does not implement.
            Assert.AreEqual((int)XdlmsResult.Unsupported, (int)XdlmsVectors.Parse("C101C100010000600100FF0200" + "1300").Result);
        }

        [TestMethod]
        public void SeededMutationsNeverThrowAndAcceptedOnesReEncode()
        {
            string[] vectors = XdlmsVectors.All();
            XdlmsApduDecoder decoder = new XdlmsApduDecoder(new AxdrDecoder());
            uint seed = 0x1234567;
            for (int round = 0; round < 3000; round++)
            {
                byte[] bytes = Hex.Parse(vectors[round % vectors.Length]);
                int flips = 1 + round % 3;
                for (int f = 0; f < flips; f++)
                {
                    seed = seed * 1664525 + 1013904223;
                    bytes[(int)((seed >> 8) % (uint)bytes.Length)] = (byte)(seed >> 24);
                }

                XdlmsParseResult result = decoder.Decode(bytes, 0, bytes.Length);
                byte[] response = new byte[16];
                if (!result.IsOk)
                {
                    Assert.IsTrue(XdlmsErrorResponse.Encode(result, response, 0, response.Length) > 0);
                    continue;
                }

                byte[] encoded = XdlmsVectors.Encode(result.Apdu);
                Assert.AreEqual(bytes.Length, encoded.Length);
                Assert.IsTrue(decoder.Decode(encoded, 0, encoded.Length).IsOk);
            }
        }
    }
}
