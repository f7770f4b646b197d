using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Meter.Dlms.Axdr;

namespace Meter.Host
{
    /// <summary>A COSEM Data value as one line of text for `meter read`.</summary>
    internal static class DlmsValueText
    {
        /// <summary>The value as text; with <paramref name="octetStringIsDateTime"/> a 12-byte octet-string prints as a date-time (the clock's time attribute).</summary>
        public static string Format(DlmsData value, bool octetStringIsDateTime = false)
        {
            switch (value.Type)
            {
                case DlmsDataType.NullData:
                    return "null";
                case DlmsDataType.Boolean:
                    return value.AsBoolean() ? "true" : "false";
                case DlmsDataType.Integer:
                case DlmsDataType.Long:
                case DlmsDataType.DoubleLong:
                case DlmsDataType.Long64:
                    return value.AsInt64().ToString(CultureInfo.InvariantCulture);
                case DlmsDataType.Unsigned:
                case DlmsDataType.LongUnsigned:
                case DlmsDataType.DoubleLongUnsigned:
                case DlmsDataType.Long64Unsigned:
                case DlmsDataType.Enum:
                case DlmsDataType.Bcd:
                    return value.AsUInt64().ToString(CultureInfo.InvariantCulture);
                case DlmsDataType.Float32:
                case DlmsDataType.Float64:
                    return value.AsDouble().ToString("R", CultureInfo.InvariantCulture);
                case DlmsDataType.VisibleString:
                case DlmsDataType.Utf8String:
                    return "\"" + value.AsString() + "\"";
                case DlmsDataType.OctetString:
                    return octetStringIsDateTime && value.ByteLength == CosemDateTime.Size ? DateTime(value.GetBytes()) : OctetString(value.GetBytes());
                case DlmsDataType.BitString:
                    return "bits " + value.BitCount.ToString(CultureInfo.InvariantCulture) + " " + Convert.ToHexString(value.GetBytes());
                case DlmsDataType.Array:
                case DlmsDataType.Structure:
                    var items = Enumerable.Range(0, value.Count).Select(i => Format(value[i]));
                    return (value.Type == DlmsDataType.Array ? "[" : "{") + string.Join(", ", items) + (value.Type == DlmsDataType.Array ? "]" : "}");
                case DlmsDataType.DateTime:
                    var bytes = new byte[CosemDateTime.Size];
                    value.AsDateTime().Write(bytes, 0);
                    return DateTime(bytes);
                default:
                    return "(type " + ((int)value.Type).ToString(CultureInfo.InvariantCulture) + ")";
            }
        }

        // date-time (Blue Book 4.1.6.1): year, month, day, weekday, hour, minute, second, hundredths, deviation, status; 0xFF(FF) is "not specified".
        private static string DateTime(byte[] b)
        {
            string Field(int value, int unspecified, int width) => value == unspecified ? new string('*', width) : value.ToString(new string('0', width), CultureInfo.InvariantCulture);
            int year = (b[0] << 8) | b[1];
            short deviation = (short)((b[9] << 8) | b[10]);
            return Field(year, 0xFFFF, 4) + "-" + Field(b[2], 0xFF, 2) + "-" + Field(b[3], 0xFF, 2) + " " + Field(b[5], 0xFF, 2) + ":" + Field(b[6], 0xFF, 2) + ":" + Field(b[7], 0xFF, 2)
                + (deviation == short.MinValue ? string.Empty : " (deviation " + deviation.ToString(CultureInfo.InvariantCulture) + " min)");
        }

        // Printable ASCII (a logical device name, a serial number) as text; anything else as hex.
        private static string OctetString(byte[] bytes)
        {
            bool printable = bytes.Length > 0 && bytes.All(b => b >= 0x20 && b < 0x7F);
            return printable ? "\"" + Encoding.ASCII.GetString(bytes) + "\"" : (bytes.Length == 0 ? "(empty)" : Convert.ToHexString(bytes));
        }
    }
}
