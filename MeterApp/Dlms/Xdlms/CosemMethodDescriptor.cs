namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Cosem-Method-Descriptor (Green Book ed. 9, 9.5): class-id Unsigned16, instance-id (logical
    /// name) OCTET STRING SIZE(6), method-id Integer8; always 9 bytes in A-XDR. Immutable.
    /// </summary>
    public sealed class CosemMethodDescriptor
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = LogicalNameField.DescriptorSize;

        private readonly ushort _classId;
        private readonly byte[] _logicalName;
        private readonly sbyte _methodId;

        /// <summary>A descriptor for method <paramref name="methodId"/> of the object <paramref name="logicalName"/> (6 bytes, copied).</summary>
        public CosemMethodDescriptor(ushort classId, byte[] logicalName, sbyte methodId)
        {
            _classId = classId;
            _logicalName = LogicalNameField.Copy(logicalName);
            _methodId = methodId;
        }

        /// <summary>The interface class id.</summary>
        public ushort ClassId
        {
            get { return _classId; }
        }

        /// <summary>The method index (negative values are manufacturer specific).</summary>
        public sbyte MethodId
        {
            get { return _methodId; }
        }

        /// <summary>A copy of the 6-byte logical name (OBIS code).</summary>
        public byte[] LogicalName
        {
            get { return LogicalNameField.Copy(_logicalName); }
        }

        /// <summary>True when the logical name equals <paramref name="logicalName"/> (6 bytes), without allocating.</summary>
        public bool HasLogicalName(byte[] logicalName)
        {
            return LogicalNameField.SameAs(_logicalName, logicalName);
        }

        /// <summary>Decodes the 9 bytes at <paramref name="offset"/>; Truncated when fewer are given.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out CosemMethodDescriptor descriptor)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int position = offset;
            return Read(buffer, ref position, offset + count, out descriptor);
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

        internal static XdlmsResult Read(byte[] buffer, ref int position, int end, out CosemMethodDescriptor descriptor)
        {
            descriptor = null;
            if (end - position < Size)
            {
                return XdlmsResult.Truncated;
            }

            descriptor = new CosemMethodDescriptor(LogicalNameField.ReadClassId(buffer, position), LogicalNameField.Read(buffer, position), (sbyte)buffer[position + 8]);
            position += Size;
            return XdlmsResult.Ok;
        }

        internal int Write(byte[] buffer, int position)
        {
            LogicalNameField.Write(buffer, position, _classId, _logicalName);
            buffer[position + 8] = (byte)_methodId;
            return position + Size;
        }
    }
}
