namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Set-Request-With-Datablock (Green Book ed. 9, 9.5): C1 03, invoke-id-and-priority, datablock DataBlock-SA
    /// (the second and later blocks of a value written in blocks). Immutable.
    /// </summary>
    public sealed class SetRequestWithDataBlock
    {
        private readonly byte _invokeIdAndPriority;
        private readonly DataBlockSa _block;

        /// <summary>Block <see cref="DataBlockSa.BlockNumber"/> (2 or more) of the value being written.</summary>
        public SetRequestWithDataBlock(byte invokeIdAndPriority, DataBlockSa block)
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
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out SetRequestWithDataBlock apdu)
        {
            apdu = null;
            byte invokeIdAndPriority;
            DataBlockSa block;
            XdlmsResult result = DataBlockApdu.Decode(buffer, offset, count, XdlmsTag.SetRequest, XdlmsTag.SetRequestWithDataBlock, out invokeIdAndPriority, out block);
            if (result == XdlmsResult.Ok)
            {
                apdu = new SetRequestWithDataBlock(invokeIdAndPriority, block);
            }

            return result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            return DataBlockApdu.Encode(buffer, offset, count, XdlmsTag.SetRequest, XdlmsTag.SetRequestWithDataBlock, _invokeIdAndPriority, _block);
        }
    }
}
