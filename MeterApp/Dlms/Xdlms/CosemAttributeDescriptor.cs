namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Cosem-Attribute-Descriptor (Green Book ed. 9, 9.5): class-id, logical name and attribute-id;
    /// always 9 bytes in A-XDR. Immutable.
    /// </summary>
    public sealed class CosemAttributeDescriptor : CosemDescriptor
    {
        /// <summary>A descriptor for attribute <paramref name="attributeId"/> of the object <paramref name="logicalName"/> (6 bytes, copied).</summary>
        public CosemAttributeDescriptor(ushort classId, byte[] logicalName, sbyte attributeId)
            : base(classId, logicalName, attributeId)
        {
        }

        /// <summary>The attribute index (negative values are manufacturer specific).</summary>
        public sbyte AttributeId
        {
            get { return MemberId; }
        }

        /// <summary>Decodes the 9 bytes at <paramref name="offset"/>; Truncated when fewer are given.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out CosemAttributeDescriptor descriptor)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int position = offset;
            return Read(buffer, ref position, offset + count, out descriptor);
        }

        internal static XdlmsResult Read(byte[] buffer, ref int position, int end, out CosemAttributeDescriptor descriptor)
        {
            descriptor = null;
            if (!Fits(position, end))
            {
                return XdlmsResult.Truncated;
            }

            descriptor = new CosemAttributeDescriptor(LogicalNameField.ReadClassId(buffer, position), LogicalNameField.Read(buffer, position), (sbyte)buffer[position + 8]);
            position += Size;
            return XdlmsResult.Ok;
        }
    }
}
