using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;

namespace Meter.Benchmarks
{
    /// <summary>
    /// Server-side handling of a ciphered GET of a register (issue 5): one glo-get-request (SC 0x30,
    /// authenticated and encrypted) of 1.0.1.8.0.255 attribute 2 into <c>IApduSession.Process</c> of a
    /// real DlmsServer session whose SAP 1 association (HLS-GMAC) was established in setup: open
    /// (invocation-counter check, AES-GCM decrypt and tag check), dispatch (decode, access rights,
    /// Register read), encode, protect (AES-GCM encrypt under the next server counter). Requests come
    /// from a ring protected in setup under fresh counters (<see cref="DlmsServerUnderTest"/>).
    /// <para>
    /// Peer: the same server with its AES-GCM from Portable.BouncyCastle (the project's crypto peer)
    /// instead of our managed GcmCipher over ManagedAes (what the virtual board runs): same request,
    /// same session code, only the suite 0 primitive differs, so the ratio is the price of our
    /// managed GCM within a whole request. The plain GET of the same register on a public (SAP 16)
    /// association shows what the request costs without any ciphering.
    /// </para>
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class DlmsServerGetBenchmarks
    {
        private DlmsServerUnderTest _managed;
        private DlmsServerUnderTest _bouncyCastle;

        [GlobalSetup]
        public void Setup()
        {
            _managed = new DlmsServerUnderTest(new ICryptoProvider[] { new ManagedCryptoProvider() }, 40);
            _bouncyCastle = new DlmsServerUnderTest(new ICryptoProvider[] { new BouncyCastleGcmProvider(), new ManagedCryptoProvider() }, 41);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _managed.CheckAllServed();
            _bouncyCastle.CheckAllServed();
        }

        [Benchmark(Baseline = true, Description = "Ciphered GET, BouncyCastle GcmBlockCipher")]
        public int CipheredGetBouncyCastle()
        {
            return _bouncyCastle.ServeCiphered();
        }

        [Benchmark(Description = "Ciphered GET, Meter GcmCipher+ManagedAes")]
        public int CipheredGetManaged()
        {
            return _managed.ServeCiphered();
        }

        [Benchmark(Description = "Plain GET (SAP 16, no ciphering)")]
        public int PlainGet()
        {
            return _managed.ServePlain();
        }
    }
}
