using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Agreement;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.EC;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using BcBigInteger = Org.BouncyCastle.Math.BigInteger;

namespace Meter.Benchmarks
{
    /// <summary>
    /// The managed ECDSA, ECDH and SHA-384 against the named peer, Portable.BouncyCastle 1.8.10 (the
    /// baseline of each group: its custom-curve arithmetic, fixed-point comb for G and wNAF for
    /// verification), and against .NET's System.Security.Cryptography (native OpenSSL), side by side
    /// on the same keys and digests. Ours reuses one instance and preallocated buffers, as a hot
    /// path on the device would; BouncyCastle and .NET allocate their results. With one key used
    /// over and over, both managed libraries keep per-key precomputation (BouncyCastle on the point
    /// object, ours in the instance's key table); the "new key" groups measure the first use,
    /// ours with the key cache off and BouncyCastle with a fresh point object per call.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class EcBenchmarks
    {
        private readonly ManagedEcdsa _p256 = new ManagedEcdsa(EcCurve.P256, EcTableSize.Large);
        private readonly ManagedEcdsa _p384 = new ManagedEcdsa(EcCurve.P384, EcTableSize.Large);
        private readonly ManagedEcdh _p256Ecdh = new ManagedEcdh(EcCurve.P256, EcTableSize.Large);
        private readonly ManagedEcdsa _p256Compact = new ManagedEcdsa(EcCurve.P256, EcTableSize.Compact);
        private readonly ManagedEcdsa _p384Compact = new ManagedEcdsa(EcCurve.P384, EcTableSize.Compact);
        private readonly ManagedEcdh _p256EcdhCompact = new ManagedEcdh(EcCurve.P256, EcTableSize.Compact);
        private readonly Sha384 _sha384 = new Sha384();
        private readonly Sha384Digest _bcSha384 = new Sha384Digest();
        private readonly byte[] _digest384 = new byte[48];
        private readonly byte[] _signature256 = new byte[64];
        private readonly byte[] _secret256 = new byte[32];

        private byte[] _message;
        private Key _key256;
        private Key _key384;
        private Key _peer256;
        private byte[] _hash256;
        private byte[] _hash384;
        private byte[] _valid256;
        private byte[] _valid384;
        private ECDsa _dotNet256;
        private ECDsa _dotNet384;
        private ECDiffieHellman _dotNetEcdh;
        private ECDiffieHellmanPublicKey _dotNetPeer;
        private ECDsaSigner _bcSigner256;
        private ECDsaSigner _bcVerifier256;
        private ECDsaSigner _bcVerifier384;
        private ECDHBasicAgreement _bcAgreement;
        private ECPublicKeyParameters _bcPeer;
        private BcBigInteger _r256;
        private BcBigInteger _s256;
        private BcBigInteger _r384;
        private BcBigInteger _s384;

        [GlobalSetup]
        public void Setup()
        {
            _message = new byte[1048576];
            for (int i = 0; i < _message.Length; i++)
            {
                _message[i] = (byte)(i * 31 + 7);
            }

            _hash256 = SHA256.HashData(_message);
            _hash384 = SHA384.HashData(_message);
            _key256 = new Key(ECCurve.NamedCurves.nistP256, "P-256");
            _key384 = new Key(ECCurve.NamedCurves.nistP384, "P-384");
            _peer256 = new Key(ECCurve.NamedCurves.nistP256, "P-256");

            _dotNet256 = ECDsa.Create(_key256.Parameters);
            _dotNet384 = ECDsa.Create(_key384.Parameters);
            _valid256 = _dotNet256.SignHash(_hash256);
            _valid384 = _dotNet384.SignHash(_hash384);
            _dotNetEcdh = ECDiffieHellman.Create(_key256.Parameters);
            using (ECDiffieHellman peer = ECDiffieHellman.Create(_peer256.Parameters))
            {
                _dotNetPeer = peer.PublicKey;
            }

            _bcSigner256 = new ECDsaSigner(new HMacDsaKCalculator(new Sha256Digest()));
            _bcSigner256.Init(true, _key256.BcPrivate);
            _bcVerifier256 = new ECDsaSigner();
            _bcVerifier256.Init(false, _key256.BcPublic);
            _bcVerifier384 = new ECDsaSigner();
            _bcVerifier384.Init(false, _key384.BcPublic);
            _r256 = new BcBigInteger(1, _valid256, 0, 32);
            _s256 = new BcBigInteger(1, _valid256, 32, 32);
            _r384 = new BcBigInteger(1, _valid384, 0, 48);
            _s384 = new BcBigInteger(1, _valid384, 48, 48);
            _bcAgreement = new ECDHBasicAgreement();
            _bcAgreement.Init(_key256.BcPrivate);
            _bcPeer = _peer256.BcPublic;
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _dotNet256.Dispose();
            _dotNet384.Dispose();
            _dotNetEcdh.Dispose();
            _dotNetPeer.Dispose();
        }

        [BenchmarkCategory("P-256 sign"), Benchmark(Description = "Meter ManagedEcdsa")]
        public byte[] ManagedSign256()
        {
            _p256.SignHash(_key256.D, 0, _hash256, 0, 32, _signature256, 0);
            return _signature256;
        }

        [BenchmarkCategory("P-256 sign"), Benchmark(Baseline = true, Description = "BouncyCastle ECDsaSigner+HMacDsaKCalculator")]
        public BcBigInteger[] BouncyCastleSign256()
        {
            return _bcSigner256.GenerateSignature(_hash256);
        }

        [BenchmarkCategory("P-256 sign"), Benchmark(Description = ".NET ECDsa.SignHash")]
        public byte[] DotNetSign256()
        {
            return _dotNet256.SignHash(_hash256);
        }

        [BenchmarkCategory("P-256 verify"), Benchmark(Description = "Meter ManagedEcdsa")]
        public bool ManagedVerify256()
        {
            return _p256.VerifyHash(_key256.Public, 0, _hash256, 0, 32, _valid256, 0, 64);
        }

        [BenchmarkCategory("P-256 verify"), Benchmark(Baseline = true, Description = "BouncyCastle ECDsaSigner")]
        public bool BouncyCastleVerify256()
        {
            return _bcVerifier256.VerifySignature(_hash256, _r256, _s256);
        }

        [BenchmarkCategory("P-256 verify"), Benchmark(Description = ".NET ECDsa.VerifyHash")]
        public bool DotNetVerify256()
        {
            return _dotNet256.VerifyHash(_hash256, _valid256);
        }

        [BenchmarkCategory("P-256 ECDH"), Benchmark(Description = "Meter ManagedEcdh")]
        public byte[] ManagedEcdh256()
        {
            _p256Ecdh.DeriveSharedSecret(_key256.D, 0, _peer256.Public, 0, _secret256, 0);
            return _secret256;
        }

        [BenchmarkCategory("P-256 ECDH"), Benchmark(Baseline = true, Description = "BouncyCastle ECDHBasicAgreement")]
        public BcBigInteger BouncyCastleEcdh256()
        {
            return _bcAgreement.CalculateAgreement(_bcPeer);
        }

        [BenchmarkCategory("P-256 ECDH"), Benchmark(Description = ".NET ECDiffieHellman")]
        public byte[] DotNetEcdh256()
        {
            return _dotNetEcdh.DeriveRawSecretAgreement(_dotNetPeer);
        }

        [BenchmarkCategory("P-384 verify"), Benchmark(Description = "Meter ManagedEcdsa")]
        public bool ManagedVerify384()
        {
            return _p384.VerifyHash(_key384.Public, 0, _hash384, 0, 48, _valid384, 0, 96);
        }

        [BenchmarkCategory("P-384 verify"), Benchmark(Baseline = true, Description = "BouncyCastle ECDsaSigner")]
        public bool BouncyCastleVerify384()
        {
            return _bcVerifier384.VerifySignature(_hash384, _r384, _s384);
        }

        [BenchmarkCategory("P-384 verify"), Benchmark(Description = ".NET ECDsa.VerifyHash")]
        public bool DotNetVerify384()
        {
            return _dotNet384.VerifyHash(_hash384, _valid384);
        }

        [BenchmarkCategory("P-256 sign, compact tables"), Benchmark(Description = "Meter ManagedEcdsa, compact tables")]
        public byte[] ManagedSign256Compact()
        {
            _p256Compact.SignHash(_key256.D, 0, _hash256, 0, 32, _signature256, 0);
            return _signature256;
        }

        [BenchmarkCategory("P-256 sign, compact tables"), Benchmark(Baseline = true, Description = "BouncyCastle ECDsaSigner+HMacDsaKCalculator")]
        public BcBigInteger[] BouncyCastleSign256Compact()
        {
            return _bcSigner256.GenerateSignature(_hash256);
        }

        [BenchmarkCategory("P-256 verify, new key"), Benchmark(Description = "Meter ManagedEcdsa, compact tables")]
        public bool ManagedVerify256NewKey()
        {
            return _p256Compact.VerifyHash(_key256.Public, 0, _hash256, 0, 32, _valid256, 0, 64);
        }

        [BenchmarkCategory("P-256 verify, new key"), Benchmark(Baseline = true, Description = "BouncyCastle ECDsaSigner, fresh point")]
        public bool BouncyCastleVerify256NewKey()
        {
            ECDsaSigner verifier = new ECDsaSigner();
            verifier.Init(false, _key256.FreshBcPublic());
            return verifier.VerifySignature(_hash256, _r256, _s256);
        }

        [BenchmarkCategory("P-256 ECDH, new peer"), Benchmark(Description = "Meter ManagedEcdh, compact tables")]
        public byte[] ManagedEcdh256NewPeer()
        {
            _p256EcdhCompact.DeriveSharedSecret(_key256.D, 0, _peer256.Public, 0, _secret256, 0);
            return _secret256;
        }

        [BenchmarkCategory("P-256 ECDH, new peer"), Benchmark(Baseline = true, Description = "BouncyCastle ECDHBasicAgreement, fresh point")]
        public BcBigInteger BouncyCastleEcdh256NewPeer()
        {
            return _bcAgreement.CalculateAgreement(_peer256.FreshBcPublic());
        }

        [BenchmarkCategory("P-384 verify, new key"), Benchmark(Description = "Meter ManagedEcdsa, compact tables")]
        public bool ManagedVerify384NewKey()
        {
            return _p384Compact.VerifyHash(_key384.Public, 0, _hash384, 0, 48, _valid384, 0, 96);
        }

        [BenchmarkCategory("P-384 verify, new key"), Benchmark(Baseline = true, Description = "BouncyCastle ECDsaSigner, fresh point")]
        public bool BouncyCastleVerify384NewKey()
        {
            ECDsaSigner verifier = new ECDsaSigner();
            verifier.Init(false, _key384.FreshBcPublic());
            return verifier.VerifySignature(_hash384, _r384, _s384);
        }

        [BenchmarkCategory("SHA-384 1 MiB"), Benchmark(Description = "Meter Sha384 Append+Finish")]
        public byte[] ManagedSha384()
        {
            _sha384.Append(_message, 0, _message.Length);
            _sha384.Finish(_digest384, 0);
            return _digest384;
        }

        [BenchmarkCategory("SHA-384 1 MiB"), Benchmark(Baseline = true, Description = "BouncyCastle Sha384Digest")]
        public byte[] BouncyCastleSha384()
        {
            _bcSha384.BlockUpdate(_message, 0, _message.Length);
            _bcSha384.DoFinal(_digest384, 0);
            return _digest384;
        }

        [BenchmarkCategory("SHA-384 1 MiB"), Benchmark(Description = ".NET SHA384.HashData")]
        public int DotNetSha384()
        {
            return SHA384.HashData(_message, _digest384);
        }

        /// <summary>One key pair in the three libraries' forms (BouncyCastle on its optimised custom curves).</summary>
        private sealed class Key
        {
            internal readonly ECParameters Parameters;
            internal readonly byte[] D;
            internal readonly byte[] Public;
            internal readonly ECPrivateKeyParameters BcPrivate;
            internal readonly ECPublicKeyParameters BcPublic;
            private readonly X9ECParameters _x9;
            private readonly ECDomainParameters _domain;
            private readonly BcBigInteger _x;
            private readonly BcBigInteger _y;

            internal Key(ECCurve curve, string bcName)
            {
                using (ECDsa key = ECDsa.Create(curve))
                {
                    Parameters = key.ExportParameters(true);
                }

                D = Parameters.D;
                Public = new byte[Parameters.Q.X.Length * 2];
                Parameters.Q.X.CopyTo(Public, 0);
                Parameters.Q.Y.CopyTo(Public, Parameters.Q.X.Length);

                _x9 = CustomNamedCurves.GetByName(bcName);
                _domain = new ECDomainParameters(_x9.Curve, _x9.G, _x9.N, _x9.H);
                _x = new BcBigInteger(1, Parameters.Q.X);
                _y = new BcBigInteger(1, Parameters.Q.Y);
                BcPrivate = new ECPrivateKeyParameters(new BcBigInteger(1, D), _domain);
                BcPublic = FreshBcPublic();
            }

            /// <summary>A new point object each call, so BouncyCastle cannot reuse its per-point precomputation.</summary>
            internal ECPublicKeyParameters FreshBcPublic()
            {
                return new ECPublicKeyParameters(_x9.Curve.CreatePoint(_x, _y), _domain);
            }
        }
    }
}
