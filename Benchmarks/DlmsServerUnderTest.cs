using System;
using System.Collections.Generic;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Cosem;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Crypto.SelfTest;
using Meter.Hal.Virtual;
using Meter.Security;

namespace Meter.Benchmarks
{
    /// <summary>
    /// A real <see cref="DlmsServer"/> with a Register 1.0.1.8.0.255 (fixed value, scaler/unit) for the
    /// management client (SAP 1: HLS-GMAC, suite 0 ciphering) and the public client (SAP 16), its
    /// suite 0 crypto from the given providers, and one open session per client associated by our
    /// DlmsClient (HLS passes 1 to 4 included). For the ciphered session it prepares a ring of
    /// glo-get-requests (SC 0x30) under consecutive client invocation counters and a guard that
    /// rewinds when the ring restarts, so each request served is fresh and nothing is protected in
    /// the measured path.
    /// </summary>
    public sealed class DlmsServerUnderTest
    {
        /// <summary>Requests in the ring (a power of two).</summary>
        public const int RingSize = 4096;

        // Green Book "Common keys" (EK, AK) and system titles: test material only.
        private static readonly byte[] Ek = Parse("000102030405060708090A0B0C0D0E0F");
        private static readonly byte[] Ak = Parse("D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF");
        private static readonly byte[] ServerTitle = Parse("4D4D4D0000BC614E");
        private static readonly byte[] ClientTitle = Parse("4D4D4D0000000001");
        private static readonly byte[] EnergyLn = { 1, 0, 1, 8, 0, 255 };

        private readonly RewindableCounterGuard _guard = new RewindableCounterGuard();
        private readonly byte[][] _ring = new byte[RingSize][];
        private readonly byte[] _plainRequest;
        private readonly byte[] _response;
        private readonly IApduSession _ciphered;
        private readonly IApduSession _plain;
        private readonly DlmsServer _server;
        private int _next;

        /// <summary>A server whose crypto comes from <paramref name="preferenceOrder"/>, both sessions associated.</summary>
        public DlmsServerUnderTest(ICryptoProvider[] preferenceOrder, int seed)
        {
            CryptoProviders providers = new CryptoProviders(preferenceOrder);
            CryptoHealth health = new CryptoHealth();
            SelfTestReport report = new CryptoSelfTest(providers, health).Run();
            if (!health.IsOperational)
            {
                throw new InvalidOperationException("crypto self-test failed: " + report.FirstFailure);
            }

            KeyStore keys = new KeyStore(providers, new HmacDrbg(new VirtualTrng(seed)), new DictionaryKeyStorage(), VirtualUniqueSecret.FromSeed(seed), health);
            KeyHandle ek = keys.Import(DlmsKeySlots.GlobalUnicast, KeyType.Aes128, KeyUsage.Encryption, Ek, 0, Ek.Length);
            KeyHandle ak = keys.Import(DlmsKeySlots.Authentication, KeyType.Aes128, KeyUsage.Authentication, Ak, 0, Ak.Length);
            CipheringSetup ciphering = new CipheringSetup(providers, keys, health, ServerTitle, ek, ak, _guard, new RamInvocationCounterSource(1));

            Register register = new Register(EnergyLn, new FixedValue(DlmsData.DoubleLongUnsigned(123456789)), new ScalerUnit(-1, 30));
            DlmsServer server = new DlmsServer(new HmacDrbg(new VirtualTrng(seed + 1)), new NoEvents());
            _server = server;
            server.AddPolicy(AssociationPolicy.ManagementClient(new ObjectList().Add(register, AccessRights.Uniform(register, AttributeAccess.AuthenticatedRead, MethodAccess.NoAccess)), ciphering));
            server.AddPolicy(AssociationPolicy.PublicClient(new ObjectList().Add(register, AccessRights.ReadOnly(register))));

            // The client side has its own chip (managed crypto), as a head-end would.
            ClientKeys clientKeys = ClientKeys.Create(new ManagedCryptoProvider(), new VirtualTrng(seed + 2), Ek, Ak);
            _ciphered = server.Open(AssociationPolicy.ManagementClientSap, DlmsServer.ManagementLogicalDevice);
            DlmsClient client = new DlmsClient(new SessionTransport(_ciphered), clientKeys.Security(ClientTitle, 1));
            client.Associate();
            Check(client.Get(new CosemAttributeDescriptor(Register.Class, EnergyLn, 2)));

            _plain = server.Open(AssociationPolicy.PublicClientSap, DlmsServer.ManagementLogicalDevice);
            DlmsClient publicClient = new DlmsClient(new SessionTransport(_plain), null);
            publicClient.Associate();
            Check(publicClient.Get(new CosemAttributeDescriptor(Register.Class, EnergyLn, 2)));

            _plainRequest = new byte[new GetRequestNormal(0xC1, new CosemAttributeDescriptor(Register.Class, EnergyLn, 2), null).Size];
            new GetRequestNormal(0xC1, new CosemAttributeDescriptor(Register.Class, EnergyLn, 2), null).Encode(_plainRequest, 0, _plainRequest.Length);
            _response = new byte[_ciphered.MaxApduSize];

            SecurityContext context = new SecurityContext(clientKeys.EncryptionKey, clientKeys.AuthenticationKey, new RamInvocationCounterGuard(), ClientTitle, 0);
            context.SetPeerSystemTitle(ServerTitle, 0);
            ApduCipher cipher = new ApduCipher(clientKeys.Operations, _response.Length);
            byte[] wire = new byte[_response.Length];
            uint counter = client.NextInvocationCounter;
            for (int i = 0; i < RingSize; i++)
            {
                int written;
                if (cipher.Protect(context, false, SecurityControl.AuthenticatedAndEncrypted, counter + (uint)i, _plainRequest, 0, _plainRequest.Length, wire, 0, wire.Length, out written) != CipherResult.Ok)
                {
                    throw new InvalidOperationException("cannot protect the request");
                }

                _ring[i] = new byte[written];
                Array.Copy(wire, _ring[i], written);
            }

            // One served request checked end to end (the answer opens to the register's value), then back to the start of the ring.
            _guard.Mark();
            int length = ServeCiphered();
            byte[] plain = new byte[_response.Length];
            SecurityHeader header = new SecurityHeader();
            if (cipher.Unprotect(context, _response, 0, length, plain, 0, plain.Length, header) != CipherResult.Ok)
            {
                throw new InvalidOperationException("the server's ciphered answer does not open");
            }

            GetResponseNormal answer;
            if (GetResponseNormal.Decode(plain, 0, header.PlaintextLength, new AxdrDecoder(), out answer) != XdlmsResult.Ok)
            {
                throw new InvalidOperationException("the server's answer is not a Get-Response-Normal");
            }

            Check(answer.Result);
            _next = 0;
            _guard.Rewind();
            if (server.Statistics.SecurityFailures != 0)
            {
                throw new InvalidOperationException("security failures in setup");
            }
        }

