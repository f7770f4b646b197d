using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The layout several block-transfer APDUs share (Green Book ed. 9, 9.5): tag, type,
    /// invoke-id-and-priority, block-number Unsigned32; always 7 bytes. The public types derived
    /// from it only name their tag and type. Immutable.
    /// </summary>
    public abstract class BlockNumberApdu
    {
        /// <summary>Encoded size in bytes.</summary>
        public const int Size = 7;

        private readonly byte _tag;
        private readonly byte _choice;
        private readonly byte _invokeIdAndPriority;
        private readonly uint _blockNumber;

        internal BlockNumberApdu(byte tag, byte choice, byte invokeIdAndPriority, uint blockNumber)
        {
            _tag = tag;
            _choice = choice;
            _invokeIdAndPriority = invokeIdAndPriority;
            _blockNumber = blockNumber;
        }

        /// <summary>The invoke-id-and-priority octet.</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>The block number the APDU carries (what it means depends on the APDU).</summary>
        public uint BlockNumber
        {
            get { return _blockNumber; }
        }

        /// <summary>Writes the APDU; returns <see cref="Size"/> or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, _tag, _choice, _invokeIdAndPriority);
            BigEndian.WriteUInt32(buffer, position, _blockNumber);
            return Size;
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
