namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// The HDLC parameter negotiation field of SNRM and UA frames (IEC 62056-46 6.4.4.4.3.2, Green Book
    /// HDLC chapter): format identifier 0x81, group identifier 0x80, group length, then parameters 05/06
    /// maximum information field length transmit/receive and 07/08 window size transmit/receive, each
    /// as identifier, length (1-4) and a big-endian value. Absent parameters take their defaults.
    /// </summary>
    public sealed class HdlcParameters
    {
        /// <summary>Format identifier (ISO/IEC 13239).</summary>
        public const byte FormatIdentifier = 0x81;

        /// <summary>Group identifier of the HDLC parameter set.</summary>
        public const byte GroupIdentifier = 0x80;

        /// <summary>Default maximum information field length (both directions).</summary>
        public const int DefaultMaxInfoLength = 128;

        /// <summary>Smallest maximum information field length (IEC HDLC setup, class 23).</summary>
        public const int MinMaxInfoLength = 32;

        /// <summary>Largest maximum information field length (IEC HDLC setup, class 23).</summary>
        public const int MaxMaxInfoLength = 2030;

        /// <summary>Default window size (both directions).</summary>
        public const int DefaultWindowSize = 1;

        /// <summary>Largest window size (modulo-8 sequence numbers).</summary>
        public const int MaxWindowSize = 7;

        /// <summary>Largest encoded field: header (3), two 2-byte and two 4-byte parameters.</summary>
        public const int MaxEncodedLength = 3 + 4 + 4 + 6 + 6;

        private const byte MaxInfoTransmitId = 0x05;
        private const byte MaxInfoReceiveId = 0x06;
        private const byte WindowTransmitId = 0x07;
        private const byte WindowReceiveId = 0x08;

        /// <summary>Parameters with their defaults.</summary>
        public HdlcParameters()
        {
            SetDefaults();
        }

        /// <summary>Maximum information field length the sender of the field transmits.</summary>
        public int MaxInfoTransmit { get; set; }

        /// <summary>Maximum information field length the sender of the field receives.</summary>
        public int MaxInfoReceive { get; set; }

        /// <summary>Window size the sender of the field transmits.</summary>
        public int WindowTransmit { get; set; }

        /// <summary>Window size the sender of the field receives.</summary>
        public int WindowReceive { get; set; }

        /// <summary>True when every value is within its bounds.</summary>
        public bool IsValid
        {
            get
            {
                return InfoInBounds(MaxInfoTransmit) && InfoInBounds(MaxInfoReceive)
                    && WindowInBounds(WindowTransmit) && WindowInBounds(WindowReceive);
            }
        }

        /// <summary>128 bytes and window 1 in both directions.</summary>
        public void SetDefaults()
        {
            MaxInfoTransmit = DefaultMaxInfoLength;
            MaxInfoReceive = DefaultMaxInfoLength;
            WindowTransmit = DefaultWindowSize;
            WindowReceive = DefaultWindowSize;
        }

        /// <summary>
        /// Parses the information field of an SNRM or UA frame into <paramref name="into"/>. An empty
        /// field means all defaults. Unknown parameter identifiers are skipped.
        /// </summary>
        public static HdlcParameterResult Parse(byte[] buffer, int offset, int count, HdlcParameters into)
        {
            into.SetDefaults();
            if (count == 0)
            {
                return HdlcParameterResult.Ok;
            }

            if (count < 3)
            {
                return HdlcParameterResult.BadLength;
            }

            if (buffer[offset] != FormatIdentifier)
            {
                return HdlcParameterResult.BadFormat;
            }

            if (buffer[offset + 1] != GroupIdentifier)
            {
                return HdlcParameterResult.BadGroup;
            }

            if (buffer[offset + 2] != count - 3)
            {
                return HdlcParameterResult.BadLength;
            }

            int position = offset + 3;
            int end = offset + count;
            while (position < end)
            {
                if (end - position < 2)
                {
                    return HdlcParameterResult.BadLength;
                }

                byte id = buffer[position];
                int length = buffer[position + 1];
                position += 2;
                if (length > end - position)
                {
                    return HdlcParameterResult.BadLength;
                }

                bool known = id >= MaxInfoTransmitId && id <= WindowReceiveId;
                if (known && (length < 1 || length > 4))
                {
                    return HdlcParameterResult.BadValue;
                }

                if (known)
                {
                    uint value = 0;
                    for (int i = 0; i < length; i++)
                    {
                        value = (value << 8) | buffer[position + i];
                    }

                    if (!Assign(into, id, value))
                    {
                        return HdlcParameterResult.BadValue;
                    }
                }

                position += length;
            }

            return HdlcParameterResult.Ok;
        }

        /// <summary>
        /// Writes the field (all four parameters) and returns its length, or 0 when a value is out of
        /// bounds or it does not fit in <paramref name="count"/> bytes. Lengths take 1 byte when they
        /// fit, else 2; window sizes take 4 bytes, as in the Green Book UA example.
        /// </summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!IsValid)
            {
                return 0;
            }

            int infoTxSize = MaxInfoTransmit > 0xFF ? 2 : 1;
            int infoRxSize = MaxInfoReceive > 0xFF ? 2 : 1;
            int groupLength = 2 + infoTxSize + 2 + infoRxSize + 6 + 6;
            if (3 + groupLength > count)
            {
                return 0;
            }

            int position = offset;
            buffer[position++] = FormatIdentifier;
            buffer[position++] = GroupIdentifier;
            buffer[position++] = (byte)groupLength;
            position = WriteParameter(buffer, position, MaxInfoTransmitId, MaxInfoTransmit, infoTxSize);
            position = WriteParameter(buffer, position, MaxInfoReceiveId, MaxInfoReceive, infoRxSize);
            position = WriteParameter(buffer, position, WindowTransmitId, WindowTransmit, 4);
            position = WriteParameter(buffer, position, WindowReceiveId, WindowReceive, 4);
            return position - offset;
        }

        private static bool Assign(HdlcParameters into, byte id, uint value)
        {
            if (id <= MaxInfoReceiveId)
            {
                if (value < MinMaxInfoLength || value > MaxMaxInfoLength)
                {
                    return false;
                }

                if (id == MaxInfoTransmitId)
                {
                    into.MaxInfoTransmit = (int)value;
                }
                else
                {
                    into.MaxInfoReceive = (int)value;
                }

                return true;
            }

            if (value < 1 || value > MaxWindowSize)
            {
                return false;
            }

            if (id == WindowTransmitId)
            {
                into.WindowTransmit = (int)value;
            }
            else
            {
                into.WindowReceive = (int)value;
            }

            return true;
        }

        private static int WriteParameter(byte[] buffer, int position, byte id, int value, int size)
        {
            buffer[position++] = id;
            buffer[position++] = (byte)size;
            for (int shift = (size - 1) * 8; shift >= 0; shift -= 8)
            {
                buffer[position++] = (byte)(value >> shift);
            }

            return position;
        }

        private static bool InfoInBounds(int value)
        {
            return value >= MinMaxInfoLength && value <= MaxMaxInfoLength;
        }

        private static bool WindowInBounds(int value)
        {
            return value >= 1 && value <= MaxWindowSize;
        }
    }
}
