namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Action-Response-With-Pblock (Green Book ed. 9, 9.5): C7 02, invoke-id-and-priority, pblock DataBlock-SA
    /// (a block of an Action-Response-With-Optional-Data too long for one APDU). Immutable.
    /// </summary>
    public sealed class ActionResponseWithPBlock
    {
        private readonly byte _invokeIdAndPriority;
        private readonly DataBlockSa _block;

        /// <summary>Block <see cref="DataBlockSa.BlockNumber"/> of the encoded response.</summary>
        public ActionResponseWithPBlock(byte invokeIdAndPriority, DataBlockSa block)
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
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ActionResponseWithPBlock apdu)
        {
            apdu = null;
            byte invokeIdAndPriority;
            DataBlockSa block;
            XdlmsResult result = DataBlockApdu.Decode(buffer, offset, count, XdlmsTag.ActionResponse, XdlmsTag.ActionResponseWithPBlock, out invokeIdAndPriority, out block);
            if (result == XdlmsResult.Ok)
            {
                apdu = new ActionResponseWithPBlock(invokeIdAndPriority, block);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            return DataBlockApdu.Encode(buffer, offset, count, XdlmsTag.ActionResponse, XdlmsTag.ActionResponseWithPBlock, _invokeIdAndPriority, _block);
        }
    }
}
