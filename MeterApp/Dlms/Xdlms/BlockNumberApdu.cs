using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The layout several block-transfer APDUs share (Green Book ed. 9, 9.5): tag, type,
    /// invoke-id-and-priority, block-number Unsigned32; always 7 bytes. The public types derived
    /// from it only name their tag and type. Immutable.
    /// </summary>
    public abstract class BlockNumberApdu : XdlmsServiceApdu
    {
        /// <summary>Encoded size in bytes (fixed for these types).</summary>
        public new const int Size = 7;

        private readonly uint _blockNumber;

        internal BlockNumberApdu(byte tag, byte choice, byte invokeIdAndPriority, uint blockNumber)
            : base(tag, choice, invokeIdAndPriority)
        {
            _blockNumber = blockNumber;
        }

        /// <summary>The block number the APDU carries (what it means depends on the APDU).</summary>
        public uint BlockNumber
        {
            get { return _blockNumber; }
        }

        internal override int BodySize
        {
            get { return 4; }
        }

        internal override int WriteBody(byte[] buffer, int position)
        {
            BigEndian.WriteUInt32(buffer, position, _blockNumber);
            return position + 4;
        }

        /// <summary>Reads the fields of the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        internal static XdlmsResult Read(byte[] buffer, int offset, int count, byte tag, byte choice, out byte invokeIdAndPriority, out uint blockNumber)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            invokeIdAndPriority = reader.Header(tag, choice);
            blockNumber = reader.UInt32();
            reader.Finish();
            return reader.Result;
        }
    }
}