        /// <summary>Serves the next ciphered GET of the ring; returns the ciphered answer's length.</summary>
        public int ServeCiphered()
        {
            byte[] request = _ring[_next];
            _next = (_next + 1) & (RingSize - 1);
            int length = _ciphered.Process(request, 0, request.Length, _response, 0, _response.Length);
            if (_next == 0)
            {
                _guard.Rewind();
            }

            return length;
        }

        /// <summary>Throws unless every request so far was served (none refused, none failed): the numbers measured the real path.</summary>
        public void CheckAllServed()
        {
            DlmsServerStatistics statistics = _server.Statistics;
            if (statistics.Refused != 0 || statistics.SecurityFailures != 0 || statistics.Faults != 0)
            {
                throw new InvalidOperationException("requests were refused (" + statistics.Refused + "), failed security (" + statistics.SecurityFailures + ") or faulted (" + statistics.Faults + ")");
            }
        }

        /// <summary>Serves the plain GET on the public association; returns the answer's length.</summary>
        public int ServePlain()
        {
            return _plain.Process(_plainRequest, 0, _plainRequest.Length, _response, 0, _response.Length);
        }

        private static void Check(GetDataResult result)
        {
            if (!result.IsData || result.Data.AsInt64() != 123456789L)
            {
                throw new InvalidOperationException("the register did not read back");
            }
        }

        private static byte[] Parse(string hex)
        {
            return Convert.FromHexString(hex);
        }

        // Security events (e.g. successful HLS) are the event log's cost, not the request's: dropped here.
        private sealed class NoEvents : IEventRecorder
        {
            public void Record(ushort code, string details)
            {
            }
        }

        private sealed class DictionaryKeyStorage : IKeyStorage
        {
            private readonly Dictionary<ushort, byte[]> _records = new Dictionary<ushort, byte[]>();

            public int Read(ushort slot, byte[] buffer, int offset)
            {
                if (!_records.TryGetValue(slot, out byte[] record))
                {
                    return -1;
                }

                Array.Copy(record, 0, buffer, offset, record.Length);
                return record.Length;
            }

            public void Write(ushort slot, byte[] data, int offset, int count)
            {
                _records[slot] = data.AsSpan(offset, count).ToArray();
            }
        }
    }
}
