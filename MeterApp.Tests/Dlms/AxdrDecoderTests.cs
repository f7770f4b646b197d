using System;
using Meter.Dlms.Axdr;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class AxdrDecoderTests
    {
        [TestMethod]
        public void DecodesEveryKnownEncodingAndReEncodesItByteForByte()
        {
            object[] vectors = AxdrVectors.All();
            AxdrDecoder decoder = new AxdrDecoder();
            for (int i = 0; i < vectors.Length; i += 2)
            {
                DlmsData expected = (DlmsData)vectors[i];
                byte[] encoded = Hex.Parse((string)vectors[i + 1]);
                DlmsData value;
                int consumed;
                Assert.AreEqual((int)AxdrResult.Ok, (int)decoder.Decode(encoded, 0, encoded.Length, out value, out consumed), (string)vectors[i + 1]);
                Assert.AreEqual(encoded.Length, consumed);
                Assert.AreEqual((int)expected.Type, (int)value.Type);
                Assert.AreEqual(Hex.Format(encoded), Hex.Format(AxdrVectors.Encode(value)));
            }
        }

        [TestMethod]
        public void DecodesTypedValues()
        {
            DlmsData value = Decode("02020FFD161E");
            Assert.AreEqual((int)DlmsDataType.Structure, (int)value.Type);
            Assert.AreEqual(2, value.Count);
            Assert.AreEqual(-3L, value[0].AsInt64());
            Assert.AreEqual(30UL, value[1].AsUInt64());

            Assert.AreEqual(0x1234L, Decode("121234").AsInt64());
            Assert.AreEqual(-2L, Decode("05FFFFFFFE").AsInt64());
            Assert.AreEqual(long.MinValue, Decode("148000000000000000").AsInt64());
            Assert.AreEqual(ulong.MaxValue, Decode("15FFFFFFFFFFFFFFFF").AsUInt64());
            Assert.AreEqual(1.5, Decode("183FF8000000000000").AsDouble());
            Assert.AreEqual(1.0, Decode("173F800000").AsDouble());
            Assert.AreEqual("ABC", Decode("0A03414243").AsString());
            Assert.AreEqual("\u00e9t\u00e9", Decode("0C05C3A974C3A9").AsString());
            Assert.IsTrue(Decode("0301").AsBoolean());
            Assert.IsTrue(Decode("00").IsNull);

            DlmsData bits = Decode("040CA5F0");
            Assert.AreEqual(12, bits.BitCount);
            Assert.AreEqual("a5f0", Hex.Format(bits.GetBytes()));
        }

        [TestMethod]
        public void DecodesDateTimeFieldsIncludingNotSpecified()
        {
            CosemDateTime dateTime = Decode("1907E60B16020A1E00008000FF").AsDateTime();
            Assert.AreEqual((ushort)2022, dateTime.Date.Year);
            Assert.AreEqual((byte)11, dateTime.Date.Month);
            Assert.AreEqual((byte)22, dateTime.Date.DayOfMonth);
            Assert.AreEqual((byte)2, dateTime.Date.DayOfWeek);
            Assert.AreEqual((byte)10, dateTime.Time.Hour);
            Assert.AreEqual((byte)30, dateTime.Time.Minute);
            Assert.AreEqual((byte)0, dateTime.Time.Second);
            Assert.AreEqual((byte)0, dateTime.Time.Hundredths);
            Assert.AreEqual(CosemDateTime.DeviationNotSpecified, dateTime.Deviation);
            Assert.AreEqual(CosemDateTime.ClockStatusNotSpecified, dateTime.ClockStatus);

            CosemDateTime cet = Decode("1907E6030D07020000FFFFC480").AsDateTime();
            Assert.AreEqual((short)-60, cet.Deviation);
            Assert.AreEqual(CosemDateTime.StatusDaylightSavingActive, cet.ClockStatus);
            Assert.AreEqual(CosemTime.NotSpecified, cet.Time.Hundredths);

            CosemDate wildcard = Decode("1AFFFFFDFEFF").AsDate();
            Assert.AreEqual(CosemDate.YearNotSpecified, wildcard.Year);
            Assert.AreEqual(CosemDate.DaylightSavingsEnd, wildcard.Month);
            Assert.AreEqual(CosemDate.LastDayOfMonth, wildcard.DayOfMonth);
            Assert.AreEqual(CosemDate.NotSpecified, wildcard.DayOfWeek);
        }

        [TestMethod]
        public void DecodesThePublicLoadProfileBuffer()
        {
            // u9n/dlms-cosem tests/test_a_xdr.py: 24 hourly entries {clock, status, value}.
            DlmsData profile = Decode(AxdrVectors.LoadProfile);
            Assert.AreEqual((int)DlmsDataType.Array, (int)profile.Type);
            Assert.AreEqual(24, profile.Count);
            for (int hour = 0; hour < 24; hour++)
            {
                DlmsData entry = profile[hour];
                Assert.AreEqual(3, entry.Count);
                Assert.AreEqual(12, entry[0].ByteLength);
                Assert.AreEqual((byte)hour, entry[0].ByteAt(5));
                Assert.AreEqual(0L, entry[1].AsInt64());
                Assert.AreEqual(100000L + (416L * hour), entry[2].AsInt64());
            }

            Assert.AreEqual(AxdrVectors.LoadProfile.ToLower(), Hex.Format(AxdrVectors.Encode(profile)));
        }

        [TestMethod]
        public void DecodesThePublicKamstrupHanPush()
        {
            // u9n/dlms-cosem tests/test_dlms_data.py: Kamstrup HAN-port push, 25 elements.
            DlmsData push = Decode(AxdrVectors.KamstrupHan);
            Assert.AreEqual((int)DlmsDataType.Structure, (int)push.Type);
            Assert.AreEqual(25, push.Count);
            Assert.AreEqual("Kamstrup_V0001", push[0].AsString());
            Assert.AreEqual("5706567196382485", push[2].AsString());
            Assert.AreEqual("6841131BN143101090", push[4].AsString());
            Assert.AreEqual(0x0926L, push[6].AsInt64());
            Assert.AreEqual(0xE4L, push[24].AsInt64());
            Assert.AreEqual(AxdrVectors.KamstrupHan.ToLower(), Hex.Format(AxdrVectors.Encode(push)));
        }

        [TestMethod]
        public void DecodesAtAnOffsetAndLeavesTrailingBytes()
        {
            byte[] buffer = Hex.Parse("AAAA121234BBBB");
            DlmsData value;
            int consumed;
            Assert.AreEqual((int)AxdrResult.Ok, (int)new AxdrDecoder().Decode(buffer, 2, 5, out value, out consumed));
            Assert.AreEqual(3, consumed);
            Assert.AreEqual(0x1234L, value.AsInt64());
        }

        [TestMethod]
        public void EveryPrefixOfEveryValidEncodingIsTruncated()
        {
            object[] vectors = AxdrVectors.All();
            AxdrDecoder decoder = new AxdrDecoder();
            for (int i = 1; i < vectors.Length; i += 2)
            {
                AssertEveryPrefixTruncated(decoder, Hex.Parse((string)vectors[i]));
            }

            AssertEveryPrefixTruncated(decoder, Hex.Parse(AxdrVectors.KamstrupHan));
            AssertEveryPrefixTruncated(decoder, Hex.Parse(AxdrVectors.LoadProfile));
        }

        [TestMethod]
        public void LengthsClaimingMoreThanPresentAreTruncated()
        {
            Assert.AreEqual((int)AxdrResult.Truncated, (int)Result("0906010001"));
            Assert.AreEqual((int)AxdrResult.Truncated, (int)Result("0982FFFF010203"));
            Assert.AreEqual((int)AxdrResult.Truncated, (int)Result("0A847FFFFFFF41"));
            // A bit-string of 2^31 - 1 bits needs 256 MiB: rejected before any allocation.
            Assert.AreEqual((int)AxdrResult.Truncated, (int)Result("04847FFFFFFF00"));
            Assert.AreEqual((int)AxdrResult.Truncated, (int)Result("0409FF"));
            Assert.AreEqual((int)AxdrResult.Truncated, (int)Result("020300"));
        }

        [DataRow("0980")]
        [DataRow("098000")]
        [DataRow("0180")]
        [DataRow("0480")]
        [DataRow("098105")]
        [DataRow("0981050102030405")]
        [DataRow("09820080")]
        [DataRow("0184000000010100")]
        [TestMethod]
        public void IndefiniteOrNonMinimalLengthIsMalformed(string hex)
        {
            Assert.AreEqual((int)AxdrResult.Malformed, (int)Result(hex));
        }

        [DataRow("09850000000001AA")]
        [DataRow("098F")]
        [DataRow("09FF")]
        [DataRow("0188000000000000000100")]
        [DataRow("0984FFFFFFFF")]
        [DataRow("0A8480000000")]
        [TestMethod]
        public void LengthPrefixesBeyondFourOctetsOrIntRangeAreTooLarge(string hex)
        {
            Assert.AreEqual((int)AxdrResult.TooLarge, (int)Result(hex));
        }

        [TestMethod]
        public void NestingDeeperThanTheLimitIsTooDeep()
        {
            Assert.AreEqual((int)AxdrResult.Ok, (int)Result(Nested(8) + "00"));
            Assert.AreEqual((int)AxdrResult.TooDeep, (int)Result(Nested(9) + "00"));
            Assert.AreEqual((int)AxdrResult.TooDeep, (int)Result(Nested(5000) + "00"));

            AxdrDecoder flat = new AxdrDecoder(1, 100);
            DlmsData value;
            int consumed;
            byte[] two = Hex.Parse(Nested(2) + "00");
            Assert.AreEqual((int)AxdrResult.TooDeep, (int)flat.Decode(two, 0, two.Length, out value, out consumed));
            Assert.IsNull(value);
            Assert.AreEqual(0, consumed);
        }

        [TestMethod]
        public void HugeCountsAreRejectedBeforeAllocating()
        {
            // "array of 65535 structures" with a few bytes behind it.
            Assert.AreEqual((int)AxdrResult.TooLarge, (int)Result("0182FFFF02020000"));
            Assert.AreEqual((int)AxdrResult.TooLarge, (int)Result("01847FFFFFFF00"));
            // Within the element budget but more than the bytes left: each element needs a byte.
            Assert.AreEqual((int)AxdrResult.Truncated, (int)Result("01820BB8" + "00000000"));
        }

        [TestMethod]
        public void TheElementBudgetCoversTheWholeValue()
        {
            AxdrDecoder decoder = new AxdrDecoder(8, 10);
            // Array of 9 nulls: 10 nodes, the limit.
            Assert.AreEqual((int)AxdrResult.Ok, (int)Run(decoder, "0109" + Repeat("00", 9)));
            Assert.AreEqual((int)AxdrResult.TooLarge, (int)Run(decoder, "010A" + Repeat("00", 10)));
            // Small arrays that add up past the budget: {3 nulls}, {3 nulls}, {3 nulls} = 13 nodes.
            Assert.AreEqual((int)AxdrResult.TooLarge, (int)Run(decoder, "0203" + Repeat("0103000000", 3)));
            // The budget is per call: the decoder works again afterwards.
            Assert.AreEqual((int)AxdrResult.Ok, (int)Run(decoder, "0109" + Repeat("00", 9)));
        }

        [DataRow("07")]
        [DataRow("0800")]
        [DataRow("0B00")]
        [DataRow("0E00")]
        [DataRow("1C00")]
        [DataRow("FF")]
        [DataRow("020200FF")]
        [TestMethod]
        public void UnknownTagsAreReported(string hex)
        {
            Assert.AreEqual((int)AxdrResult.UnknownTag, (int)Result(hex));
        }

        [TestMethod]
        public void CompactArrayIsUnsupported()
        {
            // compact-array of contents-description long-unsigned, 2 entries.
            Assert.AreEqual((int)AxdrResult.Unsupported, (int)Result("1312040001000200"));
        }

        [TestMethod]
        public void AnyNonZeroBooleanOctetIsTrue()
        {
            Assert.IsTrue(Decode("0305").AsBoolean());
            Assert.AreEqual("0301", Hex.Format(AxdrVectors.Encode(Decode("03FF"))));
        }

        [TestMethod]
        public void MutatedEncodingsNeverThrow()
        {
            // Seeded single-byte and truncation mutations of every vector: each decode either
            // succeeds inside the input or returns a failure; nothing escapes.
            Random random = new Random(20261122);
            AxdrDecoder decoder = new AxdrDecoder();
            object[] vectors = AxdrVectors.All();
            for (int round = 0; round < 3000; round++)
            {
                byte[] encoded = Hex.Parse((string)vectors[(2 * random.Next(vectors.Length / 2)) + 1]);
                int mutations = 1 + random.Next(3);
                for (int m = 0; m < mutations; m++)
                {
                    encoded[random.Next(encoded.Length)] = (byte)random.Next(256);
                }

                int count = random.Next(encoded.Length + 1);
                DlmsData value;
                int consumed;
                AxdrResult result = decoder.Decode(encoded, 0, count, out value, out consumed);
                if (result == AxdrResult.Ok)
                {
                    Assert.IsTrue(consumed >= 1 && consumed <= count);
                    Assert.AreEqual(consumed, AxdrEncoder.Size(value));
                }
                else
                {
                    Assert.IsNull(value);
                    Assert.AreEqual(0, consumed);
                }
            }
        }

        private static void AssertEveryPrefixTruncated(AxdrDecoder decoder, byte[] encoded)
        {
            for (int length = 0; length < encoded.Length; length++)
            {
                DlmsData value;
                int consumed;
                AxdrResult result = decoder.Decode(encoded, 0, length, out value, out consumed);
                Assert.AreEqual((int)AxdrResult.Truncated, (int)result, Hex.Format(encoded) + " cut at " + length.ToString());
                Assert.IsNull(value);
                Assert.AreEqual(0, consumed);
            }
        }

        private static DlmsData Decode(string hex)
        {
            byte[] encoded = Hex.Parse(hex);
            DlmsData value;
            int consumed;
            AxdrResult result = new AxdrDecoder().Decode(encoded, 0, encoded.Length, out value, out consumed);
            Assert.AreEqual((int)AxdrResult.Ok, (int)result, hex);
            Assert.AreEqual(encoded.Length, consumed, hex);
            return value;
        }

        private static AxdrResult Result(string hex)
        {
            return Run(new AxdrDecoder(), hex);
        }

        private static AxdrResult Run(AxdrDecoder decoder, string hex)
        {
            byte[] encoded = Hex.Parse(hex);
            DlmsData value;
            int consumed;
            return decoder.Decode(encoded, 0, encoded.Length, out value, out consumed);
        }

        private static string Nested(int depth)
        {
            return Repeat("0201", depth);
        }

        private static string Repeat(string text, int times)
        {
            char[] chars = new char[text.Length * times];
            for (int i = 0; i < times; i++)
            {
                for (int j = 0; j < text.Length; j++)
                {
                    chars[(i * text.Length) + j] = text[j];
                }
            }

            return new string(chars);
        }
    }
}
