using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-Last-Datablock-With-List (Green Book ed. 9, 9.5): C5 04, invoke-id-and-priority,
    /// result SEQUENCE OF Data-Access-Result (one per attribute), block-number Unsigned32 (the last block
    /// received). The count is bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left
    /// before anything is allocated. Immutable.
    /// </summary>
    public sealed class SetResponseLastDataBlockWithList : ResultListApdu
    {
        private readonly uint _blockNumber;

        /// <summary>A response with <paramref name="results"/> (copied) after block <paramref name="blockNumber"/>.</summary>
        public SetResponseLastDataBlockWithList(byte invokeIdAndPriority, DataAccessResult[] results, uint blockNumber)
            : base(XdlmsTag.SetResponse, XdlmsTag.SetResponseLastDataBlockWithList, invokeIdAndPriority, results)
        {
            _blockNumber = blockNumber;
        }

        /// <summary>The number of the block received last.</summary>
        public uint BlockNumber
        {
            get { return _blockNumber; }
        }

        internal override int BodySize
        {
            get { return ListSize + 4; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetResponseLastDataBlockWithList apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            byte invokeIdAndPriority = reader.Header(XdlmsTag.SetResponse, XdlmsTag.SetResponseLastDataBlockWithList);
            DataAccessResult[] results = reader.Results();
            uint blockNumber = reader.UInt32();
            apdu = reader.Finish() ? new SetResponseLastDataBlockWithList(invokeIdAndPriority, results, blockNumber) : null;
            return reader.Result;
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            position = WriteList(buffer, position);
            BigEndian.WriteUInt32(buffer, position, _blockNumber);
            return position + 4;
        }
    }
}
