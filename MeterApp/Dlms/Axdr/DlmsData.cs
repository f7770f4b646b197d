using System;
using System.Text;

namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// One value of the COSEM "Data" CHOICE (IEC 62056-6-2, Green Book ed. 9, 9.5): a type tag and
    /// its payload. Instances are immutable: factories copy the arrays they are given and accessors
    /// hand out copies. Integers are held in 64 bits, floats as their raw IEEE bits (exact round
    /// trips, also where the device's double is single precision). Typed accessors throw
    /// InvalidOperationException when the value is of another type.
    /// </summary>
    public sealed class DlmsData
    {
        private static readonly DlmsData NullValue = new DlmsData(DlmsDataType.NullData, 0, null, 0, null, null);

        private readonly DlmsDataType _type;
        private readonly ulong _raw;
        private readonly byte[] _bytes;
        private readonly int _bitCount;
        private readonly DlmsData[] _items;
        private readonly object _temporal;

        private DlmsData(DlmsDataType type, ulong raw, byte[] bytes, int bitCount, DlmsData[] items, object temporal)
        {
            _type = type;
            _raw = raw;
            _bytes = bytes;
            _bitCount = bitCount;
            _items = items;
            _temporal = temporal;
        }

        /// <summary>The Data CHOICE tag of this value.</summary>
        public DlmsDataType Type
        {
            get { return _type; }
        }

        /// <summary>True for null-data.</summary>
        public bool IsNull
        {
            get { return _type == DlmsDataType.NullData; }
        }

        /// <summary>The number of elements of an array or structure.</summary>
        public int Count
        {
            get { return Items().Length; }
        }

        /// <summary>Element <paramref name="index"/> of an array or structure.</summary>
        public DlmsData this[int index]
        {
            get { return Items()[index]; }
        }

        /// <summary>The byte length of an octet-string, visible-string or utf8-string, or the packed length of a bit-string.</summary>
        public int ByteLength
        {
            get { return Bytes().Length; }
        }

        /// <summary>The number of bits of a bit-string.</summary>
        public int BitCount
        {
            get
            {
                Expect(DlmsDataType.BitString);
                return _bitCount;
            }
        }

        /// <summary>null-data.</summary>
        public static DlmsData Null()
        {
            return NullValue;
        }

        /// <summary>array [1] of the given elements (A-XDR does not check they share a type; the caller does).</summary>
        public static DlmsData Array(params DlmsData[] elements)
        {
            return new DlmsData(DlmsDataType.Array, 0, null, 0, CopyItems(elements), null);
        }

        /// <summary>structure [2] of the given elements.</summary>
        public static DlmsData Structure(params DlmsData[] elements)
        {
            return new DlmsData(DlmsDataType.Structure, 0, null, 0, CopyItems(elements), null);
        }

        /// <summary>boolean [3].</summary>
        public static DlmsData Boolean(bool value)
        {
            return new DlmsData(DlmsDataType.Boolean, value ? 1UL : 0UL, null, 0, null, null);
        }

        /// <summary>bit-string [4] of <paramref name="bitCount"/> bits packed MSB first in <paramref name="bits"/>.</summary>
        public static DlmsData BitString(byte[] bits, int bitCount)
        {
            if (bits == null)
            {
                throw new ArgumentNullException("bits");
            }

            if (bitCount < 0 || (bitCount + 7) / 8 != bits.Length)
            {
                throw new ArgumentOutOfRangeException("bitCount");
            }

            return new DlmsData(DlmsDataType.BitString, 0, CopyBytes(bits), bitCount, null, null);
        }

        /// <summary>double-long [5].</summary>
        public static DlmsData DoubleLong(int value)
        {
            return Signed(DlmsDataType.DoubleLong, value);
        }

        /// <summary>double-long-unsigned [6].</summary>
        public static DlmsData DoubleLongUnsigned(uint value)
        {
            return Unsigned(DlmsDataType.DoubleLongUnsigned, value);
        }

        /// <summary>octet-string [9].</summary>
        public static DlmsData OctetString(byte[] value)
        {
            return Text(DlmsDataType.OctetString, value);
        }

        /// <summary>visible-string [10] from raw bytes.</summary>
        public static DlmsData VisibleString(byte[] value)
        {
            return Text(DlmsDataType.VisibleString, value);
        }

        /// <summary>visible-string [10] from ASCII text (characters above 0x7F are rejected).</summary>
        public static DlmsData VisibleString(string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            byte[] bytes = new byte[value.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                if (value[i] > 0x7F)
                {
                    throw new ArgumentException("visible-string is ASCII");
                }

                bytes[i] = (byte)value[i];
            }

            return new DlmsData(DlmsDataType.VisibleString, 0, bytes, 0, null, null);
        }

        /// <summary>utf8-string [12] from raw bytes.</summary>
        public static DlmsData Utf8String(byte[] value)
        {
            return Text(DlmsDataType.Utf8String, value);
        }

        /// <summary>utf8-string [12] from text.</summary>
        public static DlmsData Utf8String(string value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            return new DlmsData(DlmsDataType.Utf8String, 0, Encoding.UTF8.GetBytes(value), 0, null, null);
        }

        /// <summary>bcd [13]: one byte holding two BCD digits.</summary>
        public static DlmsData Bcd(byte value)
        {
            return Unsigned(DlmsDataType.Bcd, value);
        }

        /// <summary>integer [15].</summary>
        public static DlmsData Integer(sbyte value)
        {
            return Signed(DlmsDataType.Integer, value);
        }

        /// <summary>long [16].</summary>
        public static DlmsData Long(short value)
        {
            return Signed(DlmsDataType.Long, value);
        }

        /// <summary>unsigned [17].</summary>
        public static DlmsData Unsigned(byte value)
        {
            return Unsigned(DlmsDataType.Unsigned, value);
        }

        /// <summary>long-unsigned [18].</summary>
        public static DlmsData LongUnsigned(ushort value)
        {
            return Unsigned(DlmsDataType.LongUnsigned, value);
        }

        /// <summary>long64 [20].</summary>
        public static DlmsData Long64(long value)
        {
            return Signed(DlmsDataType.Long64, value);
        }

        /// <summary>long64-unsigned [21].</summary>
        public static DlmsData Long64Unsigned(ulong value)
        {
            return Unsigned(DlmsDataType.Long64Unsigned, value);
        }

        /// <summary>enum [22].</summary>
        public static DlmsData Enum(byte value)
        {
            return Unsigned(DlmsDataType.Enum, value);
        }

        /// <summary>float32 [23] from its raw IEEE 754 single-precision bits.</summary>
        public static DlmsData Float32Bits(uint bits)
        {
            return new DlmsData(DlmsDataType.Float32, bits, null, 0, null, null);
        }

        /// <summary>float32 [23].</summary>
        public static DlmsData Float32(float value)
        {
            byte[] native = BitConverter.GetBytes(value);
            uint bits = 0;
            for (int i = 0; i < 4; i++)
            {
                bits = (bits << 8) | native[BitConverter.IsLittleEndian ? 3 - i : i];
            }

            return Float32Bits(bits);
        }

        /// <summary>float64 [24] from its raw IEEE 754 double-precision bits.</summary>
        public static DlmsData Float64Bits(ulong bits)
        {
            return new DlmsData(DlmsDataType.Float64, bits, null, 0, null, null);
        }

        /// <summary>float64 [24].</summary>
        public static DlmsData Float64(double value)
        {
            return Float64Bits((ulong)BitConverter.DoubleToInt64Bits(value));
        }

        /// <summary>date-time [25].</summary>
        public static DlmsData DateTime(CosemDateTime value)
        {
            return Temporal(DlmsDataType.DateTime, value);
        }

        /// <summary>date [26].</summary>
        public static DlmsData Date(CosemDate value)
        {
            return Temporal(DlmsDataType.Date, value);
        }

        /// <summary>time [27].</summary>
        public static DlmsData Time(CosemTime value)
        {
            return Temporal(DlmsDataType.Time, value);
        }

        /// <summary>The value of a boolean.</summary>
        public bool AsBoolean()
        {
            Expect(DlmsDataType.Boolean);
            return _raw != 0;
        }

        /// <summary>
        /// The value of any integer type (integer, long, double-long, long64, unsigned, long-unsigned,
        /// double-long-unsigned, long64-unsigned, enum, bcd); throws when it does not fit a long.
        /// </summary>
        public long AsInt64()
        {
            if (IsSigned(_type))
            {
                return (long)_raw;
            }

            if (!IsUnsigned(_type))
            {
                throw WrongType("an integer");
            }

            if (_raw > long.MaxValue)
            {
                throw new InvalidOperationException("value does not fit a long");
            }

            return (long)_raw;
        }

        /// <summary>The value of any integer type; throws when it is negative.</summary>
        public ulong AsUInt64()
        {
            if (IsUnsigned(_type))
            {
                return _raw;
            }

            if (!IsSigned(_type))
            {
                throw WrongType("an integer");
            }

            if ((long)_raw < 0)
            {
                throw new InvalidOperationException("value is negative");
            }

            return _raw;
        }

        /// <summary>The raw IEEE bits of a float32 (low 32 bits) or float64.</summary>
        public ulong FloatBits()
        {
            if (_type != DlmsDataType.Float32 && _type != DlmsDataType.Float64)
            {
                throw WrongType("a float");
            }

            return _raw;
        }

        /// <summary>The value of a float32 or float64 as a double.</summary>
        public double AsDouble()
        {
            if (_type == DlmsDataType.Float64)
            {
                return BitConverter.Int64BitsToDouble((long)_raw);
            }

            Expect(DlmsDataType.Float32);
            byte[] native = new byte[4];
            for (int i = 0; i < 4; i++)
            {
                native[BitConverter.IsLittleEndian ? i : 3 - i] = (byte)(_raw >> (8 * i));
            }

            return BitConverter.ToSingle(native, 0);
        }

        /// <summary>A copy of the bytes of an octet-string, visible-string, utf8-string or bit-string.</summary>
        public byte[] GetBytes()
        {
            return CopyBytes(Bytes());
        }

        /// <summary>Byte <paramref name="index"/> of a string or bit-string, without copying.</summary>
        public byte ByteAt(int index)
        {
            return Bytes()[index];
        }

        /// <summary>Copies the bytes of a string or bit-string into <paramref name="destination"/>.</summary>
        public void CopyBytesTo(byte[] destination, int offset)
        {
            byte[] bytes = Bytes();
            System.Array.Copy(bytes, 0, destination, offset, bytes.Length);
        }

        /// <summary>The text of a visible-string (one char per byte) or utf8-string.</summary>
        public string AsString()
        {
            if (_type == DlmsDataType.Utf8String)
            {
                return Encoding.UTF8.GetString(_bytes, 0, _bytes.Length);
            }

            Expect(DlmsDataType.VisibleString);
            char[] chars = new char[_bytes.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)_bytes[i];
            }

            return new string(chars);
        }

        /// <summary>The value of a date-time.</summary>
        public CosemDateTime AsDateTime()
        {
            Expect(DlmsDataType.DateTime);
            return (CosemDateTime)_temporal;
        }

        /// <summary>The value of a date.</summary>
        public CosemDate AsDate()
        {
            Expect(DlmsDataType.Date);
            return (CosemDate)_temporal;
        }

        /// <summary>The value of a time.</summary>
        public CosemTime AsTime()
        {
            Expect(DlmsDataType.Time);
            return (CosemTime)_temporal;
        }

        /// <summary>Decoder entry: a value of a fixed-size integer, boolean, enum, bcd or float type.</summary>
        internal static DlmsData FromRaw(DlmsDataType type, ulong raw)
        {
            return new DlmsData(type, raw, null, 0, null, null);
        }

        /// <summary>Decoder entry: takes ownership of <paramref name="bytes"/> (no copy).</summary>
        internal static DlmsData FromOwnedBytes(DlmsDataType type, byte[] bytes, int bitCount)
        {
            return new DlmsData(type, 0, bytes, bitCount, null, null);
        }

        /// <summary>Decoder entry: takes ownership of <paramref name="items"/> (no copy).</summary>
        internal static DlmsData FromOwnedItems(DlmsDataType type, DlmsData[] items)
        {
            return new DlmsData(type, 0, null, 0, items, null);
        }

        /// <summary>Decoder entry: a date-time, date or time.</summary>
        internal static DlmsData FromTemporal(DlmsDataType type, object value)
        {
            return new DlmsData(type, 0, null, 0, null, value);
        }

        /// <summary>Encoder access to the payload without copying.</summary>
        internal ulong Raw
        {
            get { return _raw; }
        }

        /// <summary>Encoder access to the bytes without copying.</summary>
        internal byte[] RawBytes
        {
            get { return _bytes; }
        }

        /// <summary>Encoder access to the elements without copying.</summary>
        internal DlmsData[] RawItems
        {
            get { return _items; }
        }

        /// <summary>Encoder access to the date-time, date or time.</summary>
        internal object RawTemporal
        {
            get { return _temporal; }
        }

        private static bool IsSigned(DlmsDataType type)
        {
            return type == DlmsDataType.Integer || type == DlmsDataType.Long || type == DlmsDataType.DoubleLong || type == DlmsDataType.Long64;
        }

        private static bool IsUnsigned(DlmsDataType type)
        {
            return type == DlmsDataType.Unsigned || type == DlmsDataType.LongUnsigned || type == DlmsDataType.DoubleLongUnsigned
                || type == DlmsDataType.Long64Unsigned || type == DlmsDataType.Enum || type == DlmsDataType.Bcd;
        }

        private static DlmsData Signed(DlmsDataType type, long value)
        {
            return new DlmsData(type, (ulong)value, null, 0, null, null);
        }

        private static DlmsData Unsigned(DlmsDataType type, ulong value)
        {
            return new DlmsData(type, value, null, 0, null, null);
        }

        private static DlmsData Text(DlmsDataType type, byte[] value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            return new DlmsData(type, 0, CopyBytes(value), 0, null, null);
        }

        private static DlmsData Temporal(DlmsDataType type, object value)
        {
            if (value == null)
            {
                throw new ArgumentNullException("value");
            }

            return new DlmsData(type, 0, null, 0, null, value);
        }

        private static byte[] CopyBytes(byte[] source)
        {
            byte[] copy = new byte[source.Length];
            System.Array.Copy(source, copy, source.Length);
            return copy;
        }

        private static DlmsData[] CopyItems(DlmsData[] source)
        {
            if (source == null)
            {
                throw new ArgumentNullException("elements");
            }

            DlmsData[] copy = new DlmsData[source.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                if (source[i] == null)
                {
                    throw new ArgumentNullException("elements");
                }

                copy[i] = source[i];
            }

            return copy;
        }

        private byte[] Bytes()
        {
            if (_bytes == null)
            {
                throw WrongType("a string or bit-string");
            }

            return _bytes;
        }

        private DlmsData[] Items()
        {
            if (_items == null)
            {
                throw WrongType("an array or structure");
            }

            return _items;
        }

        private void Expect(DlmsDataType type)
        {
            if (_type != type)
            {
                throw WrongType(type.ToString());
            }
        }

        private InvalidOperationException WrongType(string expected)
        {
            return new InvalidOperationException("Data is " + _type.ToString() + ", not " + expected);
        }
    }
}
