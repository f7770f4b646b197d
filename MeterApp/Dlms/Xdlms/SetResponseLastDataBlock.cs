using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-Last-Datablock (Green Book ed. 9, 9.5): C5 03, invoke-id-and-priority, result
    /// Data-Access-Result, block-number Unsigned32 (the last block received). Ends a SET in blocks,
    /// also early when the server aborts it. Always 8 bytes. Immutable.
    /// </summary>
    public sealed class SetResponseLastDataBlock : XdlmsServiceApdu
    {
        /// <summary>Encoded size in bytes (fixed for this type).</summary>
        public new const int Size = 8;

        private readonly DataAccessResult _result;
        private readonly uint _blockNumber;

        /// <summary>A response reporting <paramref name="result"/> after block <paramref name="blockNumber"/>.</summary>
        public SetResponseLastDataBlock(byte invokeIdAndPriority, DataAccessResult result, uint blockNumber)
            : base(XdlmsTag.SetResponse, XdlmsTag.SetResponseLastDataBlock, invokeIdAndPriority)
        {
            _result = result;
            _blockNumber = blockNumber;
        }

        /// <summary>The outcome of the write.</summary>
        public DataAccessResult Result
        {
            get { return _result; }
        }

        /// <summary>The number of the block received last.</summary>
        public uint BlockNumber
        {
            get { return _blockNumber; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetResponseLastDataBlock apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetResponse, XdlmsTag.SetResponseLastDataBlock);
            byte result = reader.Byte();
            uint blockNumber = reader.UInt32();
            apdu = reader.Finish() ? new SetResponseLastDataBlock(invokeIdAndPriority, (DataAccessResult)result, blockNumber) : null;
            return reader.Result;
        }

        internal override int BodySize
        {
            get { return 5; }
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            buffer[position] = (byte)_result;
            BigEndian.WriteUInt32(buffer, position + 1, _blockNumber);
            return position + 5;
        }
    }
}
