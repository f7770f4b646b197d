namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Request-With-Pblock (Green Book ed. 9, 9.5): C3 06, invoke-id-and-priority, pblock DataBlock-SA
    /// (the second and later blocks of method-invocation-parameters sent in blocks). Immutable.
    /// </summary>
    public sealed class ActionRequestWithPBlock
    {
        private readonly byte _invokeIdAndPriority;
        private readonly DataBlockSa _block;

        /// <summary>Block <see cref="DataBlockSa.BlockNumber"/> (2 or more) of the method-invocation-parameters.</summary>
        public ActionRequestWithPBlock(byte invokeIdAndPriority, DataBlockSa block)
        {
            if (block == null)
            {
                throw new System.ArgumentNullException("block");
            }

            _invokeIdAndPriority = invokeIdAndPriority;
            _block = block;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The block: last-block flag, block number and raw data.</summary>
        public DataBlockSa Block
        {
            get { return _block; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return 3 + _block.Size; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionRequestWithPBlock apdu)
        {
            apdu = null;
            byte invokeIdAndPriority;
            DataBlockSa block;
            XdlmsResult result = DataBlockApdu.Decode(buffer, offset, count, XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithPBlock, out invokeIdAndPriority, out block);
            if (result == XdlmsResult.Ok)
            {
                apdu = new ActionRequestWithPBlock(invokeIdAndPriority, block);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            return DataBlockApdu.Encode(buffer, offset, count, XdlmsTag.ActionRequest, XdlmsTag.ActionRequestWithPBlock, _invokeIdAndPriority, _block);
        }
    }
}
