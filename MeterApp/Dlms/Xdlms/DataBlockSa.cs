using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// DataBlock-SA (Green Book ed. 9, 9.5), the block of a SET request and of an ACTION request or
    /// response sent in blocks: last-block BOOLEAN, block-number Unsigned32, raw-data OCTET STRING
    /// (a slice of the encoded value; the receiver joins the blocks, see <see cref="DataBlockReassembler"/>).
    /// Immutable.
    /// </summary>
    public sealed class DataBlockSa
    {
        private readonly bool _lastBlock;
        private readonly uint _blockNumber;
        private readonly byte[] _rawData;

        /// <summary>A block carrying rawData[offset .. offset + count) (copied).</summary>
        public DataBlockSa(bool lastBlock, uint blockNumber, byte[] rawData, int offset, int count)
        {
            XdlmsCodec.CheckRange(rawData, offset, count);
            _lastBlock = lastBlock;
            _blockNumber = blockNumber;
            _rawData = new byte[count];
            System.Array.Copy(rawData, offset, _rawData, 0, count);
        }

        /// <summary>True on the last block of the value.</summary>
        public bool LastBlock
        {
            get { return _lastBlock; }
        }

        /// <summary>The block number (the first block is 1).</summary>
        public uint BlockNumber
        {
            get { return _blockNumber; }
        }

        /// <summary>The number of raw-data bytes.</summary>
        public int RawDataLength
        {
            get { return _rawData.Length; }
        }

        /// <summary>Copies the raw data to destination[offset ..] without allocating.</summary>
        public void CopyRawDataTo(byte[] destination, int offset)
        {
            System.Array.Copy(_rawData, 0, destination, offset, _rawData.Length);
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 1 + 4 + AxdrLength.Size(_rawData.Length) + _rawData.Length; }
        }

        /// <summary>Decodes one block at <paramref name="offset"/>; <paramref name="consumed"/> says where it ended. Never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out DataBlockSa block, out int consumed)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int position = offset;
            XdlmsResult result = Read(buffer, ref position, offset + count, out block);
            consumed = result == XdlmsResult.Ok ? position - offset : 0;
            return result;
        }

        /// <summary>Writes the block; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            return Write(buffer, offset) - offset;
        }

        internal byte[] RawData
        {
            get { return _rawData; }
        }

        internal static XdlmsResult Read(byte[] buffer, ref int position, int end, out DataBlockSa block)
        {
            block = null;
            bool lastBlock;
            XdlmsResult result = XdlmsCodec.ReadBoolean(buffer, ref position, end, out lastBlock);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            uint blockNumber;
            result = XdlmsCodec.ReadUInt32(buffer, ref position, end, out blockNumber);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            int start;
            int length;
            result = XdlmsCodec.ReadOctetString(buffer, ref position, end, out start, out length);
            if (result == XdlmsResult.Ok)
            {
                block = new DataBlockSa(lastBlock, blockNumber, buffer, start, length);
            }

            return result;
        }

        internal int Write(byte[] buffer, int position)
        {
            buffer[position] = _lastBlock ? (byte)1 : (byte)0;
            BigEndian.WriteUInt32(buffer, position + 1, _blockNumber);
            position += 5;
            position += AxdrLength.Write(buffer, position, buffer.Length - position, _rawData.Length);
            System.Array.Copy(_rawData, 0, buffer, position, _rawData.Length);
            return position + _rawData.Length;
        }
    }
}
