using Meter.Dlms.Axdr;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// Known A-XDR encodings of the Data CHOICE (IEC 62056-6-2 / Green Book ed. 9, 9.5), one or more
    /// per alternative, shared by the encoder and decoder tests. Built fresh on every call.
    /// </summary>
    internal static class AxdrVectors
    {
        // Load-profile buffer (array of 24 structures {date-time as octet-string, status, value})
        // from u9n/dlms-cosem tests/test_a_xdr.py test_decode_array_and_structure (the leading 00
        // of the GET response choice removed).
        public const string LoadProfile =
            "01180203090C07E2020C0500000000800000110006000186A00203090C07E2020C050"
            + "1000000800000110006000188400203090C07E2020C0502000000800000110006000189E00203"
            + "090C07E2020C050300000080000011000600018B800203090C07E2020C0504000000800000110"
            + "00600018D200203090C07E2020C050500000080000011000600018EC00203090C07E2020C0506"
            + "000000800000110006000190600203090C07E2020C05070000008000001100060001920002030"
            + "90C07E2020C0508000000800000110006000193A00203090C07E2020C05090000008000001100"
            + "06000195400203090C07E2020C050A000000800000110006000196E00203090C07E2020C050B0"
            + "00000800000110006000198800203090C07E2020C050C00000080000011000600019A20020309"
            + "0C07E2020C050D00000080000011000600019BC00203090C07E2020C050E00000080000011000"
            + "600019D600203090C07E2020C050F00000080000011000600019F000203090C07E2020C051000"
            + "00008000001100060001A0A00203090C07E2020C05110000008000001100060001A2400203090"
            + "C07E2020C05120000008000001100060001A3E00203090C07E2020C0513000000800000110006"
            + "0001A5800203090C07E2020C05140000008000001100060001A7200203090C07E2020C0515000"
            + "0008000001100060001A8C00203090C07E2020C05160000008000001100060001AA600203090C"
            + "07E2020C05170000008000001100060001AC00";

        // Kamstrup HAN-port push: structure of 25 elements (visible-strings, OBIS octet-strings,
        // double-long-unsigned and long-unsigned values), from u9n/dlms-cosem
        // tests/test_dlms_data.py test_parse_data_from_kamstrup_han_port.
        public const string KamstrupHan =
            "02190A0E4B616D73747275705F563030303109060101000005FF0A10353730363536373139363338"
            + "3234383509060101600101FF0A1236383431313331424E31343331303130393009060101010700FF"
            + "060000092609060101020700FF060000000009060101030700FF060000000009060101040700FF06"
            + "000000DF090601011F0700FF060000005C09060101330700FF060000008D09060101470700FF0600"
            + "00037209060101200700FF1200E609060101340700FF1200E609060101480700FF1200E4";

        /// <summary>Pairs of (value, hex of its A-XDR encoding); even index value, odd index hex.</summary>
        public static object[] All()
        {
            return new object[]
            {
                DlmsData.Null(), "00",
                DlmsData.Boolean(true), "0301",
                DlmsData.Boolean(false), "0300",
                DlmsData.BitString(new byte[] { 0xA5, 0xF0 }, 12), "040CA5F0",
                DlmsData.BitString(new byte[0], 0), "0400",
                DlmsData.DoubleLong(-2), "05FFFFFFFE",
                DlmsData.DoubleLong(int.MinValue), "0580000000",
                DlmsData.DoubleLongUnsigned(0x12345678u), "0612345678",
                // OBIS 1.0.1.8.0.255 as a logical name.
                DlmsData.OctetString(new byte[] { 1, 0, 1, 8, 0, 255 }), "09060100010800FF",
                DlmsData.OctetString(new byte[0]), "0900",
                DlmsData.OctetString(Hex.Repeat(0x5A, 200)), "0981C8" + Hex.Format(Hex.Repeat(0x5A, 200)),
                DlmsData.OctetString(Hex.Repeat(0x33, 300)), "0982012C" + Hex.Format(Hex.Repeat(0x33, 300)),
                DlmsData.VisibleString("ABC"), "0A03414243",
                DlmsData.Utf8String("\u00e9t\u00e9"), "0C05C3A974C3A9",
                DlmsData.Bcd(0x42), "0D42",
                DlmsData.Integer(-3), "0FFD",
                DlmsData.Integer(127), "0F7F",
                DlmsData.Long(-2), "10FFFE",
                DlmsData.Long(short.MinValue), "108000",
                DlmsData.Unsigned(200), "11C8",
                // long-unsigned 0x1234 (the brief's example).
                DlmsData.LongUnsigned(0x1234), "121234",
                DlmsData.Long64(-1), "14FFFFFFFFFFFFFFFF",
                DlmsData.Long64(0x0102030405060708), "140102030405060708",
                DlmsData.Long64Unsigned(ulong.MaxValue), "15FFFFFFFFFFFFFFFF",
                // enum 30: unit Wh (IEC 62056-6-2 unit table).
                DlmsData.Enum(30), "161E",
                DlmsData.Float32(1.0f), "173F800000",
                DlmsData.Float32Bits(0xC0490FDBu), "17C0490FDB",
                DlmsData.Float64(1.5), "183FF8000000000000",
                DlmsData.Float64Bits(0x7FF8000000000001UL), "187FF8000000000001",
                // 2022-11-22 Tuesday 10:30:00.00, deviation and clock status not specified.
                DlmsData.DateTime(NovemberMorning()), "1907E60B16020A1E00008000FF",
                DlmsData.Date(new CosemDate(2022, 11, 22, 2)), "1A07E60B1602",
                DlmsData.Date(new CosemDate(CosemDate.YearNotSpecified, CosemDate.NotSpecified, CosemDate.LastDayOfMonth, CosemDate.NotSpecified)), "1AFFFFFFFEFF",
                DlmsData.Time(new CosemTime(10, 30, 0, CosemTime.NotSpecified)), "1B0A1E00FF",
                // Clock time as most meters send it: the date-time inside an octet-string of 12.
                DlmsData.OctetString(Hex.Parse("07E60B16020A1E00008000FF")), "090C07E60B16020A1E00008000FF",
                // Register attribute 3 scaler_unit {integer -3, enum 30 (Wh)}.
                DlmsData.Structure(DlmsData.Integer(-3), DlmsData.Enum(30)), "02020FFD161E",
                DlmsData.Array(), "0100",
                DlmsData.Array(DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(2)), "0102120001120002",
                DlmsData.Structure(
                    DlmsData.OctetString(new byte[] { 1, 0, 1, 8, 0, 255 }),
                    DlmsData.Array(DlmsData.Structure(DlmsData.Null(), DlmsData.Boolean(true)))),
                "020209060100010800FF01010202000301",
            };
        }

        /// <summary>2022-11-22 Tuesday 10:30:00.00, deviation and clock status not specified.</summary>
        public static CosemDateTime NovemberMorning()
        {
            return new CosemDateTime(
                new CosemDate(2022, 11, 22, 2),
                new CosemTime(10, 30, 0, 0),
                CosemDateTime.DeviationNotSpecified,
                CosemDateTime.ClockStatusNotSpecified);
        }

        /// <summary>Encodes <paramref name="value"/> into an exactly sized array.</summary>
        public static byte[] Encode(DlmsData value)
        {
            byte[] buffer = new byte[AxdrEncoder.Size(value)];
            int written = AxdrEncoder.Encode(value, buffer, 0, buffer.Length);
            Assert.AreEqual(buffer.Length, written, "encoded size differs from Size()");
            return buffer;
        }
    }
}
