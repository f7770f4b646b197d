namespace Meter.Dlms.Axdr
{
    /// <summary>
    /// Encodes Data values in A-XDR (IEC 62056-6-2 / Green Book ed. 9, 9.5) into a caller's buffer:
    /// tag, then the content; lengths and counts in the shortest variable-length form, integers and
    /// floats big-endian at their fixed size. Allocates nothing.
    /// </summary>
    public static class AxdrEncoder
    {
        /// <summary>Returned instead of a byte count when the encoding does not fit the space given.</summary>
        public const int DoesNotFit = -1;

        /// <summary>The number of bytes <see cref="Encode"/> writes for <paramref name="value"/>.</summary>
        public static int Size(DlmsData value)
        {
            if (value == null)
            {
                throw new System.ArgumentNullException("value");
            }

            DlmsDataType type = value.Type;
            switch (type)
            {
                case DlmsDataType.Array:
                case DlmsDataType.Structure:
                    DlmsData[] items = value.RawItems;
                    int size = 1 + AxdrLength.Size(items.Length);
                    for (int i = 0; i < items.Length; i++)
                    {
                        size += Size(items[i]);
                    }

                    return size;
                case DlmsDataType.BitString:
                    return 1 + AxdrLength.Size(value.BitCount) + value.RawBytes.Length;
                case DlmsDataType.OctetString:
                case DlmsDataType.VisibleString:
                case DlmsDataType.Utf8String:
                    return 1 + AxdrLength.Size(value.RawBytes.Length) + value.RawBytes.Length;
                default:
                    return 1 + FixedSize(type);
            }
        }

        /// <summary>
        /// Writes <paramref name="value"/> into buffer[offset .. offset + count); returns the bytes
        /// written, or <see cref="DoesNotFit"/> (the buffer may then hold a partial encoding).
        /// </summary>
        public static int Encode(DlmsData value, byte[] buffer, int offset, int count)
        {
            if (value == null)
            {
                throw new System.ArgumentNullException("value");
            }

            if (buffer == null)
            {
                throw new System.ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new System.ArgumentOutOfRangeException("offset");
            }

            return EncodeData(value, buffer, offset, count);
        }

        private static int EncodeData(DlmsData value, byte[] buffer, int offset, int count)
        {
            if (count < 1)
            {
                return DoesNotFit;
            }

            DlmsDataType type = value.Type;
            buffer[offset] = (byte)type;
            int position = offset + 1;
            int end = offset + count;
            switch (type)
            {
                case DlmsDataType.Array:
                case DlmsDataType.Structure:
                    DlmsData[] items = value.RawItems;
                    int written = AxdrLength.Write(buffer, position, end - position, items.Length);
                    for (int i = 0; written != DoesNotFit && i < items.Length; i++)
                    {
                        position += written;
                        written = EncodeData(items[i], buffer, position, end - position);
                    }

                    return written == DoesNotFit ? DoesNotFit : position + written - offset;
                case DlmsDataType.BitString:
                    return EncodeBytes(value.RawBytes, value.BitCount, buffer, position, end, offset);
                case DlmsDataType.OctetString:
                case DlmsDataType.VisibleString:
                case DlmsDataType.Utf8String:
                    return EncodeBytes(value.RawBytes, value.RawBytes.Length, buffer, position, end, offset);
                case DlmsDataType.DateTime:
                case DlmsDataType.Date:
                case DlmsDataType.Time:
                    return EncodeTemporal(value, buffer, position, end, offset);
                default:
                    int size = FixedSize(type);
                    if (size > end - position)
                    {
                        return DoesNotFit;
                    }

                    ulong raw = value.Raw;
                    for (int i = size - 1; i >= 0; i--)
                    {
                        buffer[position + i] = (byte)raw;
                        raw >>= 8;
                    }

                    return 1 + size;
            }
        }

        private static int EncodeBytes(byte[] bytes, int lengthField, byte[] buffer, int position, int end, int start)
        {
            int written = AxdrLength.Write(buffer, position, end - position, lengthField);
            if (written == DoesNotFit || bytes.Length > end - position - written)
            {
                return DoesNotFit;
            }

            position += written;
            System.Array.Copy(bytes, 0, buffer, position, bytes.Length);
            return position + bytes.Length - start;
        }

        private static int EncodeTemporal(DlmsData value, byte[] buffer, int position, int end, int start)
        {
            DlmsDataType type = value.Type;
            int size = FixedSize(type);
            if (size > end - position)
            {
                return DoesNotFit;
            }

            if (type == DlmsDataType.DateTime)
            {
                ((CosemDateTime)value.RawTemporal).Write(buffer, position);
            }
            else if (type == DlmsDataType.Date)
            {
                ((CosemDate)value.RawTemporal).Write(buffer, position);
            }
            else
            {
                ((CosemTime)value.RawTemporal).Write(buffer, position);
            }

            return position + size - start;
        }

        // Content size of the fixed-size alternatives (Green Book ed. 9, 9.5, Data CHOICE).
        private static int FixedSize(DlmsDataType type)
        {
            switch (type)
            {
                case DlmsDataType.NullData:
                    return 0;
                case DlmsDataType.Boolean:
                case DlmsDataType.Bcd:
                case DlmsDataType.Integer:
                case DlmsDataType.Unsigned:
                case DlmsDataType.Enum:
                    return 1;
                case DlmsDataType.Long:
                case DlmsDataType.LongUnsigned:
                    return 2;
                case DlmsDataType.DoubleLong:
                case DlmsDataType.DoubleLongUnsigned:
                case DlmsDataType.Float32:
                case DlmsDataType.Time:
                    return 4;
                case DlmsDataType.Date:
                    return CosemDate.Size;
                case DlmsDataType.Long64:
                case DlmsDataType.Long64Unsigned:
                case DlmsDataType.Float64:
                    return 8;
                case DlmsDataType.DateTime:
                    return CosemDateTime.Size;
                default:
                    throw new System.InvalidOperationException("no A-XDR encoding for " + type.ToString());
            }
        }
    }
}
