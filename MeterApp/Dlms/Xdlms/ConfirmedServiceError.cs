namespace Meter.Dlms.Xdlms
{
    /// <summary>xDLMS ConfirmedServiceError (Green Book 9.5, tag 0x0E): 0E, the confirmed service
    /// CHOICE (initiateError [1], getStatus [2], ... write [6] ...), the ServiceError CHOICE
    /// (application-reference [0] ... initiate [6] ... other [10]) and its ENUMERATED value.
    /// A refused InitiateRequest is 0E 01 06 xx with an <see cref="InitiateError"/>.</summary>
    public sealed class ConfirmedServiceError
    {
        /// <summary>APDU tag.</summary>
        public const byte Tag = 0x0E;

        /// <summary>Encoded size.</summary>
        public const int Size = 4;

        /// <summary>ConfirmedServiceError CHOICE initiateError [1].</summary>
        public const byte InitiateErrorService = 1;

        /// <summary>Highest ConfirmedServiceError CHOICE (terminateUpLoad [19]).</summary>
        public const byte LastService = 19;

        /// <summary>ServiceError CHOICE initiate [6].</summary>
        public const byte InitiateErrorKind = 6;

        /// <summary>Highest ServiceError CHOICE (other [10]).</summary>
        public const byte LastErrorKind = 10;

        /// <summary>The confirmed service that failed (1..19).</summary>
        public byte Service = InitiateErrorService;

        /// <summary>The ServiceError CHOICE (0..10).</summary>
        public byte ErrorKind = InitiateErrorKind;

        /// <summary>The ENUMERATED value inside the ServiceError CHOICE.</summary>
        public byte Value;

        /// <summary>The error answered for a refused InitiateRequest (0E 01 06 error).</summary>
        public static ConfirmedServiceError ForInitiate(InitiateError error)
        {
            ConfirmedServiceError result = new ConfirmedServiceError();
            result.Value = (byte)error;
            return result;
        }

        /// <summary>Decodes a ConfirmedServiceError that fills buffer[offset, offset+count) exactly. Never throws on bad input.</summary>
        public XdlmsError Decode(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || count > buffer.Length - offset || count < 1)
            {
                return XdlmsError.Truncated;
            }

            if (buffer[offset] != Tag)
            {
                return XdlmsError.UnexpectedTag;
            }

            if (count < Size)
            {
                return XdlmsError.Truncated;
            }

            if (count > Size)
            {
                return XdlmsError.TrailingBytes;
            }

            byte service = buffer[offset + 1];
            byte kind = buffer[offset + 2];
            if (service < 1 || service > LastService || kind > LastErrorKind)
            {
                return XdlmsError.BadValue;
            }

            Service = service;
            ErrorKind = kind;
            Value = buffer[offset + 3];
            return XdlmsError.None;
        }

        /// <summary>Encodes into buffer at offset; <paramref name="written"/> is <see cref="Size"/>.</summary>
        public XdlmsError Encode(byte[] buffer, int offset, out int written)
        {
            written = 0;
            if (buffer == null || offset < 0 || offset > buffer.Length || Size > buffer.Length - offset)
            {
                return XdlmsError.BufferTooSmall;
            }

            buffer[offset] = Tag;
            buffer[offset + 1] = Service;
            buffer[offset + 2] = ErrorKind;
            buffer[offset + 3] = Value;
            written = Size;
            return XdlmsError.None;
        }
    }
}
