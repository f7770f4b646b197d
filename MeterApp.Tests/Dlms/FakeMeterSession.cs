using System;
using System.Collections;
using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Keys;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// A small meter-side counterpart for client tests, built from the project's codec and suite 0
    /// security (not from the real server): public associations (LN) and HLS-GMAC associations (LN
    /// with ciphering) with a glo-ciphered InitiateRequest/Response, reply_to_HLS_authentication
    /// checking f(StoC) and answering f(CtoS), glo-ciphered GET (normal, with-list, in blocks of
    /// <see cref="BlockSize"/>), SET and ACTION, RLRQ/RLRE. It can forge or replay its next response.
    /// </summary>
    internal sealed class FakeMeterSession : IApduSession
    {
        public const int MaxApdu = 1024;

        /// <summary>The StoC challenge it sends (16 bytes).</summary>
        public static readonly byte[] StoC = { 0x50, 0x36, 0x77, 0x52, 0x4A, 0x32, 0x31, 0x46, 0x50, 0x36, 0x77, 0x52, 0x4A, 0x32, 0x31, 0x46 };

        private readonly KeyOperations _operations;
        private readonly KeyHandle _encryptionKey;
        private readonly KeyHandle _authenticationKey;
        private readonly byte[] _title;
        private readonly Hashtable _values = new Hashtable();
        private readonly AxdrDecoder _data = new AxdrDecoder();
        private readonly XdlmsApduDecoder _decoder;
        private readonly ApduCipher _cipher;
        private readonly SecurityHeader _header = new SecurityHeader();
        private readonly byte[] _plain = new byte[MaxApdu];
        private readonly byte[] _answer = new byte[MaxApdu];
        private SecurityContext _context;
        private byte[] _ctos;
        private byte[] _pending;
        private uint _block;
        private uint _counter;
        private byte[] _lastResponse;

        public FakeMeterSession(KeyOperations operations, KeyHandle encryptionKey, KeyHandle authenticationKey, byte[] systemTitle, uint firstCounter)
        {
            _operations = operations;
            _encryptionKey = encryptionKey;
            _authenticationKey = authenticationKey;
            _title = systemTitle;
            _counter = firstCounter;
            _decoder = new XdlmsApduDecoder(_data);
            _cipher = new ApduCipher(operations, MaxApdu);
        }

        public int MaxApduSize
        {
            get { return MaxApdu; }
        }

        /// <summary>Raw bytes per data block; 0 sends every value whole.</summary>
        public int BlockSize { get; set; }

        /// <summary>Flip a bit of the next response's last byte (its tag, when ciphered).</summary>
        public bool ForgeNextResponse { get; set; }

        /// <summary>Answer the next request with the previous response again.</summary>
        public bool ReplayNextResponse { get; set; }

        /// <summary>Answer reply_to_HLS_authentication with a wrong f(CtoS).</summary>
        public bool ForgeCtoS { get; set; }

        /// <summary>True once the client's f(StoC) verified.</summary>
        public bool Authenticated { get; private set; }

        /// <summary>True between AARE and RLRE.</summary>
        public bool Associated { get; private set; }

        /// <summary>The invocation counters of the client's protected APDUs, in order (f(StoC)'s included).</summary>
        public ArrayList ClientCounters { get; } = new ArrayList();

        public int Closes { get; private set; }

        public void Put(ushort classId, byte[] logicalName, sbyte attribute, DlmsData value)
        {
            _values[Key(classId, logicalName, attribute)] = value;
        }

        public DlmsData Value(ushort classId, byte[] logicalName, sbyte attribute)
        {
            return (DlmsData)_values[Key(classId, logicalName, attribute)];
        }

        public int Process(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            if (ReplayNextResponse && _lastResponse != null)
            {
                ReplayNextResponse = false;
                Array.Copy(_lastResponse, 0, response, responseOffset, _lastResponse.Length);
                return _lastResponse.Length;
            }

            int length = Answer(request, offset, count, response, responseOffset, responseCount);
            if (ForgeNextResponse && length > 0)
            {
                ForgeNextResponse = false;
                response[responseOffset + length - 1] ^= 0x01;
            }

            _lastResponse = new byte[length];
            Array.Copy(response, responseOffset, _lastResponse, 0, length);
            return length;
        }

        public void Close()
        {
            Closes++;
            Associated = false;
        }

        private int Answer(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            byte tag = request[offset];
            if (tag == AcseTag.Aarq)
            {
                return Associate(request, offset, count, response, responseOffset);
            }

            if (tag == AcseTag.Rlrq)
            {
                Associated = false;
                Authenticated = false;
                Rlre rlre = new Rlre();
                rlre.HasReason = true;
                int written;
                rlre.Encode(response, responseOffset, out written);
                return written;
            }

            if (_context == null)
            {
                return Serve(request, offset, count, response, responseOffset, responseCount);
            }

            CipherResult opened = _cipher.Unprotect(_context, request, offset, count, _plain, 0, _plain.Length, _header);
            if (opened != CipherResult.Ok)
            {
                return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.DecipheringError, 0).Encode(response, responseOffset, responseCount);
            }

            ClientCounters.Add(_header.InvocationCounter);
            int plainLength = Serve(_plain, 0, _header.PlaintextLength, _answer, 0, _answer.Length);
            int protectedLength;
            _cipher.Protect(_context, false, SecurityControl.AuthenticatedAndEncrypted, _counter++, _answer, 0, plainLength, response, responseOffset, responseCount, out protectedLength);
            return protectedLength;
        }

        private int Associate(byte[] request, int offset, int count, byte[] response, int responseOffset)
        {
            Aarq aarq = new Aarq();
            aarq.Decode(request, offset, count, MaxApdu);
            Aare aare = new Aare();
            aare.ApplicationContext = aarq.ApplicationContext;
            byte[] initiate = aarq.UserInformation;
            int initiateLength = initiate.Length;
            _context = null;
            if (aarq.ApplicationContext == ApplicationContextName.LogicalNameCiphered)
            {
                _context = new SecurityContext(_encryptionKey, _authenticationKey, new RamInvocationCounterGuard(), _title, 0);
                _context.SetPeerSystemTitle(aarq.CallingApTitle, 0);
                _ctos = aarq.CallingAuthenticationValue;
                CipherResult opened = _cipher.Unprotect(_context, initiate, 0, initiate.Length, _plain, 0, _plain.Length, _header);
                if (opened != CipherResult.Ok)
                {
                    _context = null;
                    aare.Result = AssociationResult.RejectedPermanent;
                    aare.Diagnostic = (int)AcseServiceUserDiagnostic.AuthenticationFailure;
                    int rejected;
                    aare.Encode(response, responseOffset, out rejected);
                    return rejected;
                }

                ClientCounters.Add(_header.InvocationCounter);
                initiate = _plain;
                initiateLength = _header.PlaintextLength;
            }

            InitiateRequest proposed = new InitiateRequest();
            proposed.Decode(initiate, 0, initiateLength);
            InitiateResponse granted = new InitiateResponse();
            granted.NegotiatedConformance = proposed.ProposedConformance & (Conformance)0x00FFFF;
            granted.ServerMaxReceivePduSize = MaxApdu;
            byte[] plainResponse = new byte[InitiateResponse.MinimumSize];
            int written;
            granted.Encode(plainResponse, 0, out written);
            aare.Result = AssociationResult.Accepted;
            if (_context == null)
            {
                aare.UserInformation = plainResponse;
            }
            else
            {
                aare.RespondingApTitle = _title;
                aare.Authentication = true;
                aare.HasMechanismName = true;
                aare.Mechanism = MechanismName.HlsGmac;
                aare.Diagnostic = (int)AcseServiceUserDiagnostic.AuthenticationRequired;
                aare.RespondingAuthenticationValue = StoC;
                byte[] ciphered = new byte[64];
                int cipheredLength;
                _cipher.Protect(_context, false, SecurityControl.AuthenticatedAndEncrypted, _counter++, plainResponse, 0, written, ciphered, 0, ciphered.Length, out cipheredLength);
                aare.UserInformation = new byte[cipheredLength];
                Array.Copy(ciphered, aare.UserInformation, cipheredLength);
            }

            Associated = true;
            aare.Encode(response, responseOffset, out written);
            return written;
        }

        private int Serve(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            XdlmsParseResult parsed = _decoder.Decode(request, offset, count);
            object apdu = parsed.Apdu;
            if (apdu is GetRequestNormal)
            {
                GetRequestNormal get = (GetRequestNormal)apdu;
                DlmsData value = Lookup(get.Attribute);
                if (value == null)
                {
                    return new GetResponseNormal(get.InvokeIdAndPriority, GetDataResult.FromError(DataAccessResult.ObjectUndefined)).Encode(response, responseOffset, responseCount);
                }

                byte[] encoded = new byte[AxdrEncoder.Size(value)];
                AxdrEncoder.Encode(value, encoded, 0, encoded.Length);
                if (BlockSize == 0 || encoded.Length <= BlockSize)
                {
                    return new GetResponseNormal(get.InvokeIdAndPriority, GetDataResult.FromData(value)).Encode(response, responseOffset, responseCount);
                }

                _pending = encoded;
                _block = 0;
                return NextBlock(get.InvokeIdAndPriority, response, responseOffset, responseCount);
            }

            if (apdu is GetRequestNext)
            {
                GetRequestNext next = (GetRequestNext)apdu;
                if (_pending == null || next.BlockNumber != _block)
                {
                    return GetResponseWithDataBlock.WithError(next.InvokeIdAndPriority, true, _block, DataAccessResult.DataBlockNumberInvalid).Encode(response, responseOffset, responseCount);
                }

                return NextBlock(next.InvokeIdAndPriority, response, responseOffset, responseCount);
            }

            if (apdu is GetRequestWithList)
            {
                GetRequestWithList list = (GetRequestWithList)apdu;
                GetDataResult[] results = new GetDataResult[list.Count];
                for (int i = 0; i < results.Length; i++)
                {
                    DlmsData value = Lookup(list.AttributeAt(i));
                    results[i] = value == null ? GetDataResult.FromError(DataAccessResult.ObjectUndefined) : GetDataResult.FromData(value);
                }

                return new GetResponseWithList(list.InvokeIdAndPriority, results).Encode(response, responseOffset, responseCount);
            }

            if (apdu is SetRequestNormal)
            {
                SetRequestNormal set = (SetRequestNormal)apdu;
                _values[Key(set.Attribute.ClassId, set.Attribute.LogicalName, set.Attribute.AttributeId)] = set.Value;
                return new SetResponseNormal(set.InvokeIdAndPriority, DataAccessResult.Success).Encode(response, responseOffset, responseCount);
            }

            if (apdu is ActionRequestNormal)
            {
                return Act((ActionRequestNormal)apdu, response, responseOffset, responseCount);
            }

            return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, ExceptionServiceError.ServiceNotSupported, 0).Encode(response, responseOffset, responseCount);
        }

        // reply_to_HLS_authentication (Association LN method 1): checks f(StoC), answers f(CtoS).
        private int Act(ActionRequestNormal action, byte[] response, int responseOffset, int responseCount)
        {
            if (action.Method.ClassId != 15 || action.Method.MethodId != 1 || _context == null || action.Parameters == null)
            {
                return new ActionResponseNormal(action.InvokeIdAndPriority, ActionResult.ObjectUndefined, null).Encode(response, responseOffset, responseCount);
            }

            HlsGmac hls = new HlsGmac(_operations);
            byte[] fStoC = action.Parameters.GetBytes();
            uint clientCounter;
            if (hls.Verify(_context, StoC, 0, StoC.Length, fStoC, 0, fStoC.Length, out clientCounter) != CipherResult.Ok)
            {
                return new ActionResponseNormal(action.InvokeIdAndPriority, ActionResult.ReadWriteDenied, null).Encode(response, responseOffset, responseCount);
            }

            ClientCounters.Add(clientCounter);
            Authenticated = true;
            byte[] fCtoS = new byte[HlsGmac.ResponseLength];
            hls.Compute(_context, _counter++, _ctos, 0, _ctos.Length, fCtoS, 0);
            if (ForgeCtoS)
            {
                fCtoS[HlsGmac.ResponseLength - 1] ^= 0x01;
            }

            return new ActionResponseNormal(action.InvokeIdAndPriority, ActionResult.Success, GetDataResult.FromData(DlmsData.OctetString(fCtoS))).Encode(response, responseOffset, responseCount);
        }

        private int NextBlock(byte invokeId, byte[] response, int responseOffset, int responseCount)
        {
            int start = (int)_block * BlockSize;
            int length = Math.Min(BlockSize, _pending.Length - start);
            bool last = start + length == _pending.Length;
            _block++;
            GetResponseWithDataBlock block = GetResponseWithDataBlock.WithRawData(invokeId, last, _block, _pending, start, length);
            if (last)
            {
                _pending = null;
            }

            return block.Encode(response, responseOffset, responseCount);
        }

        private DlmsData Lookup(CosemAttributeDescriptor attribute)
        {
            return (DlmsData)_values[Key(attribute.ClassId, attribute.LogicalName, attribute.AttributeId)];
        }

        private static string Key(ushort classId, byte[] logicalName, sbyte attribute)
        {
            string key = classId.ToString() + "/";
            for (int i = 0; i < logicalName.Length; i++)
            {
                key += logicalName[i].ToString() + ".";
            }

            return key + attribute.ToString();
        }
    }
}
