namespace Meter.Dlms.Xdlms
{
    /// <summary>A-XDR OPTIONAL and DEFAULT markers used by the initiate APDUs (IEC 61334-6 A-XDR:
    /// one usage octet, 00 absent/default or 01 present, then the value).</summary>
    internal static class InitiateFields
    {
        /// <summary>Reads a BOOLEAN DEFAULT TRUE (00 = default; 01 then the boolean, 00 false, anything else true).</summary>
        public static XdlmsError ReadDefaultTrue(byte[] buffer, ref int position, int end, out bool value)
        {
            value = true;
            if (end - position < 1)
            {
                return XdlmsError.Truncated;
            }

            int flag = buffer[position];
            if (flag == 0)
            {
                position++;
                return XdlmsError.None;
            }

            if (flag != 1)
            {
                return XdlmsError.BadValue;
            }

            if (end - position < 2)
            {
                return XdlmsError.Truncated;
            }

            value = buffer[position + 1] != 0;
            position += 2;
            return XdlmsError.None;
        }

        /// <summary>Writes a BOOLEAN DEFAULT TRUE: true as the default marker 00, false as 01 00.</summary>
        public static int WriteDefaultTrue(byte[] buffer, int position, bool value)
        {
            if (value)
            {
                buffer[position++] = 0x00;
            }
            else
            {
                buffer[position++] = 0x01;
                buffer[position++] = 0x00;
            }

            return position;
        }

        /// <summary>Reads an Integer8 OPTIONAL (quality-of-service).</summary>
        public static XdlmsError ReadOptionalInteger8(byte[] buffer, ref int position, int end, out bool present, out sbyte value)
        {
            present = false;
            value = 0;
            if (end - position < 1)
            {
                return XdlmsError.Truncated;
            }

            int flag = buffer[position];
            if (flag == 0)
            {
                position++;
                return XdlmsError.None;
            }

            if (flag != 1)
            {
                return XdlmsError.BadValue;
            }

            if (end - position < 2)
            {
                return XdlmsError.Truncated;
            }

            present = true;
            value = (sbyte)buffer[position + 1];
            position += 2;
            return XdlmsError.None;
        }

        /// <summary>Writes an Integer8 OPTIONAL.</summary>
        public static int WriteOptionalInteger8(byte[] buffer, int position, bool present, sbyte value)
        {
            if (present)
            {
                buffer[position++] = 0x01;
                buffer[position++] = (byte)value;
            }
            else
            {
                buffer[position++] = 0x00;
            }

            return position;
        }
    }
}
