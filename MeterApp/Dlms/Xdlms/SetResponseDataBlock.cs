namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Response-Datablock (Green Book ed. 9, 9.5): C5 02, invoke-id-and-priority, block-number Unsigned32
    /// (the number of the block the server accepted; the client sends the next one). Always 7 bytes. Immutable.
    /// </summary>
    public sealed class SetResponseDataBlock
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = BlockNumberApdu.Size;

        private readonly byte _invokeIdAndPriority;
        private readonly uint _blockNumber;

        /// <summary>Acknowledges block <paramref name="blockNumber"/> of a SET in blocks.</summary>
        public SetResponseDataBlock(byte invokeIdAndPriority, uint blockNumber)
        {
            _invokeIdAndPriority = invokeIdAndPriority;
            _blockNumber = blockNumber;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The number of the block received.</summary>
        public uint BlockNumber
        {
            get { return _blockNumber; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetResponseDataBlock apdu)
        {
            apdu = null;
            byte invokeIdAndPriority;
            uint blockNumber;
            XdlmsResult result = BlockNumberApdu.Decode(buffer, offset, count, XdlmsTag.SetResponse, XdlmsTag.SetResponseDataBlock, out invokeIdAndPriority, out blockNumber);
            if (result == XdlmsResult.Ok)
            {
                apdu = new SetResponseDataBlock(invokeIdAndPriority, blockNumber);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns <see cref="Size"/> or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            return BlockNumberApdu.Encode(buffer, offset, count, XdlmsTag.SetResponse, XdlmsTag.SetResponseDataBlock, _invokeIdAndPriority, _blockNumber);
        }
    }
}
