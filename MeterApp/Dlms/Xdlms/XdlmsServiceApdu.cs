using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// What the GET, SET and ACTION request and response APDUs share (Green Book ed. 9, 9.5): tag,
    /// type (the CHOICE within the service) and invoke-id-and-priority, then the fields of the type.
    /// The derived types add the fields; sizing and the header are written here once. Immutable.
    /// </summary>
    public abstract class XdlmsServiceApdu
    {
        private const int HeaderSize = 3;

        private readonly byte _tag;
        private readonly byte _choice;
        private readonly byte _invokeIdAndPriority;

        internal XdlmsServiceApdu(byte tag, byte choice, byte invokeIdAndPriority)
        {
            _tag = tag;
            _choice = choice;
            _invokeIdAndPriority = invokeIdAndPriority;
        }

        /// <summary>The invoke-id-and-priority octet (see <see cref="Xdlms.InvokeIdAndPriority"/>; a response echoes the request's).</summary>
        public byte InvokeIdAndPriority
        {
            get { return _invokeIdAndPriority; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return HeaderSize + BodySize; }
        }

        /// <summary>The size of the fields after the header.</summary>
        internal abstract int BodySize { get; }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            if (!XdlmsCodec.Fits(buffer, offset, count, Size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            int position = XdlmsCodec.WriteHeader(buffer, offset, _tag, _choice, _invokeIdAndPriority);
            return WriteBody(buffer, position) - offset;
        }

        /// <summary>Writes the fields after the header into space already checked; returns the position after them.</summary>
        internal abstract int WriteBody(byte[] buffer, int position);
    }
}
