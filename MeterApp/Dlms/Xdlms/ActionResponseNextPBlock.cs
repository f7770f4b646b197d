namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-Next-Pblock (Green Book ed. 9, 9.5): C7 04, invoke-id-and-priority, block-number Unsigned32
    /// (the number of the block of the method-invocation-parameters the server accepted; the client sends the next one). Always 7 bytes. Immutable.
    /// </summary>
    public sealed class ActionResponseNextPBlock
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = BlockNumberApdu.Size;

        private readonly byte _invokeIdAndPriority;
        private readonly uint _blockNumber;

        /// <summary>Acknowledges block <paramref name="blockNumber"/> of an ACTION request in blocks.</summary>
        public ActionResponseNextPBlock(byte invokeIdAndPriority, uint blockNumber)
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
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionResponseNextPBlock apdu)
        {
            apdu = null;
            byte invokeIdAndPriority;
            uint blockNumber;
            XdlmsResult result = BlockNumberApdu.Decode(buffer, offset, count, XdlmsTag.ActionResponse, XdlmsTag.ActionResponseNextPBlock, out invokeIdAndPriority, out blockNumber);
            if (result == XdlmsResult.Ok)
            {
                apdu = new ActionResponseNextPBlock(invokeIdAndPriority, blockNumber);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns <see cref="Size"/> or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            return BlockNumberApdu.Encode(buffer, offset, count, XdlmsTag.ActionResponse, XdlmsTag.ActionResponseNextPBlock, _invokeIdAndPriority, _blockNumber);
        }
    }
}
