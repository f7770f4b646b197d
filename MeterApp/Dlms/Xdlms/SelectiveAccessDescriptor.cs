using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Selective-Access-Descriptor (Green Book ed. 9, 9.5): access-selector Unsigned8 and
    /// access-parameters Data (e.g. selector 1 range_descriptor, 2 entry_descriptor of profile generic).
    /// In requests it is an OPTIONAL component: 00 when absent, 01 then the descriptor when present.
    /// </summary>
    public sealed class SelectiveAccessDescriptor
    {
        private readonly byte _selector;
        private readonly DlmsData _parameters;

        /// <summary>A descriptor with the given selector and parameters.</summary>
        public SelectiveAccessDescriptor(byte accessSelector, DlmsData accessParameters)
        {
            if (accessParameters == null)
            {
                throw new System.ArgumentNullException("accessParameters");
            }

            _selector = accessSelector;
            _parameters = accessParameters;
        }

        /// <summary>The access selector.</summary>
        public byte AccessSelector
        {
            get { return _selector; }
        }

        /// <summary>The access parameters.</summary>
        public DlmsData AccessParameters
        {
            get { return _parameters; }
        }

        /// <summary>Encoded size of the descriptor (without the OPTIONAL flag).</summary>
        public int Size
        {
            get { return 1 + AxdrEncoder.Size(_parameters); }
        }

        /// <summary>Encoded size of an OPTIONAL selective access field holding <paramref name="access"/> (null: absent).</summary>
        public static int OptionalSize(SelectiveAccessDescriptor access)
        {
            return access == null ? 1 : 1 + access.Size;
        }

        /// <summary>
        /// Decodes selector and parameters at <paramref name="offset"/>; <paramref name="consumed"/> says
        /// where they ended. Never throws on bad bytes.
        /// </summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, AxdrDecoder decoder, out SelectiveAccessDescriptor access, out int consumed)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int position = offset;
            XdlmsResult result = Read(decoder, buffer, ref position, offset + count, out access);
            consumed = result == XdlmsResult.Ok ? position - offset : 0;
            return result;
        }

        /// <summary>Writes selector and parameters; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            return Write(buffer, offset) - offset;
        }

        internal static XdlmsResult Read(AxdrDecoder decoder, byte[] buffer, ref int position, int end, out SelectiveAccessDescriptor access)
        {
            access = null;
            byte selector;
            XdlmsResult result = XdlmsCodec.ReadByte(buffer, ref position, end, out selector);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            DlmsData parameters;
            result = XdlmsCodec.ReadData(decoder, buffer, ref position, end, out parameters);
            if (result == XdlmsResult.Ok)
            {
                access = new SelectiveAccessDescriptor(selector, parameters);
            }

            return result;
        }

        /// <summary>Reads the OPTIONAL form: a 00/01 flag, then the descriptor when present (null when absent).</summary>
        internal static XdlmsResult ReadOptional(AxdrDecoder decoder, byte[] buffer, ref int position, int end, out SelectiveAccessDescriptor access)
        {
            access = null;
            bool present;
            XdlmsResult result = XdlmsCodec.ReadOptionalFlag(buffer, ref position, end, out present);
            if (result != XdlmsResult.Ok || !present)
            {
                return result;
            }

            return Read(decoder, buffer, ref position, end, out access);
        }

        internal int Write(byte[] buffer, int position)
        {
            buffer[position] = _selector;
            return XdlmsCodec.WriteData(_parameters, buffer, position + 1);
        }

        /// <summary>Writes the OPTIONAL form of <paramref name="access"/> (null: the single byte 00).</summary>
        internal static int WriteOptional(SelectiveAccessDescriptor access, byte[] buffer, int position)
        {
            if (access == null)
            {
                buffer[position] = 0;
                return position + 1;
            }

            buffer[position] = 1;
            return access.Write(buffer, position + 1);
        }
    }
}
