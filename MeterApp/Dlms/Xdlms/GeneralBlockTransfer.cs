using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// General-Block-Transfer (Green Book ed. 9, 9.5 and 9.3.10): E0, block-control Unsigned8 (bit 7
    /// last-block, bit 6 streaming, bits 0-5 window), block-number Unsigned16, block-number-ack
    /// Unsigned16, block-data OCTET STRING (a slice of another APDU). Immutable.
    /// </summary>
    public sealed class GeneralBlockTransfer
    {
        private readonly bool _lastBlock;
        private readonly bool _streaming;
        private readonly int _window;
        private readonly ushort _blockNumber;
        private readonly ushort _blockNumberAck;
        private readonly byte[] _blockData;

        /// <summary>A block carrying blockData[offset .. offset + count) (copied); window 0..63.</summary>
        public GeneralBlockTransfer(bool lastBlock, bool streaming, int window, ushort blockNumber, ushort blockNumberAck, byte[] blockData, int offset, int count)
        {
            if (window < 0 || window > 63)
            {
                throw new System.ArgumentOutOfRangeException("window");
            }

            XdlmsCodec.CheckRange(blockData, offset, count);
            _lastBlock = lastBlock;
            _streaming = streaming;
            _window = window;
            _blockNumber = blockNumber;
            _blockNumberAck = blockNumberAck;
            _blockData = new byte[count];
            System.Array.Copy(blockData, offset, _blockData, 0, count);
        }

        /// <summary>True on the last block.</summary>
        public bool LastBlock
        {
            get { return _lastBlock; }
        }

        /// <summary>True while the sender streams blocks without waiting for acknowledgements.</summary>
        public bool Streaming
        {
            get { return _streaming; }
        }

        /// <summary>The window size the sender can receive (0..63).</summary>
        public int Window
        {
            get { return _window; }
        }

        /// <summary>The number of this block.</summary>
        public ushort BlockNumber
        {
            get { return _blockNumber; }
        }

        /// <summary>The number of the last block the sender received.</summary>
        public ushort BlockNumberAck
        {
            get { return _blockNumberAck; }
        }

        /// <summary>The number of block-data bytes.</summary>
        public int BlockDataLength
        {
            get { return _blockData.Length; }
        }

        /// <summary>Copies the block data to destination[offset ..] without allocating.</summary>
        public void CopyBlockDataTo(byte[] destination, int offset)
        {
            System.Array.Copy(_blockData, 0, destination, offset, _blockData.Length);
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 6 + AxdrLength.Size(_blockData.Length) + _blockData.Length; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out GeneralBlockTransfer apdu)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            apdu = null;
            int end = offset + count;
            if (count < 1)
            {
                return XdlmsResult.Truncated;
            }

            if (buffer[offset] != XdlmsTag.GeneralBlockTransfer)
            {
                return XdlmsResult.UnknownTag;
            }

            if (count < 6)
            {
                return XdlmsResult.Truncated;
            }

            int position = offset + 6;
            int length;
            int used;
            AxdrResult lengthResult = AxdrLength.TryRead(buffer, position, end - position, out length, out used);
            if (lengthResult != AxdrResult.Ok)
            {
                return XdlmsCodec.FromAxdr(lengthResult);
            }

            position += used;
            if (length > end - position)
            {
                return XdlmsResult.Truncated;
            }

            XdlmsResult result = XdlmsCodec.Finish(position + length, end);
            if (result == XdlmsResult.Ok)
            {
                byte control = buffer[offset + 1];
                apdu = new GeneralBlockTransfer((control & 0x80) != 0, (control & 0x40) != 0, control & 0x3F,
                    BigEndian.ReadUInt16(buffer, offset + 2), BigEndian.ReadUInt16(buffer, offset + 4), buffer, position, length);
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

            buffer[offset] = XdlmsTag.GeneralBlockTransfer;
            buffer[offset + 1] = (byte)((_lastBlock ? 0x80 : 0) | (_streaming ? 0x40 : 0) | _window);
            BigEndian.WriteUInt16(buffer, offset + 2, _blockNumber);
            BigEndian.WriteUInt16(buffer, offset + 4, _blockNumberAck);
            int position = offset + 6;
            position += AxdrLength.Write(buffer, position, buffer.Length - position, _blockData.Length);
            System.Array.Copy(_blockData, 0, buffer, position, _blockData.Length);
            return position + _blockData.Length - offset;
        }
    }
}
