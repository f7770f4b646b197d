namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// The tags of the COSEM "Data" CHOICE (IEC 62056-6-2 / Green Book ed. 9, 9.5). The tag is the
    /// first byte of every A-XDR encoded Data value.
    /// </summary>
    public enum DlmsDataType : byte
    {
        /// <summary>null-data [0]: no content.</summary>
        NullData = 0,

        /// <summary>array [1]: SEQUENCE OF Data, every element of the same type.</summary>
        Array = 1,

        /// <summary>structure [2]: SEQUENCE OF Data.</summary>
        Structure = 2,

        /// <summary>boolean [3]: one byte.</summary>
        Boolean = 3,

        /// <summary>bit-string [4]: length in bits, then the bits packed MSB first.</summary>
        BitString = 4,

        /// <summary>double-long [5]: Integer32.</summary>
        DoubleLong = 5,

        /// <summary>double-long-unsigned [6]: Unsigned32.</summary>
        DoubleLongUnsigned = 6,

        /// <summary>octet-string [9].</summary>
        OctetString = 9,

        /// <summary>visible-string [10].</summary>
        VisibleString = 10,

        /// <summary>utf8-string [12].</summary>
        Utf8String = 12,

        /// <summary>bcd [13]: one byte.</summary>
        Bcd = 13,

        /// <summary>integer [15]: Integer8.</summary>
        Integer = 15,

        /// <summary>long [16]: Integer16.</summary>
        Long = 16,

        /// <summary>unsigned [17]: Unsigned8.</summary>
        Unsigned = 17,

        /// <summary>long-unsigned [18]: Unsigned16.</summary>
        LongUnsigned = 18,

        /// <summary>compact-array [19]: not supported by this codec (decoding reports Unsupported).</summary>
        CompactArray = 19,

        /// <summary>long64 [20]: Integer64.</summary>
        Long64 = 20,

        /// <summary>long64-unsigned [21]: Unsigned64.</summary>
        Long64Unsigned = 21,

        /// <summary>enum [22]: one byte.</summary>
        Enum = 22,

        /// <summary>float32 [23]: IEEE 754 single, 4 bytes big-endian.</summary>
        Float32 = 23,

        /// <summary>float64 [24]: IEEE 754 double, 8 bytes big-endian.</summary>
        Float64 = 24,

        /// <summary>date-time [25]: 12 bytes.</summary>
        DateTime = 25,

        /// <summary>date [26]: 5 bytes.</summary>
        Date = 26,

        /// <summary>time [27]: 4 bytes.</summary>
        Time = 27,
    }
}
