namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Cosem-Method-Descriptor (Green Book ed. 9, 9.5): class-id, logical name and method-id;
    /// always 9 bytes in A-XDR. Immutable.
    /// </summary>
    public sealed class CosemMethodDescriptor : CosemDescriptor
    {
        /// <summary>A descriptor for method <paramref name="methodId"/> of the object <paramref name="logicalName"/> (6 bytes, copied).</summary>
        public CosemMethodDescriptor(ushort classId, byte[] logicalName, sbyte methodId)
            : base(classId, logicalName, methodId)
        {
        }

        /// <summary>The method index (negative values are manufacturer specific).</summary>
        public sbyte MethodId
        {
            get { return MemberId; }
        }

        /// <summary>Decodes the 9 bytes at <paramref name="offset"/>; Truncated when fewer are given.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out CosemMethodDescriptor descriptor)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int position = offset;
            return Read(buffer, ref position, offset + count, out descriptor);
        }

        internal static XdlmsResult Read(byte[] buffer, ref int position, int end, out CosemMethodDescriptor descriptor)
        {
            descriptor = null;
            if (!Fits(position, end))
            {
                return XdlmsResult.Truncated;
            }

            descriptor = new CosemMethodDescriptor(LogicalNameField.ReadClassId(buffer, position), LogicalNameField.Read(buffer, position), (sbyte)buffer[position + 8]);
            position += Size;
            return XdlmsResult.Ok;
        }
    }
}
