namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Get-Request-Next (Green Book ed. 9, 9.5): C0 02, invoke-id-and-priority, block-number Unsigned32
    /// (the number of the last block received). Always 7 bytes. Immutable.
    /// </summary>
    public sealed class GetRequestNext
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = BlockNumberApdu.Size;

        private readonly byte _invokeIdAndPriority;
        private readonly uint _blockNumber;

        /// <summary>A request for the block after <paramref name="blockNumber"/>.</summary>
        public GetRequestNext(byte invokeIdAndPriority, uint blockNumber)
        {
            _invokeIdAndPriority = invokeIdAndPriority;
            _blockNumber = blockNumber;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The number of the block the client received last.</summary>
        public uint BlockNumber
        {
            get { return _blockNumber; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out GetRequestNext apdu)
        {
            apdu = null;
            byte invokeIdAndPriority;
            uint blockNumber;
            XdlmsResult result = BlockNumberApdu.Decode(buffer, offset, count, XdlmsTag.GetRequest, XdlmsTag.NextOrWithDataBlock, out invokeIdAndPriority, out blockNumber);
            if (result == XdlmsResult.Ok)
            {
                apdu = new GetRequestNext(invokeIdAndPriority, blockNumber);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns <see cref="Size"/> or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            return BlockNumberApdu.Encode(buffer, offset, count, XdlmsTag.GetRequest, XdlmsTag.NextOrWithDataBlock, _invokeIdAndPriority, _blockNumber);
        }
    }
}
