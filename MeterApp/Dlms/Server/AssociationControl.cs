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
        private readonly byte[] _plain;
        private readonly byte[] _scratch;
        private bool _initiateOpened;

        public AssociationControl(AssociationState state, ApduProtection protection, IRandomSource random, int maxApduSize, int challengeLength, int minimumPlainSend, DlmsServerStatistics statistics)
        {
            _state = state;
            _policy = state.Policy;
            _protection = protection;
            _random = random;
            _maxApduSize = maxApduSize;
            _challengeLength = challengeLength;
            _minimumPlainSend = minimumPlainSend;
            _statistics = statistics;
            _plain = new byte[maxApduSize];
            _scratch = new byte[64];
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
                return Reject(AssociationResult.RejectedTransient, DiagnosticSource.ServiceUser, (int)AcseServiceUserDiagnostic.NoReasonGiven, null, response, responseOffset, responseCount);
            }

            Aarq aarq = new Aarq();
            AcseError error = aarq.Decode(request, offset, count, _maxApduSize);
            if (error != AcseError.None)
            {
                return RejectUndecodable(error, response, responseOffset, responseCount);
            }

            int diagnostic = CheckAcse(aarq);
            if (diagnostic != (int)AcseServiceUserDiagnostic.Null)
            {
                return Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceUser, diagnostic, null, response, responseOffset, responseCount);
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
                int written = Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceUser, (int)AcseServiceUserDiagnostic.NoReasonGiven, UserInformation(refusal, protect), response, responseOffset, responseCount);
                End();
                return written;
            }

            return Accept(accepted, response, responseOffset, responseCount);
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
                    rlre.UserInformation = UserInformation(CurrentInitiateResponse(), true);
                }
            }

            if (rlre.Reason == ReleaseResponseReason.Normal)
            {
                End();
            }

            int written;
            return rlre.Encode(response, responseOffset, out written) == AcseError.None ? written : -1;
        }

        // The ACSE fields against the policy; Null when they pass.
        private int CheckAcse(Aarq aarq)
        {
            if (aarq.ApplicationContext != _policy.ApplicationContext)
            {
                return (int)AcseServiceUserDiagnostic.ApplicationContextNameNotSupported;
            }

            if (aarq.HasMechanismName && aarq.Mechanism != _policy.Mechanism)
            {
                return (int)AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised;
            }

            if (_policy.Mechanism != MechanismName.None)
            {
                if (!aarq.Authentication)
                {
                    return (int)AcseServiceUserDiagnostic.AuthenticationRequired;
                }

                if (!aarq.HasMechanismName)
                {
                    return (int)AcseServiceUserDiagnostic.AuthenticationMechanismNameRequired;
                }

                byte[] challenge = aarq.CallingAuthenticationValue;
                if (challenge == null || challenge.Length < AssociationState.MinChallengeLength || challenge.Length > AssociationState.MaxChallengeLength)
                {
                    return (int)AcseServiceUserDiagnostic.AuthenticationFailure;
                }
            }

            if (_policy.Ciphering != null && aarq.CallingApTitle == null)
            {
                return (int)AcseServiceUserDiagnostic.CallingApTitleNotRecognized;
            }

            return (int)AcseServiceUserDiagnostic.Null;
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

        private int Accept(InitiateResponse accepted, byte[] response, int responseOffset, int responseCount)
        {
            bool hls = _policy.Mechanism == MechanismName.HlsGmac;
            Aare aare = new Aare();
            aare.ApplicationContext = _policy.ApplicationContext;
            aare.Result = AssociationResult.Accepted;
            aare.DiagnosticSource = DiagnosticSource.ServiceUser;
            aare.Diagnostic = (int)(hls ? AcseServiceUserDiagnostic.AuthenticationRequired : AcseServiceUserDiagnostic.Null);
            aare.RespondingApTitle = _policy.Ciphering == null ? null : _policy.Ciphering.SystemTitle;
            if (hls)
            {
                aare.Authentication = true;
                aare.HasMechanismName = true;
                aare.Mechanism = MechanismName.HlsGmac;
                byte[] challenge = new byte[_state.ServerChallengeLength];
                Array.Copy(_state.ServerChallenge, challenge, challenge.Length);
                aare.RespondingAuthenticationValue = challenge;
            }

            aare.UserInformation = UserInformation(accepted, _policy.RequiresCiphering);
            int written;
            return aare.Encode(response, responseOffset, out written) == AcseError.None && written <= responseCount ? written : -1;
        }

        private int RejectUndecodable(AcseError error, byte[] response, int responseOffset, int responseCount)
        {
            switch (error)
            {
                case AcseError.UnsupportedApplicationContext:
                    return Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceUser, (int)AcseServiceUserDiagnostic.ApplicationContextNameNotSupported, null, response, responseOffset, responseCount);
                case AcseError.UnsupportedMechanismName:
                    return Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceUser, (int)AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised, null, response, responseOffset, responseCount);
                case AcseError.UnsupportedProtocolVersion:
                    return Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceProvider, (int)AcseServiceProviderDiagnostic.NoCommonAcseVersion, null, response, responseOffset, responseCount);
                default:
                    return Reject(AssociationResult.RejectedPermanent, DiagnosticSource.ServiceProvider, (int)AcseServiceProviderDiagnostic.NoReasonGiven, null, response, responseOffset, responseCount);
            }
        }

        private int Reject(AssociationResult result, DiagnosticSource source, int diagnostic, byte[] userInformation, byte[] response, int responseOffset, int responseCount)
        {
            _statistics.CountRefused();
            Aare aare = new Aare();
            aare.ApplicationContext = _policy.ApplicationContext;
            aare.Result = result;
            aare.DiagnosticSource = source;
            aare.Diagnostic = diagnostic;
            aare.UserInformation = userInformation;
            int written;
            return aare.Encode(response, responseOffset, out written) == AcseError.None && written <= responseCount ? written : -1;
        }

        // The InitiateResponse of the established association (for the RLRE).
        private InitiateResponse CurrentInitiateResponse()
        {
            InitiateResponse current = new InitiateResponse();
            current.NegotiatedConformance = _state.Conformance;
            current.ServerMaxReceivePduSize = _state.ServerMaxReceivePduSize;
            return current;
        }

        private byte[] UserInformation(InitiateResponse initiate, bool protect)
        {
            int length;
            initiate.Encode(_scratch, 0, out length);
            return Wrap(length, protect);
        }

        private byte[] UserInformation(ConfirmedServiceError error, bool protect)
        {
            int length;
            error.Encode(_scratch, 0, out length);
            return Wrap(length, protect);
        }

        // The plain xDLMS APDU in the scratch buffer, glo-ciphered when the context requires it.
        private byte[] Wrap(int length, bool protect)
        {
            if (!protect)
            {
                byte[] plain = new byte[length];
                Array.Copy(_scratch, plain, length);
                return plain;
            }

            int written = _protection.ProtectGlobal(_state.Security, _scratch, 0, length, _plain, 0, _plain.Length);
            byte[] ciphered = new byte[written];
            Array.Copy(_plain, ciphered, written);
            return ciphered;
        }
    }
}
