namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The layout several block-transfer APDUs share (Green Book ed. 9, 9.5): tag, type,
    /// invoke-id-and-priority, DataBlock-SA. The public types derived from it only name their
    /// tag and type. Immutable.
    /// </summary>
    public abstract class DataBlockApdu : XdlmsServiceApdu
    {
        private readonly DataBlockSa _block;

        internal DataBlockApdu(byte tag, byte choice, byte invokeIdAndPriority, DataBlockSa block)
            : base(tag, choice, invokeIdAndPriority)
        {
            _block = DataBlockSa.Required(block);
        }

        /// <summary>The block: last-block flag, block number and raw data.</summary>
        public DataBlockSa Block
        {
            get { return _block; }
        }

        internal override int BodySize
        {
            get { return _block.Size; }
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            return _block.Write(buffer, position);
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
