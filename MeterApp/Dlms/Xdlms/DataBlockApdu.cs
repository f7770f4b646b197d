using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The layout several block-transfer APDUs share (Green Book ed. 9, 9.5): tag, type,
    /// invoke-id-and-priority, DataBlock-SA. The public types derived from it only name their
    /// tag and type. Immutable.
    /// </summary>
    public abstract class DataBlockApdu
    {
        private readonly byte _tag;
        private readonly byte _choice;
        private readonly byte _invokeIdAndPriority;
        private readonly DataBlockSa _block;

        internal DataBlockApdu(byte tag, byte choice, byte invokeIdAndPriority, DataBlockSa block)
        {
            if (block == null)
            {
                throw new System.ArgumentNullException("block");
            }

            _tag = tag;
            _choice = choice;
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

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, _tag, _choice, _invokeIdAndPriority);
            return _block.Write(buffer, position) - offset;
        }

        /// <summary>Reads the fields of the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        internal static XdlmsResult Read(byte[] buffer, int offset, int count, byte tag, byte choice, out byte invokeIdAndPriority, out DataBlockSa block)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            invokeIdAndPriority = reader.Header(tag, choice);
            block = reader.Block();
            block = reader.Finish() ? block : null;
            return reader.Result;
        }
    }
}
