using System;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Meter.Benchmarks
{
    /// <summary>
    /// AES-128-GCM of a 1 KiB APDU with a 17-byte AAD (DLMS: security control byte ‖ AK) and a
    /// 12-byte tag, encrypt and decrypt: our GcmCipher over ManagedAes against Portable.BouncyCastle
    /// (GcmBlockCipher(new AesEngine()), default multiplier, 96-bit MAC) and .NET's AesGcm (the
    /// baseline, OpenSSL with AES-NI/PCLMUL). Every implementation is keyed once in setup, as the meter
    /// keys a session once; BouncyCastle is re-initialised per message with the key omitted (its cheapest
    /// path), and encryptions use a fresh nonce each time because BouncyCastle refuses nonce reuse.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class AesGcmBenchmarks
    {
        private const int MessageLength = 1024;
        private const int TagLength = 12;

        private readonly byte[] _key = new byte[16];
        private readonly byte[] _nonce = new byte[12];
        private readonly byte[] _nonce0 = new byte[12];
        private readonly byte[] _bouncyNonceEven = new byte[12];
        private readonly byte[] _bouncyNonceOdd = new byte[12];
        private readonly byte[] _aad = new byte[17];
        private readonly byte[] _plaintext = new byte[MessageLength];
        private readonly byte[] _output = new byte[MessageLength + TagLength];
        private readonly byte[] _ciphertextAndTag = new byte[MessageLength + TagLength];
        private readonly byte[] _tag = new byte[TagLength];
        private GcmCipher _managed;
        private AesGcm _dotNet;
        private GcmBlockCipher _bouncy;
        private uint _counter;

        [GlobalSetup]
        public void Setup()
        {
            for (int i = 0; i < _key.Length; i++)
            {
                _key[i] = (byte)(0x40 + i);
            }

            for (int i = 0; i < _plaintext.Length; i++)
            {
                _plaintext[i] = (byte)(i * 31 + 7);
            }

            _aad[0] = 0x30;
            _managed = new GcmCipher(new ManagedAes(_key, 0, _key.Length));
            _dotNet = new AesGcm(_key, TagLength);
            _bouncy = new GcmBlockCipher(new AesEngine());
            _bouncy.Init(true, new AeadParameters(new KeyParameter(_key), 8 * TagLength, new byte[12], _aad));

            _dotNet.Encrypt(_nonce, _plaintext, _ciphertextAndTag.AsSpan(0, MessageLength), _ciphertextAndTag.AsSpan(MessageLength), _aad);
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _dotNet.Dispose();
        }

        [BenchmarkCategory("Encrypt"), Benchmark(Baseline = true, Description = ".NET AesGcm")]
        public byte[] DotNetEncrypt()
        {
            NextNonce();
            _dotNet.Encrypt(_nonce, _plaintext, _output.AsSpan(0, MessageLength), _tag, _aad);
            return _output;
        }

        [BenchmarkCategory("Encrypt"), Benchmark(Description = "Meter GcmCipher+ManagedAes")]
        public byte[] ManagedEncrypt()
        {
            NextNonce();
            _managed.Encrypt(_nonce, 0, _plaintext, 0, MessageLength, _output, 0, _aad, 0, _aad.Length, _output, MessageLength, TagLength);
            return _output;
        }

        [BenchmarkCategory("Encrypt"), Benchmark(Description = "BouncyCastle GcmBlockCipher(AesEngine)")]
        public byte[] BouncyCastleEncrypt()
        {
            // BouncyCastle keeps a reference to the last nonce to refuse reuse, so alternate two arrays.
            NextNonce();
            byte[] nonce = (_counter & 1) == 0 ? _bouncyNonceEven : _bouncyNonceOdd;
            Array.Copy(_nonce, nonce, _nonce.Length);
            _bouncy.Init(true, new AeadParameters(null, 8 * TagLength, nonce, _aad));
            int written = _bouncy.ProcessBytes(_plaintext, 0, MessageLength, _output, 0);
            _bouncy.DoFinal(_output, written);
            return _output;
        }

        [BenchmarkCategory("Decrypt"), Benchmark(Baseline = true, Description = ".NET AesGcm")]
        public byte[] DotNetDecrypt()
        {
            _dotNet.Decrypt(_nonce0, _ciphertextAndTag.AsSpan(0, MessageLength), _ciphertextAndTag.AsSpan(MessageLength), _output.AsSpan(0, MessageLength), _aad);
            return _output;
        }

        [BenchmarkCategory("Decrypt"), Benchmark(Description = "Meter GcmCipher+ManagedAes")]
        public bool ManagedDecrypt()
        {
            return _managed.Decrypt(_nonce0, 0, _ciphertextAndTag, 0, MessageLength, _output, 0, _aad, 0, _aad.Length, _ciphertextAndTag, MessageLength, TagLength);
        }

        [BenchmarkCategory("Decrypt"), Benchmark(Description = "BouncyCastle GcmBlockCipher(AesEngine)")]
        public byte[] BouncyCastleDecrypt()
        {
            _bouncy.Init(false, new AeadParameters(null, 8 * TagLength, _nonce0, _aad));
            int written = _bouncy.ProcessBytes(_ciphertextAndTag, 0, _ciphertextAndTag.Length, _output, 0);
            _bouncy.DoFinal(_output, written);
            return _output;
        }

        private void NextNonce()
        {
            _counter++;
            _nonce[8] = (byte)(_counter >> 24);
            _nonce[9] = (byte)(_counter >> 16);
            _nonce[10] = (byte)(_counter >> 8);
            _nonce[11] = (byte)_counter;
        }
    }
}
