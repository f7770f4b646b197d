namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// Decodes one HDLC frame format type 3 (IEC 62056-46 6.4): flag, format (type 0xA, S bit, 11-bit
    /// length), destination and source addresses, control, HCS and information when there is an
    /// information field, FCS, flag. No byte stuffing: the length field delimits the frame.
    /// </summary>
    public static class HdlcFrameDecoder
    {
        /// <summary>The frame flag.</summary>
        public const byte Flag = 0x7E;

        /// <summary>Smallest length field: format (2), two 1-byte addresses, control, FCS (2).</summary>
        public const int MinLength = 7;

        /// <summary>Largest length field (11 bits).</summary>
        public const int MaxLength = 0x7FF;

        /// <summary>
        /// Decodes the frame that starts (with its opening flag) at <paramref name="offset"/>. On Ok,
        /// <paramref name="frame"/> describes it and <see cref="HdlcFrame.FrameSize"/> says how many of
        /// the <paramref name="count"/> bytes it took; otherwise its contents are unspecified.
        /// </summary>
        public static HdlcDecodeResult Decode(byte[] buffer, int offset, int count, HdlcFrame frame)
        {
            if (count < 1)
            {
                return HdlcDecodeResult.Truncated;
            }

            if (buffer[offset] != Flag)
            {
                return HdlcDecodeResult.BadFlag;
            }

            if (count < 3)
            {
                return HdlcDecodeResult.Truncated;
            }

            int format = buffer[offset + 1];
            if ((format >> 4) != 0xA)
            {
                return HdlcDecodeResult.BadFormat;
            }

            int length = ((format & 0x07) << 8) | buffer[offset + 2];
            if (length < MinLength)
            {
                return HdlcDecodeResult.BadLength;
            }

            int size = length + 2;
            if (count < size)
            {
                return HdlcDecodeResult.Truncated;
            }

            if (buffer[offset + size - 1] != Flag)
            {
                return HdlcDecodeResult.BadFlag;
            }

            // The addresses must leave room for the control byte before the FCS.
            int fcsAt = offset + length - 1;
            int position = offset + 3;
            int read = HdlcAddress.Read(buffer, position, fcsAt - 1 - position, out frame.Destination);
            if (read == 0)
            {
                return HdlcDecodeResult.BadAddress;
            }

            position += read;
            read = HdlcAddress.Read(buffer, position, fcsAt - 1 - position, out frame.Source);
            if (read == 0)
            {
                return HdlcDecodeResult.BadAddress;
            }

            position += read;
            byte control = buffer[position];
            int headerEnd = position + 1;
            int rest = fcsAt - headerEnd;
            if (rest == 0)
            {
                frame.InfoOffset = headerEnd;
                frame.InfoLength = 0;
            }
            else
            {
                // IEC 62056-46 6.4: an HCS is present only with a non-empty information field.
                if (rest < 3)
                {
                    return HdlcDecodeResult.BadLength;
                }

                if (!HdlcCrc.Matches(buffer, offset + 1, headerEnd - offset - 1))
                {
                    return HdlcDecodeResult.BadHcs;
                }

                frame.InfoOffset = headerEnd + 2;
                frame.InfoLength = rest - 2;
            }

            if (!HdlcCrc.Matches(buffer, offset + 1, length - 2))
            {
                return HdlcDecodeResult.BadFcs;
            }

            HdlcControlKind kind = HdlcControl.KindOf(control);
            if (kind == HdlcControlKind.Unknown)
            {
                return HdlcDecodeResult.BadControl;
            }

            frame.Control = control;
            frame.Kind = kind;
            frame.SendSequence = HdlcControl.SendSequenceOf(control);
            frame.ReceiveSequence = HdlcControl.ReceiveSequenceOf(control);
            frame.PollFinal = HdlcControl.PollFinalOf(control);
            frame.Segmented = (format & 0x08) != 0;
            frame.FrameSize = size;
            return HdlcDecodeResult.Ok;
        }
    }
}
