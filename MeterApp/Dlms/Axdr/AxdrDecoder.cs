namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// Decodes one A-XDR encoded Data value (IEC 62056-6-2 / Green Book ed. 9, 9.5) from
    /// buffer[offset .. offset + count). Bad bytes never throw: the result says why they were
    /// rejected. Allocation is bounded before it happens: every length and count is checked against
    /// the bytes remaining (each element takes at least one byte) and the whole value may hold at most
    /// <see cref="MaxElements"/> Data nodes nested at most <see cref="MaxDepth"/> arrays/structures deep.
    /// An instance keeps per-call state: use one per thread (e.g. per association).
    /// </summary>
    public sealed class AxdrDecoder
    {
        /// <summary>Default nesting limit for arrays and structures.</summary>
        public const int DefaultMaxDepth = 8;

        /// <summary>Default limit on the number of Data nodes in one decoded value.</summary>
        public const int DefaultMaxElements = 4096;

        private readonly int _maxDepth;
        private readonly int _maxElements;
        private int _nodesLeft;

        /// <summary>A decoder with the default limits.</summary>
        public AxdrDecoder()
            : this(DefaultMaxDepth, DefaultMaxElements)
        {
        }

        /// <summary>A decoder with the given limits (depth 0 admits no array or structure).</summary>
        public AxdrDecoder(int maxDepth, int maxElements)
        {
            if (maxDepth < 0)
            {
                throw new System.ArgumentOutOfRangeException("maxDepth");
            }

            if (maxElements < 1)
            {
                throw new System.ArgumentOutOfRangeException("maxElements");
            }

            _maxDepth = maxDepth;
            _maxElements = maxElements;
        }

        /// <summary>How many arrays/structures may be nested inside each other.</summary>
        public int MaxDepth
        {
            get { return _maxDepth; }
        }

        /// <summary>How many Data nodes (containers and leaves) one decoded value may hold.</summary>
        public int MaxElements
        {
            get { return _maxElements; }
        }

        /// <summary>
        /// Decodes one Data value starting at <paramref name="offset"/>; bytes after it are left alone
        /// and <paramref name="consumed"/> says where it ended. On failure value is null and consumed 0.
        /// Throws only for a null buffer or a range outside it (caller bugs, not input).
        /// </summary>
        public AxdrResult Decode(byte[] buffer, int offset, int count, out DlmsData value, out int consumed)
        {
            if (buffer == null)
            {
                throw new System.ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("offset");
            }

            _nodesLeft = _maxElements;
            int position = offset;
            AxdrResult result = DecodeData(buffer, ref position, offset + count, 0, out value);
            if (result != AxdrResult.Ok)
            {
                value = null;
                consumed = 0;
                return result;
            }

            consumed = position - offset;
            return AxdrResult.Ok;
        }

        private AxdrResult DecodeData(byte[] buffer, ref int position, int end, int depth, out DlmsData value)
        {
            value = null;
            if (position >= end)
            {
                return AxdrResult.Truncated;
            }

            if (_nodesLeft <= 0)
            {
                return AxdrResult.TooLarge;
            }

            _nodesLeft--;
            DlmsDataType type = (DlmsDataType)buffer[position];
            position++;
            switch (type)
            {
                case DlmsDataType.NullData:
                    value = DlmsData.Null();
                    return AxdrResult.Ok;
                case DlmsDataType.Array:
                case DlmsDataType.Structure:
                    return DecodeContainer(buffer, ref position, end, depth, type, out value);
                case DlmsDataType.BitString:
                    return DecodeBitString(buffer, ref position, end, out value);
                case DlmsDataType.OctetString:
                case DlmsDataType.VisibleString:
                case DlmsDataType.Utf8String:
                    return DecodeString(buffer, ref position, end, type, out value);
                case DlmsDataType.Boolean:
                    return DecodeFixed(buffer, ref position, end, type, 1, false, out value);
                case DlmsDataType.Integer:
                    return DecodeFixed(buffer, ref position, end, type, 1, true, out value);
                case DlmsDataType.Unsigned:
                case DlmsDataType.Enum:
                case DlmsDataType.Bcd:
                    return DecodeFixed(buffer, ref position, end, type, 1, false, out value);
                case DlmsDataType.Long:
                    return DecodeFixed(buffer, ref position, end, type, 2, true, out value);
                case DlmsDataType.LongUnsigned:
                    return DecodeFixed(buffer, ref position, end, type, 2, false, out value);
                case DlmsDataType.DoubleLong:
                    return DecodeFixed(buffer, ref position, end, type, 4, true, out value);
                case DlmsDataType.DoubleLongUnsigned:
                case DlmsDataType.Float32:
                    return DecodeFixed(buffer, ref position, end, type, 4, false, out value);
                case DlmsDataType.Long64:
                    return DecodeFixed(buffer, ref position, end, type, 8, true, out value);
                case DlmsDataType.Long64Unsigned:
                case DlmsDataType.Float64:
                    return DecodeFixed(buffer, ref position, end, type, 8, false, out value);
                case DlmsDataType.DateTime:
                case DlmsDataType.Date:
                case DlmsDataType.Time:
                    return DecodeTemporal(buffer, ref position, end, type, out value);
                case DlmsDataType.CompactArray:
                    return AxdrResult.Unsupported;
                default:
                    return AxdrResult.UnknownTag;
            }
        }

        private AxdrResult DecodeContainer(byte[] buffer, ref int position, int end, int depth, DlmsDataType type, out DlmsData value)
        {
            value = null;
            if (depth >= _maxDepth)
            {
                return AxdrResult.TooDeep;
            }

            int elements;
            AxdrResult result = ReadLength(buffer, ref position, end, out elements);
            if (result != AxdrResult.Ok)
            {
                return result;
            }

            // Bound the allocation first: by the node budget, then by the bytes left (one byte at least per element).
            if (elements > _nodesLeft)
            {
                return AxdrResult.TooLarge;
            }

            if (elements > end - position)
            {
                return AxdrResult.Truncated;
            }

            DlmsData[] items = new DlmsData[elements];
            for (int i = 0; i < elements; i++)
            {
                result = DecodeData(buffer, ref position, end, depth + 1, out items[i]);
                if (result != AxdrResult.Ok)
                {
                    return result;
                }
            }

            value = DlmsData.FromOwnedItems(type, items);
            return AxdrResult.Ok;
        }

        private static AxdrResult DecodeBitString(byte[] buffer, ref int position, int end, out DlmsData value)
        {
            value = null;
            int bits;
            AxdrResult result = ReadLength(buffer, ref position, end, out bits);
            if (result != AxdrResult.Ok)
            {
                return result;
            }

            // The length counts bits (IEC 61334-6); computed in long so 0x7FFFFFFF bits cannot overflow.
            int octets = (int)(((long)bits + 7) / 8);
            if (octets > end - position)
            {
                return AxdrResult.Truncated;
            }

            value = DlmsData.FromOwnedBytes(DlmsDataType.BitString, Take(buffer, ref position, octets), bits);
            return AxdrResult.Ok;
        }

        private static AxdrResult DecodeString(byte[] buffer, ref int position, int end, DlmsDataType type, out DlmsData value)
        {
            value = null;
            int length;
            AxdrResult result = ReadLength(buffer, ref position, end, out length);
            if (result != AxdrResult.Ok)
            {
                return result;
            }

            if (length > end - position)
            {
                return AxdrResult.Truncated;
            }

            value = DlmsData.FromOwnedBytes(type, Take(buffer, ref position, length), 0);
            return AxdrResult.Ok;
        }

        private static AxdrResult DecodeFixed(byte[] buffer, ref int position, int end, DlmsDataType type, int size, bool signed, out DlmsData value)
        {
            value = null;
            if (size > end - position)
            {
                return AxdrResult.Truncated;
            }

            ulong raw = 0;
            for (int i = 0; i < size; i++)
            {
                raw = (raw << 8) | buffer[position + i];
            }

            if (signed && size < 8 && (buffer[position] & 0x80) != 0)
            {
                raw |= ulong.MaxValue << (8 * size);
            }

            if (type == DlmsDataType.Boolean && raw != 0)
            {
                // Any non-zero octet is TRUE (A-XDR follows BER here); the encoder writes 0x01.
                raw = 1;
            }

            position += size;
            value = DlmsData.FromRaw(type, raw);
            return AxdrResult.Ok;
        }

        private static AxdrResult DecodeTemporal(byte[] buffer, ref int position, int end, DlmsDataType type, out DlmsData value)
        {
            value = null;
            int size = type == DlmsDataType.DateTime ? CosemDateTime.Size : type == DlmsDataType.Date ? CosemDate.Size : CosemTime.Size;
            if (size > end - position)
            {
                return AxdrResult.Truncated;
            }

            object temporal;
            if (type == DlmsDataType.DateTime)
            {
                temporal = CosemDateTime.Read(buffer, position);
            }
            else if (type == DlmsDataType.Date)
            {
                temporal = CosemDate.Read(buffer, position);
            }
            else
            {
                temporal = CosemTime.Read(buffer, position);
            }

            position += size;
            value = DlmsData.FromTemporal(type, temporal);
            return AxdrResult.Ok;
        }

        private static AxdrResult ReadLength(byte[] buffer, ref int position, int end, out int length)
        {
            int used;
            AxdrResult result = AxdrLength.TryRead(buffer, position, end - position, out length, out used);
            position += used;
            return result;
        }

        private static byte[] Take(byte[] buffer, ref int position, int length)
        {
            byte[] bytes = new byte[length];
            System.Array.Copy(buffer, position, bytes, 0, length);
            position += length;
            return bytes;
        }
    }
}
