using Meter.Dlms.Axdr;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class AxdrEncoderTests
    {
        [TestMethod]
        public void EncodesEveryKnownValue()
        {
            object[] vectors = AxdrVectors.All();
            for (int i = 0; i < vectors.Length; i += 2)
            {
                DlmsData value = (DlmsData)vectors[i];
                string expected = ((string)vectors[i + 1]).ToLower();
                Assert.AreEqual(expected.Length / 2, AxdrEncoder.Size(value), expected);
                Assert.AreEqual(expected, Hex.Format(AxdrVectors.Encode(value)));
            }
        }

        [TestMethod]
        public void RegisterScalerUnitMatchesTheBriefExample()
        {
            // Register attribute 3 scaler_unit: structure {scaler integer -3, unit enum 30 (Wh)}.
            DlmsData scalerUnit = DlmsData.Structure(DlmsData.Integer(-3), DlmsData.Enum(30));
            Assert.AreEqual("02020ffd161e", Hex.Format(AxdrVectors.Encode(scalerUnit)));
        }

        [TestMethod]
        public void EncodesAtAnOffsetWithoutTouchingNeighbours()
        {
            byte[] buffer = Hex.Repeat(0xEE, 8);
            Assert.AreEqual(3, AxdrEncoder.Encode(DlmsData.LongUnsigned(0x1234), buffer, 2, 4));
            Assert.AreEqual("eeee121234eeeeee", Hex.Format(buffer));
        }

        [TestMethod]
        public void EveryTooSmallBufferDoesNotFit()
        {
            object[] vectors = AxdrVectors.All();
            for (int i = 0; i < vectors.Length; i += 2)
            {
                DlmsData value = (DlmsData)vectors[i];
                int size = AxdrEncoder.Size(value);
                byte[] buffer = new byte[size];
                for (int count = 0; count < size; count++)
                {
                    Assert.AreEqual(AxdrEncoder.DoesNotFit, AxdrEncoder.Encode(value, buffer, 0, count), (string)vectors[i + 1] + " in " + count.ToString());
                }
            }
        }

        [TestMethod]
        public void NestedStructuresRoundTrip()
        {
            // A profile-like value with every alternative, three levels deep.
            DlmsData row = DlmsData.Structure(
                DlmsData.DateTime(AxdrVectors.NovemberMorning()),
                DlmsData.Date(new CosemDate(2022, 11, 22, 2)),
                DlmsData.Time(new CosemTime(23, 59, 59, 99)),
                DlmsData.Array(
                    DlmsData.Structure(DlmsData.Integer(-1), DlmsData.Long(-300), DlmsData.DoubleLong(-70000), DlmsData.Long64(long.MinValue)),
                    DlmsData.Structure(DlmsData.Unsigned(255), DlmsData.LongUnsigned(65535), DlmsData.DoubleLongUnsigned(uint.MaxValue), DlmsData.Long64Unsigned(1))),
                DlmsData.Structure(DlmsData.Float32(-2.5f), DlmsData.Float64(-0.0), DlmsData.Bcd(0x99), DlmsData.Enum(0)),
                DlmsData.Structure(DlmsData.OctetString(Hex.Repeat(0x01, 130)), DlmsData.VisibleString("meter"), DlmsData.Utf8String("k\u00fchl"), DlmsData.BitString(new byte[] { 0x80 }, 1)),
                DlmsData.Boolean(false),
                DlmsData.Null());

            byte[] encoded = AxdrVectors.Encode(row);
            DlmsData decoded;
            int consumed;
            Assert.AreEqual((int)AxdrResult.Ok, (int)new AxdrDecoder().Decode(encoded, 0, encoded.Length, out decoded, out consumed));
            Assert.AreEqual(encoded.Length, consumed);
            Assert.AreEqual(Hex.Format(encoded), Hex.Format(AxdrVectors.Encode(decoded)));

            Assert.AreEqual(8, decoded.Count);
            Assert.AreEqual((byte)99, decoded[2].AsTime().Hundredths);
            Assert.AreEqual(long.MinValue, decoded[3][0][3].AsInt64());
            Assert.AreEqual((ulong)uint.MaxValue, decoded[3][1][2].AsUInt64());
            Assert.AreEqual(-2.5, decoded[4][0].AsDouble());
            Assert.AreEqual(0x8000000000000000UL, decoded[4][1].FloatBits());
            Assert.AreEqual(130, decoded[5][0].ByteLength);
            Assert.AreEqual("k\u00fchl", decoded[5][2].AsString());
            Assert.AreEqual(1, decoded[5][3].BitCount);
            Assert.IsFalse(decoded[6].AsBoolean());
        }

        [TestMethod]
        public void FloatBitsSurviveExactly()
        {
            // A signalling NaN payload and the smallest subnormal: exact through model and wire.
            DlmsData nan = DlmsData.Float64Bits(0x7FF0000000000001UL);
            Assert.AreEqual("187ff0000000000001", Hex.Format(AxdrVectors.Encode(nan)));
            DlmsData tiny = DlmsData.Float32Bits(0x00000001u);
            Assert.AreEqual("1700000001", Hex.Format(AxdrVectors.Encode(tiny)));
            Assert.AreEqual(1UL, tiny.FloatBits());
        }
    }
}
