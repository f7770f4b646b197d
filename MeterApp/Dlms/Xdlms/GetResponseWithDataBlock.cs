using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Response-With-Datablock (Green Book ed. 9, 9.5): C4 02, invoke-id-and-priority, DataBlock-G:
    /// last-block BOOLEAN, block-number Unsigned32, result CHOICE { raw-data [0] OCTET STRING,
    /// data-access-result [1] }. The raw data is a slice of the encoded value; the receiver joins
    /// the blocks before decoding it. Immutable.
    /// </summary>
    public sealed class GetResponseWithDataBlock
    {
        private readonly byte _invokeIdAndPriority;
        private readonly bool _lastBlock;
        private readonly uint _blockNumber;
        private readonly byte[] _rawData;
        private readonly DataAccessResult _accessResult;

        private GetResponseWithDataBlock(byte invokeIdAndPriority, bool lastBlock, uint blockNumber, byte[] rawData, DataAccessResult accessResult)
        {
            _invokeIdAndPriority = invokeIdAndPriority;
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

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
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

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + 1 + 4 + 1 + (_rawData == null ? 1 : AxdrLength.Size(_rawData.Length) + _rawData.Length); }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out GetResponseWithDataBlock apdu)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            apdu = null;
            int position = offset;
            int end = offset + count;
            byte invokeIdAndPriority;
            XdlmsResult status = XdlmsCodec.ReadHeader(buffer, ref position, end, XdlmsTag.GetResponse, XdlmsTag.NextOrWithDataBlock, out invokeIdAndPriority);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            bool lastBlock;
            status = XdlmsCodec.ReadBoolean(buffer, ref position, end, out lastBlock);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            uint blockNumber;
            status = XdlmsCodec.ReadUInt32(buffer, ref position, end, out blockNumber);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            byte choice;
            status = XdlmsCodec.ReadByte(buffer, ref position, end, out choice);
            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            GetResponseWithDataBlock block;
            if (choice == 0)
            {
                status = ReadRawData(buffer, ref position, end, invokeIdAndPriority, lastBlock, blockNumber, out block);
            }
            else if (choice == 1)
            {
                byte access;
                status = XdlmsCodec.ReadByte(buffer, ref position, end, out access);
                block = WithError(invokeIdAndPriority, lastBlock, blockNumber, (DataAccessResult)access);
            }
            else
            {
                return XdlmsResult.Malformed;
            }

            if (status != XdlmsResult.Ok)
            {
                return status;
            }

            status = XdlmsCodec.Finish(position, end);
            if (status == XdlmsResult.Ok)
            {
                apdu = block;
            }

            return status;
        }

        private static XdlmsResult ReadRawData(byte[] buffer, ref int position, int end, byte invokeIdAndPriority, bool lastBlock, uint blockNumber, out GetResponseWithDataBlock block)
        {
            block = null;
            int start;
            int length;
            XdlmsResult result = XdlmsCodec.ReadOctetString(buffer, ref position, end, out start, out length);
            if (result == XdlmsResult.Ok)
            {
                block = WithRawData(invokeIdAndPriority, lastBlock, blockNumber, buffer, start, length);
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

            int position = XdlmsCodec.WriteHeader(buffer, offset, XdlmsTag.GetResponse, XdlmsTag.NextOrWithDataBlock, _invokeIdAndPriority);
            buffer[position] = _lastBlock ? (byte)1 : (byte)0;
            BigEndian.WriteUInt32(buffer, position + 1, _blockNumber);
            position += 5;
            if (_rawData == null)
            {
                buffer[position] = 1;
                buffer[position + 1] = (byte)_accessResult;
                return position + 2 - offset;
            }

            buffer[position] = 0;
            position++;
            position += AxdrLength.Write(buffer, position, buffer.Length - position, _rawData.Length);
            System.Array.Copy(_rawData, 0, buffer, position, _rawData.Length);
            return position + _rawData.Length - offset;
        }
    }
}
