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
            XdlmsReader reader = new XdlmsReader(buffer, position, end - position);
            bool lastBlock = reader.Boolean();
            uint blockNumber = reader.UInt32();
            int length;
            int start = reader.OctetString(out length);
            block = reader.Ok ? new DataBlockSa(lastBlock, blockNumber, buffer, start, length) : null;
            position = reader.Position;
            return reader.Result;
        }

        /// <summary>Throws for a missing block (a caller bug); returns <paramref name="block"/>.</summary>
        internal static DataBlockSa Required(DataBlockSa block)
        {
            if (block == null)
            {
                throw new System.ArgumentNullException("block");
            }

            return block;
        }

        internal int Write(byte[] buffer, int position)
        {
            position = XdlmsCodec.WriteBlockHeader(buffer, position, _lastBlock, _blockNumber);
            return XdlmsCodec.WriteOctetString(buffer, position, _rawData);
        }
    }
}
