using System;

namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// Writes HDLC frames format type 3 (IEC 62056-46 6.4) into a caller's buffer; allocates nothing.
    /// </summary>
    public static class HdlcFrameEncoder
    {
        /// <summary>
        /// Offset of the information field from the frame start (opening flag) for these addresses:
        /// lets a caller build the information in place before calling <see cref="Encode"/>.
        /// </summary>
        public static int InfoOffset(HdlcAddress destination, HdlcAddress source)
        {
            return 1 + 2 + destination.Size + source.Size + 1 + 2;
        }

        /// <summary>Bytes a frame with these addresses and information length takes, flags included.</summary>
        public static int FrameSize(HdlcAddress destination, HdlcAddress source, int infoLength)
        {
            int header = 1 + 2 + destination.Size + source.Size + 1;
            return infoLength > 0 ? header + 2 + infoLength + 2 + 1 : header + 2 + 1;
        }

        /// <summary>
        /// Writes a frame at <paramref name="offset"/> within <paramref name="count"/> bytes and returns
        /// its size, or 0 when an address is invalid, the frame exceeds the 11-bit length, or it does
        /// not fit. The information may already sit in place (same buffer, at <see cref="InfoOffset"/>).
        /// </summary>
        public static int Encode(
            byte[] buffer,
            int offset,
            int count,
            HdlcAddress destination,
            HdlcAddress source,
            byte control,
            bool segmented,
            byte[] info,
            int infoOffset,
            int infoLength)
        {
            if (!destination.IsValid || !source.IsValid || infoLength < 0)
            {
                return 0;
            }

            int size = FrameSize(destination, source, infoLength);
            int length = size - 2;
            if (length > HdlcFrameDecoder.MaxLength || size > count)
            {
                return 0;
            }

            if (infoLength > 0)
            {
                // Move the information first: it may overlap the header area the caller left for us.
                Array.Copy(info, infoOffset, buffer, offset + InfoOffset(destination, source), infoLength);
            }

            int position = offset;
            buffer[position++] = HdlcFrameDecoder.Flag;
            buffer[position++] = (byte)(0xA0 | (segmented ? 0x08 : 0) | (length >> 8));
            buffer[position++] = (byte)length;
            position += destination.Write(buffer, position);
            position += source.Write(buffer, position);
            buffer[position++] = control;
            if (infoLength > 0)
            {
                HdlcCrc.Append(buffer, offset + 1, position - offset - 1);
                position += 2 + infoLength;
            }

            HdlcCrc.Append(buffer, offset + 1, position - offset - 1);
            position += 2;
            buffer[position] = HdlcFrameDecoder.Flag;
            return size;
        }
    }
}
