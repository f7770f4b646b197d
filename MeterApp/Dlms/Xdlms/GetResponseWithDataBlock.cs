using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Response-With-Datablock (Green Book ed. 9, 9.5): C4 02, invoke-id-and-priority, DataBlock-G:
    /// last-block BOOLEAN, block-number Unsigned32, result CHOICE { raw-data [0] OCTET STRING,
    /// data-access-result [1] }. The raw data is a slice of the encoded value; the receiver joins
    /// the blocks before decoding it. Immutable.
    /// </summary>
    public sealed class GetResponseWithDataBlock : XdlmsServiceApdu
    {
        private readonly bool _lastBlock;
        private readonly uint _blockNumber;
        private readonly byte[] _rawData;
        private readonly DataAccessResult _accessResult;

        private GetResponseWithDataBlock(byte invokeIdAndPriority, bool lastBlock, uint blockNumber, byte[] rawData, DataAccessResult accessResult)
            : base(XdlmsTag.GetResponse, XdlmsTag.NextOrWithDataBlock, invokeIdAndPriority)
        {
            _lastBlock = lastBlock;
            _blockNumber = blockNumber;
            _rawData = rawData;
            _accessResult = accessResult;
        }

        /// <summary>A block carrying rawData[offset .. offset + count) (copied).</summary>
        public static GetResponseWithDataBlock WithRawData(byte invokeIdAndPriority, bool lastBlock, uint blockNumber, byte[] rawData, int offset, int count)
        {
            XdlmsCodec.CheckRange(rawData, offset, count);
            byte[] copy = new byte[count];
            System.Array.Copy(rawData, offset, copy, 0, count);
            return new GetResponseWithDataBlock(invokeIdAndPriority, lastBlock, blockNumber, copy, DataAccessResult.Success);
        }

        /// <summary>A block that reports <paramref name="accessResult"/> instead of data (e.g. a long get aborted).</summary>
        public static GetResponseWithDataBlock WithError(byte invokeIdAndPriority, bool lastBlock, uint blockNumber, DataAccessResult accessResult)
        {
            return new GetResponseWithDataBlock(invokeIdAndPriority, lastBlock, blockNumber, null, accessResult);
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

        /// <summary>True for the raw-data alternative.</summary>
        public bool HasRawData
        {
            get { return _rawData != null; }
        }

        /// <summary>The number of raw-data bytes (0 for the data-access-result alternative).</summary>
        public int RawDataLength
        {
            get { return _rawData == null ? 0 : _rawData.Length; }
        }

        /// <summary>Copies the raw data to destination[offset ..] without allocating.</summary>
        public void CopyRawDataTo(byte[] destination, int offset)
        {
            if (_rawData != null)
            {
                System.Array.Copy(_rawData, 0, destination, offset, _rawData.Length);
            }
        }

        // The raw data (null for the data-access-result alternative), for DataBlockReassembler.
        internal byte[] RawData
        {
            get { return _rawData; }
        }

        /// <summary>The data-access-result (Success for the raw-data alternative).</summary>
        public DataAccessResult AccessResult
        {
            get { return _accessResult; }
        }

        internal override int BodySize
        {
            get { return 1 + 4 + 1 + (_rawData == null ? 1 : AxdrLength.Size(_rawData.Length) + _rawData.Length); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out GetResponseWithDataBlock apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.GetResponse, XdlmsTag.NextOrWithDataBlock);
            bool lastBlock = reader.Boolean();
            uint blockNumber = reader.UInt32();

            // result CHOICE: [0] raw-data OCTET STRING, [1] data-access-result.
            byte choice = reader.Byte();
            int length = 0;
            int start = choice == 0 ? reader.OctetString(out length) : 0;
            byte access = choice == 1 ? reader.Byte() : (byte)0;
            if (choice > 1)
            {
                reader.Fail(XdlmsResult.Malformed);
            }

            apdu = !reader.Finish() ? null
                : choice == 0 ? WithRawData(invokeIdAndPriority, lastBlock, blockNumber, buffer, start, length)
                : WithError(invokeIdAndPriority, lastBlock, blockNumber, (DataAccessResult)access);
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = XdlmsCodec.WriteBlockHeader(buffer, position, _lastBlock, _blockNumber);
            if (_rawData == null)
            {
                buffer[position] = 1;
                buffer[position + 1] = (byte)_accessResult;
                return position + 2;
            }

            buffer[position] = 0;
            return XdlmsCodec.WriteOctetString(buffer, position + 1, _rawData);
        }
    }
}
