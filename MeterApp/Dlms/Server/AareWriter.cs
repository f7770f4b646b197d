using System;
using Meter.Dlms.Acse;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// Writes the AAREs of a session (Green Book ed. 9, 9.3.2; ISO 8650-1): acceptance with our
    /// system title, the HLS challenge and the InitiateResponse (glo-ciphered under a ciphered
    /// context), or rejection with its result-source-diagnostic and, for a refused InitiateRequest,
    /// the ConfirmedServiceError in user-information.
    /// </summary>
    internal sealed class AareWriter
    {
        private readonly AssociationState _state;
        private readonly AssociationPolicy _policy;
        private readonly ApduProtection _protection;
        private readonly DlmsServerStatistics _statistics;
        private readonly byte[] _scratch = new byte[32];
        private readonly byte[] _ciphered = new byte[32 + ApduProtection.Overhead];

        public AareWriter(AssociationState state, ApduProtection protection, DlmsServerStatistics statistics)
        {
            _state = state;
            _policy = state.Policy;
            _protection = protection;
            _statistics = statistics;
        }

        /// <summary>The accepting AARE for the association just established; returns its length or -1.</summary>
        public int Accept(InitiateResponse accepted, byte[] response, int responseOffset, int responseCount)
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

        /// <summary>The AARE for an AARQ that did not decode (the decoder's reason picks the diagnostic).</summary>
        public int RejectUndecodable(AcseError error, byte[] response, int responseOffset, int responseCount)
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

        /// <summary>A rejecting AARE; <paramref name="userInformation"/> may be null.</summary>
        public int Reject(AssociationResult result, DiagnosticSource source, int diagnostic, byte[] userInformation, byte[] response, int responseOffset, int responseCount)
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

        /// <summary>The InitiateResponse of the established association (for the RLRE).</summary>
        public InitiateResponse CurrentInitiateResponse()
        {
            InitiateResponse current = new InitiateResponse();
            current.NegotiatedConformance = _state.Conformance;
            current.ServerMaxReceivePduSize = _state.ServerMaxReceivePduSize;
            return current;
        }

        /// <summary>user-information holding <paramref name="initiate"/>, glo-ciphered when <paramref name="protect"/>.</summary>
        public byte[] UserInformation(InitiateResponse initiate, bool protect)
        {
            int length;
            initiate.Encode(_scratch, 0, out length);
            return Wrap(length, protect);
        }

        /// <summary>user-information holding <paramref name="error"/>, glo-ciphered when <paramref name="protect"/>.</summary>
        public byte[] UserInformation(ConfirmedServiceError error, bool protect)
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

            int written = _protection.ProtectGlobal(_state.Security, _scratch, 0, length, _ciphered, 0, _ciphered.Length);
            byte[] ciphered = new byte[written];
            Array.Copy(_ciphered, ciphered, written);
            return ciphered;
        }
    }
}
