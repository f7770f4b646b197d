using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// ExceptionResponse (Green Book ed. 9, 9.5): D8, state-error, service-error; invocation-counter-error
    /// is followed by the invocation counter the server expects (Unsigned32). The server sends it
    /// when it cannot answer a request with the service's own response. Immutable.
    /// </summary>
    public sealed class ExceptionResponse
    {
        private readonly ExceptionStateError _stateError;
        private readonly ExceptionServiceError _serviceError;
        private readonly uint _invocationCounter;

        /// <summary>An exception; <paramref name="invocationCounter"/> is only encoded with invocation-counter-error.</summary>
        public ExceptionResponse(ExceptionStateError stateError, ExceptionServiceError serviceError, uint invocationCounter)
        {
            if (stateError < ExceptionStateError.ServiceNotAllowed || stateError > ExceptionStateError.ServiceUnknown)
            {
                throw new System.ArgumentOutOfRangeException("stateError");
            }

            if (serviceError < ExceptionServiceError.OperationNotPossible || serviceError > ExceptionServiceError.InvocationCounterError)
            {
                throw new System.ArgumentOutOfRangeException("serviceError");
            }

            _stateError = stateError;
            _serviceError = serviceError;
            _invocationCounter = serviceError == ExceptionServiceError.InvocationCounterError ? invocationCounter : 0;
        }

        /// <summary>The state-error.</summary>
        public ExceptionStateError StateError
        {
            get { return _stateError; }
        }

        /// <summary>The service-error.</summary>
        public ExceptionServiceError ServiceError
        {
            get { return _serviceError; }
        }

        /// <summary>The expected invocation counter (0 unless the service-error is invocation-counter-error).</summary>
        public uint InvocationCounter
        {
            get { return _invocationCounter; }
        }

        /// <summary>Encoded size in bytes.</summary>
        public int Size
        {
            get { return _serviceError == ExceptionServiceError.InvocationCounterError ? 7 : 3; }
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count); never throws on bad bytes.</summary>
        public static XdlmsResult Decode(byte[] buffer, int offset, int count, out ExceptionResponse apdu)
        {
            XdlmsReader reader = new XdlmsReader(buffer, offset, count);
            reader.Tag(XdlmsTag.ExceptionResponse);
            byte state = reader.Byte();
            byte service = reader.Byte();
            if (state < (byte)ExceptionStateError.ServiceNotAllowed || state > (byte)ExceptionStateError.ServiceUnknown
                || service < (byte)ExceptionServiceError.OperationNotPossible || service > (byte)ExceptionServiceError.InvocationCounterError)
            {
                reader.Fail(XdlmsResult.Malformed);
            }

            uint invocationCounter = service == (byte)ExceptionServiceError.InvocationCounterError ? reader.UInt32() : 0;
            apdu = reader.Finish() ? new ExceptionResponse((ExceptionStateError)state, (ExceptionServiceError)service, invocationCounter) : null;
            return reader.Result;
        }

        /// <summary>Writes the APDU; returns the bytes written or AxdrEncoder.DoesNotFit.</summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            int size = Size;
            if (!XdlmsCodec.Fits(buffer, offset, count, size))
            {
                return AxdrEncoder.DoesNotFit;
            }

            buffer[offset] = XdlmsTag.ExceptionResponse;
            buffer[offset + 1] = (byte)_stateError;
            buffer[offset + 2] = (byte)_serviceError;
            if (size == 7)
            {
                BigEndian.WriteUInt32(buffer, offset + 3, _invocationCounter);
            }

            return size;
        }
    }
}
