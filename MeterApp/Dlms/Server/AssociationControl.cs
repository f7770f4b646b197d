using System;
using Meter.Dlms.Acse;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The ACSE side of a session (Green Book ed. 9, 9.3.2 COSEM-OPEN and 9.3.3 COSEM-RELEASE):
    /// checks an AARQ against the client's <see cref="AssociationPolicy"/>, negotiates the xDLMS
    /// InitiateRequest it carries (glo-ciphered under a ciphered context), draws the HLS challenge
    /// and answers with the AARE; releases on RLRQ with the RLRE. Rejections follow the Green Book:
    /// result rejected-permanent with the acse-service-user diagnostic naming the field at fault
    /// (application-context-name-not-supported, authentication-mechanism-name-not-recognised or
    /// -required, authentication-required, authentication-failure, calling-AP-title-not-recognized),
    /// or no-reason-given with a ConfirmedServiceError in user-information when the InitiateRequest
    /// is refused.
    /// </summary>
    internal sealed class AssociationControl
    {
        // ConfirmedServiceError initiateError [1] ServiceError application-reference [0] deciphering-error (6).
        private const byte ApplicationReference = 0;
        private const byte DecipheringError = 6;

        private readonly AssociationState _state;
        private readonly AssociationPolicy _policy;
        private readonly ApduProtection _protection;
        private readonly IRandomSource _random;
        private readonly int _maxApduSize;
        private readonly int _challengeLength;
        private readonly int _minimumPlainSend;
        private readonly DlmsServerStatistics _statistics;
        // The session's plain-request buffer (maxApduSize bytes), lent for opening a ciphered InitiateRequest.
        private readonly byte[] _plain;
        private readonly AareWriter _aare;
        private bool _initiateOpened;

        public AssociationControl(AssociationState state, ApduProtection protection, IRandomSource random, int maxApduSize, int challengeLength, int minimumPlainSend, byte[] plain, DlmsServerStatistics statistics)
        {
            _state = state;
            _policy = state.Policy;
            _protection = protection;
            _random = random;
            _maxApduSize = maxApduSize;
            _challengeLength = challengeLength;
            _minimumPlainSend = minimumPlainSend;
            _statistics = statistics;
            _plain = plain;
            _aare = new AareWriter(state, protection, statistics);
        }

        /// <summary>Called when the association ends (release, new session state): forgets it and destroys its dedicated key.</summary>
        public void End()
        {
            if (_state.DedicatedKey != null && _policy.Ciphering != null)
            {
                _policy.Ciphering.DestroyKey(_state.DedicatedKey);
            }

            _state.Reset();
        }

        /// <summary>Answers the AARQ request[offset .. offset + count) with an AARE in response; returns its length.</summary>
        public int Associate(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            if (_state.IsAssociated)
            {
                // One association at a time: the established one stays, the newcomer is told to retry later.
                return _aare.Reject(AssociationResult.RejectedTransient, DiagnosticSource.ServiceUser, (int)AcseServiceUserDiagnostic.NoReasonGiven, null, response, responseOffset, responseCount);
            }

            Aarq aarq = new Aarq();
            AcseError error = aarq.Decode(request, offset, count, _maxApduSize);
            if (error != AcseError.None)
            {
                return _aare.RejectUndecodable(error, response, responseOffset, responseCount);
            }

            int diagnostic = AarqPolicyCheck.Diagnose(_policy, aarq);
            if (diagnostic != (int)AcseServiceUserDiagnostic.Null)
            {
                return _aare.Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceUser, diagnostic, null, response, responseOffset, responseCount);
            }

            if (_policy.Ciphering != null)
            {
                _state.Security = _policy.Ciphering.CreateContext();
                _state.Security.SetPeerSystemTitle(aarq.CallingApTitle, 0);
            }

            InitiateRequest initiate = new InitiateRequest();
            ConfirmedServiceError refusal = OpenInitiate(aarq.UserInformation, initiate);
            InitiateResponse accepted = new InitiateResponse();
            InitiateError initiateError;
            if (refusal == null && !InitiateNegotiation.Negotiate(initiate, _policy.Conformance, _maxApduSize, accepted, out initiateError))
            {
                refusal = ConfirmedServiceError.ForInitiate(initiateError);
            }

            if (refusal == null)
            {
                refusal = Establish(initiate, accepted, aarq);
            }

            if (refusal != null)
            {
                bool protect = _initiateOpened;
                int written = _aare.Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceUser, (int)AcseServiceUserDiagnostic.NoReasonGiven, _aare.UserInformation(refusal, protect), response, responseOffset, responseCount);
                End();
                return written;
            }

            return _aare.Accept(accepted, response, responseOffset, responseCount);
        }

        /// <summary>Answers the RLRQ request[offset .. offset + count) with an RLRE; returns its length.</summary>
        public int Release(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            Rlrq rlrq = new Rlrq();
            Rlre rlre = new Rlre();
            rlre.HasReason = true;
            rlre.Reason = ReleaseResponseReason.Normal;
            AcseError error = rlrq.Decode(request, offset, count, _maxApduSize);
            if (error != AcseError.None)
            {
                _statistics.CountRefused();
                rlre.Reason = ReleaseResponseReason.NotFinished;
            }
            else if (_state.IsAssociated && rlrq.UserInformation != null && _state.IsCiphered)
            {
                // A ciphered association may authenticate its release with a glo-initiateRequest
                // (Green Book ed. 9, 9.3.3); the RLRE then carries the glo-initiateResponse.
                InitiateRequest initiate = new InitiateRequest();
                if (OpenInitiate(rlrq.UserInformation, initiate) != null)
                {
                    rlre.Reason = ReleaseResponseReason.NotFinished;
                }
                else
                {
                    rlre.UserInformation = _aare.UserInformation(_aare.CurrentInitiateResponse(), true);
                }
            }

            if (rlre.Reason == ReleaseResponseReason.Normal)
            {
                End();
            }

            int written;
            return rlre.Encode(response, responseOffset, out written) == AcseError.None ? written : -1;
        }

        // Opens the InitiateRequest of user-information (ciphered under a ciphered context); null when it decoded.
        private ConfirmedServiceError OpenInitiate(byte[] userInformation, InitiateRequest initiate)
        {
            _initiateOpened = false;
            ConfirmedServiceError other = ConfirmedServiceError.ForInitiate(InitiateError.Other);
            if (userInformation == null || userInformation.Length == 0)
            {
                return other;
            }

            byte[] source = userInformation;
            int length = userInformation.Length;
            if (_policy.RequiresCiphering)
            {
                byte tag = userInformation[0];
                if (tag != CipheredTag.GloInitiateRequest && tag != CipheredTag.GeneralGloCiphering)
                {
                    return other;
                }

                if (_protection.Open(_state.Security, userInformation, 0, userInformation.Length, _plain, out length) != CipherResult.Ok)
                {
                    ConfirmedServiceError deciphering = new ConfirmedServiceError();
                    deciphering.ErrorKind = ApplicationReference;
                    deciphering.Value = DecipheringError;
                    return deciphering;
                }

                source = _plain;
                _initiateOpened = true;
            }

            return initiate.Decode(source, 0, length) == XdlmsError.None ? null : other;
        }

        // Records the negotiated association; a refusal when something it needs is missing.
        private ConfirmedServiceError Establish(InitiateRequest initiate, InitiateResponse accepted, Aarq aarq)
        {
            int clientMax = initiate.ClientMaxReceivePduSize == 0 ? InitiateNegotiation.MaximumPduSize : initiate.ClientMaxReceivePduSize;
            int sendLimit = clientMax < _maxApduSize ? clientMax : _maxApduSize;
            int plainSend = sendLimit - (_policy.RequiresCiphering ? ApduProtection.Overhead : 0);
            if (plainSend < _minimumPlainSend)
            {
                return ConfirmedServiceError.ForInitiate(InitiateError.PduSizeTooShort);
            }

            if (initiate.DedicatedKey != null && _policy.RequiresCiphering)
            {
                if (initiate.DedicatedKey.Length != 16)
                {
                    // Suite 0 keys are 128 bits.
                    return ConfirmedServiceError.ForInitiate(InitiateError.Other);
                }

                _state.DedicatedKey = _policy.Ciphering.ImportDedicatedKey(initiate.DedicatedKey);
                _state.Security.SetDedicatedKey(_state.DedicatedKey, new RamInvocationCounterGuard());
                Array.Clear(initiate.DedicatedKey, 0, initiate.DedicatedKey.Length);
            }

            bool hls = _policy.Mechanism == MechanismName.HlsGmac;
            _state.Conformance = accepted.NegotiatedConformance;
            _state.ClientMaxReceivePduSize = initiate.ClientMaxReceivePduSize;
            _state.ServerMaxReceivePduSize = accepted.ServerMaxReceivePduSize;
            _state.SendLimit = sendLimit;
            _state.Status = hls ? AssociationStatus.AssociationPending : AssociationStatus.Associated;
            _state.Context.IsAuthenticated = !hls;
            _state.Context.ClientSystemTitle = aarq.CallingApTitle;
            if (hls)
            {
                _state.ClientChallenge = aarq.CallingAuthenticationValue;
                _state.ServerChallengeLength = _challengeLength;
                lock (_random)
                {
                    _random.GetBytes(_state.ServerChallenge, 0, _challengeLength);
                }
            }

            return null;
        }

    }
}
