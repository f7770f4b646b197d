using System;
using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Security;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// The association side of <see cref="DlmsClient"/> (Green Book ed. 9, 9.4.2.2 and 9.2.7.4):
    /// builds the AARQ (LN, or LN with ciphering, HLS-GMAC, the client system title, a glo-ciphered
    /// InitiateRequest and the CtoS challenge), checks the AARE (result, server system title, StoC,
    /// InitiateResponse), runs reply_to_HLS_authentication, and releases with RLRQ/RLRE.
    /// </summary>
    internal sealed class ClientAssociation
    {
        // 0.0.40.0.0.255: the current association.
        private static readonly byte[] CurrentAssociation = { 0, 0, 40, 0, 0, 255 };

        private readonly IApduTransport _transport;
        private readonly ClientSecurity _security;
        private readonly ApduChannel _channel;
        private readonly ClientServices _services;
        private readonly ClientActionService _actions;
        private SecurityContext _context;
        private Conformance _proposed;

        internal ClientAssociation(IApduTransport transport, ClientSecurity security, ApduChannel channel, ClientServices services, ClientActionService actions)
        {
            _actions = actions;
            _transport = transport;
            _security = security;
            _channel = channel;
            _services = services;
        }

        /// <summary>The conformance the server granted.</summary>
        internal Conformance NegotiatedConformance { get; private set; }

        /// <summary>The largest APDU the server receives.</summary>
        internal int ServerMaxReceivePduSize { get; private set; }

        /// <summary>The server system title from the AARE (ciphered associations), else null.</summary>
        internal byte[] ServerSystemTitle { get; private set; }

        /// <summary>AARQ/AARE and, with HLS-GMAC, passes 3 and 4; throws when the server refuses or cannot be authenticated.</summary>
        internal void Open(Conformance proposed)
        {
            _proposed = proposed;
            byte[] initiate = EncodeInitiateRequest();
            Aarq request = new Aarq();
            byte[] challenge = null;
            if (_security == null)
            {
                request.ApplicationContext = ApplicationContextName.LogicalName;
                request.UserInformation = initiate;
            }
            else
            {
                byte[] title = _security.SystemTitle;
                _context = new SecurityContext(_security.EncryptionKey, _security.AuthenticationKey, new RamInvocationCounterGuard(), title, 0);
                _channel.UseSecurity(_security.Operations, _context);
                challenge = new byte[ClientSecurity.ChallengeLength];
                _security.Random.GetBytes(challenge, 0, challenge.Length);
                request.ApplicationContext = ApplicationContextName.LogicalNameCiphered;
                request.CallingApTitle = title;
                request.Authentication = true;
                request.HasMechanismName = true;
                request.Mechanism = MechanismName.HlsGmac;
                request.CallingAuthenticationValue = challenge;
                request.UserInformation = _channel.Protect(initiate, 0, initiate.Length);
            }

            byte[] buffer = new byte[_transport.MaxApduSize];
            int written;
            if (request.Encode(buffer, 0, out written) != AcseError.None)
            {
                throw new DlmsClientException("the AARQ does not fit");
            }

            int length = _channel.Exchange(buffer, 0, written);
            Aare response = new Aare();
            AcseError error = response.Decode(_channel.Response, 0, length, length);
            if (error != AcseError.None)
            {
                throw new DlmsClientException("the server did not answer the AARQ with a valid AARE (tag 0x" + _channel.Response[0].ToString("X2") + ")");
            }

            if (response.Result != AssociationResult.Accepted)
            {
                throw new DlmsClientException("association refused: " + ResultText.Of(response) + InitiateErrorOf(response.UserInformation));
            }

            if (_security != null)
            {
                AcceptServerTitle(response);
            }

            ReadInitiateResponse(response.UserInformation);
            if (_security != null)
            {
                _channel.StartProtection();
                Authenticate(response.RespondingAuthenticationValue, challenge);
            }
        }

        private void AcceptServerTitle(Aare response)
        {
            if (response.RespondingApTitle == null)
            {
                throw new DlmsClientException("the AARE carries no responding-AP-title (the server system title)");
            }

            byte[] expected = _security.ExpectedServerSystemTitle;
            if (expected != null && !SameBytes(expected, response.RespondingApTitle))
            {
                throw new DlmsClientException("the server system title is not the one expected");
            }

            if (!response.HasMechanismName || response.Mechanism != MechanismName.HlsGmac)
            {
                throw new DlmsClientException("the server did not take HLS-GMAC (mechanism 5)");
            }

            byte[] stoc = response.RespondingAuthenticationValue;
            if (stoc == null || stoc.Length < 8 || stoc.Length > 64)
            {
                throw new DlmsClientException("the AARE carries no StoC challenge of 8 to 64 bytes");
            }

            ServerSystemTitle = response.RespondingApTitle;
            _context.SetPeerSystemTitle(ServerSystemTitle, 0);
        }

        private void ReadInitiateResponse(byte[] userInformation)
        {
            if (userInformation == null || userInformation.Length == 0)
            {
                throw new DlmsClientException("the AARE carries no InitiateResponse");
            }

            byte[] plain = userInformation;
            int length = plain.Length;
            if (_security != null)
            {
                if (userInformation[0] != CipheredTag.GloInitiateResponse)
                {
                    throw new DlmsClientException("the AARE carries no glo-initiateResponse in a ciphered association");
                }

                plain = new byte[_transport.MaxApduSize];
                length = _channel.Unprotect(userInformation, 0, userInformation.Length, plain);
            }

            InitiateResponse initiate = new InitiateResponse();
            if (initiate.Decode(plain, 0, length) != XdlmsError.None)
            {
                throw new DlmsClientException("the AARE's InitiateResponse is not valid");
            }

            if (initiate.VaaName != InitiateResponse.LogicalNameVaa)
            {
                throw new DlmsClientException("the server refers by short names; this client uses logical names");
            }

            NegotiatedConformance = initiate.NegotiatedConformance;
            _services.Negotiated = initiate.NegotiatedConformance;
            ServerMaxReceivePduSize = initiate.ServerMaxReceivePduSize;
            int limit = _transport.MaxApduSize;
            _channel.MaxRequestSize = initiate.ServerMaxReceivePduSize >= InitiateNegotiation.MinimumPduSize && initiate.ServerMaxReceivePduSize < limit
                ? initiate.ServerMaxReceivePduSize : limit;
        }

        // HLS-GMAC passes 3 and 4 (Green Book ed. 9, 9.2.7.4, Table 43): the glo-ciphered ACTION takes
        // the next counter and f(StoC) the one after, so the server sees both increase in the order it checks them.
        private void Authenticate(byte[] stoc, byte[] ctos)
        {
            uint actionCounter = _channel.NextInvocationCounter;
            if (actionCounter >= uint.MaxValue - 1)
            {
                throw new DlmsClientException("the invocation counter is exhausted: the keys must be changed");
            }

            HlsGmac hls = new HlsGmac(_security.Operations);
            byte[] reply = new byte[HlsGmac.ResponseLength];
            hls.Compute(_context, actionCounter + 1, stoc, 0, stoc.Length, reply, 0);
            CosemMethodDescriptor method = new CosemMethodDescriptor(DlmsClient.AssociationLnClass, CurrentAssociation, DlmsClient.ReplyToHlsAuthentication);
            ActionResponseNormal response = _actions.Action(method, DlmsData.OctetString(reply));
            _channel.TakeInvocationCounter();
            if (response.Result != ActionResult.Success)
            {
                throw new DlmsClientException("the server refused our f(StoC) (" + ResultText.Of(response.Result) + "): wrong keys or system title?");
            }

            GetDataResult parameters = response.ReturnParameters;
            if (parameters == null || !parameters.IsData || parameters.Data.Type != DlmsDataType.OctetString)
            {
                throw new DlmsClientException("the server did not return f(CtoS)");
            }

            byte[] answer = parameters.Data.GetBytes();
            uint serverCounter;
            if (hls.Verify(_context, ctos, 0, ctos.Length, answer, 0, answer.Length, out serverCounter) != CipherResult.Ok)
            {
                throw new DlmsClientException("the server's f(CtoS) does not verify: it does not hold our keys");
            }
        }

        private byte[] EncodeInitiateRequest()
        {
            InitiateRequest initiate = new InitiateRequest();
            initiate.ProposedConformance = _proposed;
            initiate.ClientMaxReceivePduSize = _transport.MaxApduSize;
            byte[] buffer = new byte[64];
            int written;
            if (initiate.Encode(buffer, 0, out written) != XdlmsError.None)
            {
                throw new DlmsClientException("the InitiateRequest cannot be encoded");
            }

            byte[] apdu = new byte[written];
            Array.Copy(buffer, apdu, written);
            return apdu;
        }

        // A refused InitiateRequest comes back as a ConfirmedServiceError in the user-information (plain only: a ciphered one is not opened here).
        private static string InitiateErrorOf(byte[] userInformation)
        {
            ConfirmedServiceError error = new ConfirmedServiceError();
            if (userInformation != null && error.Decode(userInformation, 0, userInformation.Length) == XdlmsError.None)
            {
                return " (initiate error " + error.Value.ToString() + ")";
            }

            return string.Empty;
        }

        /// <summary>RLRQ (with a glo-ciphered InitiateRequest when ciphered) answered by RLRE; protection ends first.</summary>
        internal void Release()
        {
            Rlrq request = new Rlrq();
            request.HasReason = true;
            request.Reason = ReleaseRequestReason.Normal;
            if (_channel.IsCiphered)
            {
                byte[] initiate = EncodeInitiateRequest();
                request.UserInformation = _channel.Protect(initiate, 0, initiate.Length);
            }

            byte[] buffer = new byte[_transport.MaxApduSize];
            int written;
            if (request.Encode(buffer, 0, out written) != AcseError.None)
            {
                throw new DlmsClientException("the RLRQ does not fit");
            }

            _channel.StopProtection();
            int length = _channel.Exchange(buffer, 0, written);
            Rlre response = new Rlre();
            if (response.Decode(_channel.Response, 0, length, length) != AcseError.None)
            {
                throw new DlmsClientException("the server did not answer the RLRQ with an RLRE (tag 0x" + _channel.Response[0].ToString("X2") + ")");
            }

            if (response.HasReason && response.Reason != ReleaseResponseReason.Normal)
            {
                throw new DlmsClientException("release not accepted (reason " + ((int)response.Reason).ToString() + ")");
            }
        }


        private static bool SameBytes(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
