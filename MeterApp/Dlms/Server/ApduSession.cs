using System;
using Meter.Dlms.Acse;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// One transport connection's application layer (IEC 62056-5-3): routes AARQ and RLRQ to
    /// <see cref="AssociationControl"/>, refuses xDLMS before an association, opens and protects
    /// APDUs of a ciphered association through <see cref="ApduProtection"/> (plaintext there, or
    /// ciphered APDUs on a plain association, are refused), and hands the plain request to
    /// <see cref="ServiceDispatcher"/>. Never throws on client bytes: an unexpected exception is
    /// caught here, counted and answered with ExceptionResponse other-reason. Not thread-safe: one
    /// transport task drives it.
    /// </summary>
    internal sealed class ApduSession : IApduSession
    {
        private readonly int _maxApduSize;
        private readonly AssociationState _state;
        private readonly AssociationControl _control;
        private readonly ApduProtection _protection;
        private readonly ServiceDispatcher _dispatcher;
        private readonly DlmsServerStatistics _statistics;
        private readonly byte[] _plainRequest;
        private readonly byte[] _plainReply;

        public ApduSession(AssociationPolicy policy, ushort serverSap, DlmsServerSettings settings, IRandomSource random, IEventRecorder events, DlmsServerStatistics statistics)
        {
            _maxApduSize = settings.MaxApduSize;
            _statistics = statistics;
            _state = new AssociationState(policy);
            CipheringSetup ciphering = policy.Ciphering;
            HlsGmacExchange hls = null;
            if (ciphering != null)
            {
                KeyOperations operations = ciphering.CreateOperations();
                _protection = new ApduProtection(ciphering, operations, _maxApduSize, policy.ClientSap, events, statistics);
                if (policy.Mechanism == MechanismName.HlsGmac)
                {
                    hls = new HlsGmacExchange(new HlsGmac(operations), ciphering.ServerCounter, events, statistics);
                }
            }

            AssociationLn current = new AssociationLn(_state, serverSap, hls);
            ObjectList objects = policy.Objects.With(current, policy.CurrentAssociationRights);
            current.SetObjectList(objects);
            _dispatcher = new ServiceDispatcher(_state, new ObjectAccess(_state, objects), settings, statistics);
            _plainRequest = new byte[_maxApduSize];
            _plainReply = new byte[_maxApduSize];
            _control = new AssociationControl(_state, _protection, random, _maxApduSize, settings.ChallengeLength, DlmsServerSettings.MinimumPlainSendSize, _plainRequest, statistics);
        }

        /// <inheritdoc/>
        public int MaxApduSize
        {
            get { return _maxApduSize; }
        }

        /// <inheritdoc/>
        public int Process(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            if (request == null || response == null)
            {
                throw new ArgumentNullException(request == null ? "request" : "response");
            }

            if (offset < 0 || count < 0 || offset > request.Length - count || responseOffset < 0 || responseCount < 0 || responseOffset > response.Length - responseCount)
            {
                throw new ArgumentOutOfRangeException(offset < 0 || count < 0 || offset > request.Length - count ? "count" : "responseCount");
            }

            try
            {
                int written = Serve(request, offset, count, response, responseOffset, responseCount);
                return written >= 0 ? written : Refuse(ExceptionServiceError.PduTooLong, response, responseOffset, responseCount);
            }
            catch (Exception)
            {
                // Last resort: whatever broke, the connection keeps being served.
                _statistics.CountFault();
                _dispatcher.Abort();
                return Answer(new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.OtherReason, 0), response, responseOffset, responseCount);
            }
        }

        /// <inheritdoc/>
        public void Close()
        {
            _dispatcher.Abort();
            _control.End();
        }

        private int Serve(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            if (count < 1)
            {
                return Refuse(ExceptionServiceError.OtherReason, response, responseOffset, responseCount);
            }

            if (count > _maxApduSize)
            {
                return Refuse(ExceptionServiceError.PduTooLong, response, responseOffset, responseCount);
            }

            byte tag = request[offset];
            if (tag == AcseTag.Aarq)
            {
                return _control.Associate(request, offset, count, response, responseOffset, responseCount);
            }

            if (tag == AcseTag.Rlrq)
            {
                _dispatcher.Abort();
                return _control.Release(request, offset, count, response, responseOffset, responseCount);
            }

            if (!_state.IsAssociated)
            {
                // No association: xDLMS is not allowed yet (Green Book ed. 9, 9.3.2); unknown tags are unknown.
                return IsXdlmsRequest(tag)
                    ? Refuse(ExceptionServiceError.OperationNotPossible, response, responseOffset, responseCount)
                    : Answer(new ExceptionResponse(ExceptionStateError.ServiceUnknown, ExceptionServiceError.ServiceNotSupported, 0), response, responseOffset, responseCount);
            }

            return ApduProtection.IsCiphered(tag)
                ? ServeCiphered(request, offset, count, response, responseOffset, responseCount)
                : ServePlain(request, offset, count, response, responseOffset, responseCount);
        }

        private int ServePlain(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            if (_state.IsCiphered)
            {
                // The ciphered context protects every xDLMS APDU: plaintext is outside the security policy.
                return Refuse(ExceptionServiceError.OperationNotPossible, response, responseOffset, responseCount);
            }

            _state.Context.IsCiphered = false;
            int limit = _state.SendLimit < responseCount ? _state.SendLimit : responseCount;
            return _dispatcher.Serve(request, offset, count, response, responseOffset, limit);
        }

        private int ServeCiphered(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            if (!_state.IsCiphered)
            {
                return Refuse(ExceptionServiceError.OperationNotPossible, response, responseOffset, responseCount);
            }

            int plainLength;
            CipherResult opened = _protection.Open(_state.Security, request, offset, count, _plainRequest, out plainLength);
            if (opened != CipherResult.Ok)
            {
                _statistics.CountRefused();
                return Answer(_protection.RefusalFor(_state.Security, opened), response, responseOffset, responseCount);
            }

            if (!_protection.LastWasFullyProtected)
            {
                return Refuse(ExceptionServiceError.OperationNotPossible, response, responseOffset, responseCount);
            }

            _state.Context.IsCiphered = true;
            int sendLimit = _state.SendLimit < responseCount ? _state.SendLimit : responseCount;
            int limit = sendLimit - ApduProtection.Overhead;
            if (limit < 1)
            {
                return -1;
            }

            int written = _dispatcher.Serve(_plainRequest, 0, plainLength, _plainReply, 0, limit < _plainReply.Length ? limit : _plainReply.Length);
            if (written <= 0)
            {
                return written;
            }

            if (_plainReply[0] == XdlmsTag.ExceptionResponse)
            {
                // ExceptionResponse has no ciphered form.
                if (written > responseCount)
                {
                    return -1;
                }

                Array.Copy(_plainReply, 0, response, responseOffset, written);
                return written;
            }

            return _protection.ProtectAnswer(_state.Security, _plainReply, 0, written, response, responseOffset, sendLimit);
        }

        private static bool IsXdlmsRequest(byte tag)
        {
            return tag == XdlmsTag.GetRequest || tag == XdlmsTag.SetRequest || tag == XdlmsTag.ActionRequest
                || tag == XdlmsTag.GeneralBlockTransfer || ApduProtection.IsCiphered(tag);
        }

        private int Refuse(ExceptionServiceError error, byte[] response, int responseOffset, int responseCount)
        {
            _statistics.CountRefused();
            return Answer(new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, error, 0), response, responseOffset, responseCount);
        }

        private static int Answer(ExceptionResponse exception, byte[] response, int responseOffset, int responseCount)
        {
            int written = exception.Encode(response, responseOffset, responseCount);
            return written < 0 ? 0 : written;
        }
    }
}
