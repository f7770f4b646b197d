using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Request-With-List (Green Book ed. 9, 9.5): C0 03, invoke-id-and-priority, SEQUENCE OF
    /// Cosem-Attribute-Descriptor-With-Selection (descriptor, access-selection OPTIONAL). The count is
    /// bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated.
    /// </summary>
    public sealed class GetRequestWithList
    {
        // Smallest item: a descriptor and the 00 "no selective access" flag.
        private const int MinItemSize = CosemAttributeDescriptor.Size + 1;

        private readonly byte _invokeIdAndPriority;
        private readonly CosemAttributeDescriptor[] _attributes;
        private readonly SelectiveAccessDescriptor[] _access;

        /// <summary>
        /// A request for <paramref name="attributes"/>; <paramref name="access"/> has the same length
        /// (null entries for no selective access) or is null for none at all. The arrays are copied.
        /// </summary>
        public GetRequestWithList(byte invokeIdAndPriority, CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access)
        {
            if (attributes == null)
            {
                throw new System.ArgumentNullException("attributes");
            }

            if (attributes.Length > XdlmsLimits.MaxListItems || (access != null && access.Length != attributes.Length))
            {
                throw new System.ArgumentOutOfRangeException("attributes");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _attributes = new CosemAttributeDescriptor[attributes.Length];
            _access = new SelectiveAccessDescriptor[attributes.Length];
            for (int i = 0; i < attributes.Length; i++)
            {
                if (attributes[i] == null)
                {
                    throw new System.ArgumentNullException("attributes");
                }

                _attributes[i] = attributes[i];
                _access[i] = access == null ? null : access[i];
            }
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The number of attributes requested.</summary>
        public int Count
        {
            get { return _attributes.Length; }
        }

        /// <summary>Attribute <paramref name="index"/> of the list.</summary>
        public CosemAttributeDescriptor AttributeAt(int index)
        {
            return _attributes[index];
        }

        /// <summary>The selective access of item <paramref name="index"/>, or null.</summary>
        public SelectiveAccessDescriptor AccessAt(int index)
        {
            return _access[index];
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get
            {
                int size = 3 + AxdrLength.Size(_attributes.Length);
                for (int i = 0; i < _attributes.Length; i++)
                {
                    size += CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(_access[i]);
                }

                return size;
            }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out GetRequestWithList apdu)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            apdu = null;
            int position = offset;
            int end = offset + count;
            byte invokeIdAndPriority;
            XdlmsResult result = XdlmsCodec.ReadHeader(buffer, ref position, end, XdlmsTag.GetRequest, XdlmsTag.GetWithList, out invokeIdAndPriority);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            int items;
            result = XdlmsCodec.ReadCount(buffer, ref position, end, MinItemSize, out items);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            CosemAttributeDescriptor[] attributes = new CosemAttributeDescriptor[items];
            SelectiveAccessDescriptor[] access = new SelectiveAccessDescriptor[items];
            for (int i = 0; i < items; i++)
            {
                result = CosemAttributeDescriptor.Read(buffer, ref position, end, out attributes[i]);
                if (result != XdlmsResult.Ok)
                {
                    return result;
                }

                result = SelectiveAccessDescriptor.ReadOptional(decoder, buffer, ref position, end, out access[i]);
                if (result != XdlmsResult.Ok)
                {
                    return result;
                }
            }

            result = XdlmsCodec.Finish(position, end);
            if (result == XdlmsResult.Ok)
            {
                apdu = new GetRequestWithList(invokeIdAndPriority, attributes, access);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.GetRequest, XdlmsTag.GetWithList, _invokeIdAndPriority);
            position += AxdrLength.Write(buffer, position, buffer.Length - position, _attributes.Length);
            for (int i = 0; i < _attributes.Length; i++)
            {
                position = _attributes[i].Write(buffer, position);
                position = SelectiveAccessDescriptor.WriteOptional(_access[i], buffer, position);
            }

            return position - offset;
        }
    }
}
