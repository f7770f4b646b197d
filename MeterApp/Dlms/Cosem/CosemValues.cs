using Meter.Dlms.Axdr;

namespace Meter.Dlms.Cosem
{
    /// <summary>Type checks the interface classes share when a client hands them a value (never throw: a mismatch is false).</summary>
    public static class CosemValues
    {
        /// <summary>The "data ::= integer (0)" parameter of methods that take none (Blue Book 4.1.5 method descriptions); null is accepted as absent.</summary>
        public static bool IsZeroInteger(DlmsData value)
        {
            return value == null || value.IsNull || (value.Type == DlmsDataType.Integer && value.AsInt64() == 0);
        }

        /// <summary>True for an octet-string of exactly <paramref name="length"/> bytes.</summary>
        public static bool IsOctetString(DlmsData value, int length)
        {
            return value != null && value.Type == DlmsDataType.OctetString && value.ByteLength == length;
        }

        /// <summary>True for a value of type <paramref name="type"/>.</summary>
        public static bool Is(DlmsData value, DlmsDataType type)
        {
            return value != null && value.Type == type;
        }

        /// <summary>True for a structure of exactly <paramref name="count"/> elements.</summary>
        public static bool IsStructure(DlmsData value, int count)
        {
            return value != null && value.Type == DlmsDataType.Structure && value.Count == count;
        }
    }
}
