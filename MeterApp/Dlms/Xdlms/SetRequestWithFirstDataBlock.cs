using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-With-First-Datablock (Green Book ed. 9, 9.5): C1 02, invoke-id-and-priority,
    /// Cosem-Attribute-Descriptor, access-selection Selective-Access-Descriptor OPTIONAL, datablock
    /// DataBlock-SA (block 1 of the encoded value). Immutable.
    /// </summary>
    public sealed class SetRequestWithFirstDataBlock
    {
        private readonly byte _invokeIdAndPriority;
        private readonly CosemAttributeDescriptor _attribute;
        private readonly SelectiveAccessDescriptor _access;
        private readonly DataBlockSa _block;

        /// <summary>The first block of a value written to <paramref name="attribute"/>; <paramref name="access"/> may be null.</summary>
        public SetRequestWithFirstDataBlock(byte invokeIdAndPriority, CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access, DataBlockSa block)
        {
            if (attribute == null)
            {
                throw new System.ArgumentNullException("attribute");
            }

            if (block == null)
            {
                throw new System.ArgumentNullException("block");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _attribute = attribute;
            _access = access;
            _block = block;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The attribute written.</summary>
        public CosemAttributeDescriptor Attribute
        {
            get { return _attribute; }
        }

        /// <summary>The selective access, or null.</summary>
        public SelectiveAccessDescriptor Access
        {
            get { return _access; }
        }

        /// <summary>The first block of the value.</summary>
        public DataBlockSa Block
        {
            get { return _block; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(_access) + _block.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out SetRequestWithFirstDataBlock apdu)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            apdu = null;
            int position = offset;
            int end = offset + count;
            byte invokeIdAndPriority;
            XdlmsResult result = XdlmsCodec.ReadHeader(buffer, ref position, end, XdlmsTag.SetRequest, XdlmsTag.SetRequestWithFirstDataBlock, out invokeIdAndPriority);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            CosemAttributeDescriptor attribute;
            result = CosemAttributeDescriptor.Read(buffer, ref position, end, out attribute);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            SelectiveAccessDescriptor access;
            result = SelectiveAccessDescriptor.ReadOptional(decoder, buffer, ref position, end, out access);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            DataBlockSa block;
            result = DataBlockSa.Read(buffer, ref position, end, out block);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            result = XdlmsCodec.Finish(position, end);
            if (result == XdlmsResult.Ok)
            {
                apdu = new SetRequestWithFirstDataBlock(invokeIdAndPriority, attribute, access, block);
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

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.SetRequest, XdlmsTag.SetRequestWithFirstDataBlock, _invokeIdAndPriority);
            position = _attribute.Write(buffer, position);
            position = SelectiveAccessDescriptor.WriteOptional(_access, buffer, position);
            return _block.Write(buffer, position) - offset;
        }
    }
}
