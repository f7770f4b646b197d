using System;
using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Security;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// A DLMS/COSEM client over any <see cref="IApduTransport"/> (IEC 62056-5-3, Green Book ed. 9):
    /// associates as a public client (lowest level security, LN referencing) or with HLS-GMAC and
    /// suite 0 (LN referencing with ciphering, passes 1 to 4), then reads, writes and invokes
    /// methods, and releases. In a ciphered association every request is glo-ciphered (authenticated
    /// and encrypted) under an invocation counter that increases per APDU, and every response must
    /// verify with a server counter that increases. Protocol failures throw
    /// <see cref="DlmsClientException"/>; data-access results come back as values. Not thread-safe.
    /// </summary>
    public sealed class DlmsClient
    {
        /// <summary>How long a response may take unless set otherwise.</summary>
        public const int DefaultTimeoutMilliseconds = 10000;

        /// <summary>The largest value reassembled from data blocks unless set otherwise.</summary>
        public const int DefaultMaxValueSize = 65536;

        /// <summary>
        /// What the client proposes: get, set, action, selective access, multiple references (with-list)
        /// and block transfer with get, the services it implements.
        /// </summary>
        public const Conformance DefaultConformance = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.SelectiveAccess
            | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead;

        /// <summary>Class id of Association LN.</summary>
        public const ushort AssociationLnClass = 15;

        /// <summary>reply_to_HLS_authentication, method 1 of Association LN (Blue Book 4.4.4).</summary>
        public const sbyte ReplyToHlsAuthentication = 1;

        // 0.0.40.0.0.255: the current association.
        private static readonly byte[] CurrentAssociation = { 0, 0, 40, 0, 0, 255 };

        private readonly IApduTransport _transport;
        private readonly ClientSecurity _security;
        private readonly ApduChannel _channel;
        private readonly ClientServices _services;
        private SecurityContext _context;
        private byte[] _serverSystemTitle;

        /// <summary>
        /// A client over <paramref name="transport"/>: public (lowest level security) when
        /// <paramref name="security"/> is null, HLS-GMAC with suite 0 ciphering otherwise.
        /// </summary>
        public DlmsClient(IApduTransport transport, ClientSecurity security)
        {
            if (transport == null)
            {
                throw new ArgumentNullException("transport");
            }

            _transport = transport;
            _security = security;
            _channel = new ApduChannel(transport, DefaultTimeoutMilliseconds);
            _services = new ClientServices(_channel, transport.MaxApduSize, DefaultMaxValueSize);
            ProposedConformance = DefaultConformance;
            if (security != null)
            {
                _channel.SetInvocationCounter(security.InvocationCounter);
            }
        }

        /// <summary>How long a response may take.</summary>
        public int ResponseTimeoutMilliseconds
        {
            get { return _channel.TimeoutMilliseconds; }
            set { _channel.TimeoutMilliseconds = value; }
        }

        /// <summary>The most bytes a value reassembled from data blocks may take.</summary>
        public int MaxValueSize
        {
            get { return _services.MaxValueSize; }
            set { _services.MaxValueSize = value; }
        }

        /// <summary>The conformance block proposed in the InitiateRequest.</summary>
        public Conformance ProposedConformance { get; set; }

        /// <summary>True between a successful <see cref="Associate"/> and <see cref="Release"/>.</summary>
        public bool IsAssociated { get; private set; }

        /// <summary>The conformance the server granted.</summary>
        public Conformance NegotiatedConformance { get; private set; }

        /// <summary>The largest APDU the server receives.</summary>
        public int ServerMaxReceivePduSize { get; private set; }

        /// <summary>
        /// The invocation counter the next protected APDU will carry: it starts at
        /// <see cref="ClientSecurity.InvocationCounter"/> and only grows, across re-associations of this
        /// client too (keep it to continue with another client under the same keys).
        /// </summary>
        public uint NextInvocationCounter
        {
            get { return _channel.NextInvocationCounter; }
        }

        /// <summary>A copy of the server system title from the AARE, or null (public association).</summary>
        public byte[] ServerSystemTitle
        {
            get
            {
                if (_serverSystemTitle == null)
                {
                    return null;
                }

                byte[] copy = new byte[_serverSystemTitle.Length];
                Array.Copy(_serverSystemTitle, copy, copy.Length);
                return copy;
            }
        }

        /// <summary>
        /// Establishes the application association: AARQ/AARE, and with HLS-GMAC the ACTION
        /// reply_to_HLS_authentication with f(StoC), checking the server's f(CtoS). Throws when the
        /// server refuses or cannot be authenticated.
        /// </summary>
        public void Associate()
        {
            if (IsAssociated)
            {
                throw new InvalidOperationException("already associated");
            }

            try
            {
                AssociateOrThrow();
            }
            catch (Exception)
            {
                _channel.StopProtection();
                throw;
            }
        }

        /// <summary>Reads one attribute; a refusal comes back as the result's data-access-result.</summary>
        public GetDataResult Get(CosemAttributeDescriptor attribute)
        {
            return Get(attribute, null);
        }

        /// <summary>Reads one attribute with selective access (<paramref name="access"/> may be null).</summary>
        public GetDataResult Get(CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access)
        {
            RequireAssociation();
            if (attribute == null)
            {
                throw new ArgumentNullException("attribute");
            }

            return _services.Get(attribute, access);
        }

        /// <summary>Reads several attributes in one request (Get-Request-With-List); one result per attribute.</summary>
        public GetDataResult[] GetWithList(CosemAttributeDescriptor[] attributes)
        {
            RequireAssociation();
            if (attributes == null)
            {
                throw new ArgumentNullException("attributes");
            }

            if (attributes.Length < 1 || attributes.Length > XdlmsLimits.MaxListItems)
            {
                throw new ArgumentOutOfRangeException("attributes");
            }

            return _services.GetWithList(attributes);
        }

        /// <summary>Writes one attribute (Set-Request-Normal); returns the server's data-access-result.</summary>
        public DataAccessResult Set(CosemAttributeDescriptor attribute, DlmsData value)
        {
            RequireAssociation();
            if (attribute == null || value == null)
            {
                throw new ArgumentNullException(attribute == null ? "attribute" : "value");
            }

            return _services.Set(attribute, value);
        }

        /// <summary>Invokes a method (Action-Request-Normal); <paramref name="parameters"/> may be null.</summary>
        public ActionResponseNormal Action(CosemMethodDescriptor method, DlmsData parameters)
        {
            RequireAssociation();
            if (method == null)
            {
                throw new ArgumentNullException("method");
            }

            return _services.Action(method, parameters);
        }

        /// <summary>
        /// Releases the association (RLRQ reason normal, answered by RLRE; Green Book ed. 9, 9.4.2.2).
        /// In a ciphered association the RLRQ carries a glo-ciphered InitiateRequest, so only the
        /// key holder can release it. The transport stays open.
        /// </summary>
        public void Release()
        {
            RequireAssociation();
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

            IsAssociated = false;
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

        private void AssociateOrThrow()
        {
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

            IsAssociated = true;
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

            _serverSystemTitle = response.RespondingApTitle;
            _context.SetPeerSystemTitle(_serverSystemTitle, 0);
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
            CosemMethodDescriptor method = new CosemMethodDescriptor(AssociationLnClass, CurrentAssociation, ReplyToHlsAuthentication);
            ActionResponseNormal response = _services.Action(method, DlmsData.OctetString(reply));
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
            initiate.ProposedConformance = ProposedConformance;
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

        private void RequireAssociation()
        {
            if (!IsAssociated)
            {
                throw new InvalidOperationException("not associated");
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
