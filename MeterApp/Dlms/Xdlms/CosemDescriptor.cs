namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// What Cosem-Attribute-Descriptor and Cosem-Method-Descriptor share (Green Book ed. 9, 9.5):
    /// class-id Unsigned16, instance-id (logical name) OCTET STRING SIZE(6) and a member id
    /// Integer8; always 9 bytes in A-XDR. Immutable.
    /// </summary>
    public abstract class CosemDescriptor
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = LogicalNameField.DescriptorSize;

        private readonly ushort _classId;
        private readonly byte[] _logicalName;
        private readonly sbyte _memberId;

        /// <summary>A descriptor of member <paramref name="memberId"/> of the object <paramref name="logicalName"/> (6 bytes, copied).</summary>
        protected CosemDescriptor(ushort classId, byte[] logicalName, sbyte memberId)
        {
            _classId = classId;
            _logicalName = LogicalNameField.Copy(logicalName);
            _memberId = memberId;
        }

        /// <summary>The interface class id.</summary>
        public ushort ClassId
        {
            get { return _classId; }
        }

        /// <summary>A copy of the 6-byte logical name (OBIS code).</summary>
        public byte[] LogicalName
        {
            get { return LogicalNameField.Copy(_logicalName); }
        }

        /// <summary>The attribute or method index (negative values are manufacturer specific).</summary>
        protected sbyte MemberId
        {
            get { return _memberId; }
        }

        /// <summary>True when the logical name equals <paramref name="logicalName"/> (6 bytes), without allocating.</summary>
        public bool HasLogicalName(byte[] logicalName)
        {
            return LogicalNameField.SameAs(_logicalName, logicalName);
        }

        /// <summary>Writes the 9 bytes; returns <see cref="Size"/> or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return Axdr.AxdrEncoder.DoesNotFit;
            }

            return Write(buffer, offset) - offset;
        }

        internal int Write(byte[] buffer, int position)
        {
            LogicalNameField.Write(buffer, position, _classId, _logicalName);
            buffer[position + 8] = (byte)_memberId;
            return position + Size;
        }

        /// <summary>True when <paramref name="end"/> - <paramref name="position"/> holds a whole descriptor.</summary>
        internal static bool Fits(int position, int end)
        {
            return end - position >= Size;
        }
    }
}
