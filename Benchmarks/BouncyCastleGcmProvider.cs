using System;
using Meter.Hal.Crypto;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace Meter.Benchmarks
{
    /// <summary>
    /// A crypto provider with AES-GCM only, from Portable.BouncyCastle (GcmBlockCipher over AesEngine):
    /// placed before the managed provider in <see cref="CryptoProviders"/>, it makes every suite 0
    /// operation of a DLMS server go through BouncyCastle while the rest of the server stays ours.
    /// </summary>
    public sealed class BouncyCastleGcmProvider : ICryptoProvider
    {
        public string Name => "bouncycastle-gcm";

        public bool Supports(CryptoAlgorithm algorithm) => algorithm == CryptoAlgorithm.AesGcm;

        public IAesGcm CreateAesGcm(byte[] key, int offset, int count) => new BouncyCastleAesGcm(key, offset, count);

        public IAesEngine CreateAes(byte[] key, int offset, int count) => throw new NotSupportedException();

        public IHash CreateHash(CryptoAlgorithm algorithm) => throw new NotSupportedException();

        public Meter.Hal.Crypto.IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count) => throw new NotSupportedException();

        public IEcdsa CreateEcdsa(EcCurve curve) => throw new NotSupportedException();

        public IEcdh CreateEcdh(EcCurve curve) => throw new NotSupportedException();

        /// <summary>
        /// <see cref="IAesGcm"/> over one GcmBlockCipher keyed once (later inits omit the key, BouncyCastle's
        /// cheapest path). BouncyCastle wants the ciphertext and tag contiguous and keeps a reference to the
        /// last nonce (to refuse reuse), so nonces alternate between two arrays and data goes through scratch buffers.
        /// </summary>
        private sealed class BouncyCastleAesGcm : IAesGcm
        {
            private readonly GcmBlockCipher _gcm = new GcmBlockCipher(new AesEngine());
            private readonly byte[] _nonceEven = new byte[12];
            private readonly byte[] _nonceOdd = new byte[12];
            private readonly byte[] _otherNonce = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };
            private byte[] _input = new byte[256];
            private byte[] _output = new byte[256];
            private bool _odd;

            public BouncyCastleAesGcm(byte[] key, int offset, int count)
            {
                _gcm.Init(false, new AeadParameters(new KeyParameter(key, offset, count), 128, new byte[12], null));
            }

            public void Encrypt(byte[] nonce, int nonceOffset, byte[] plaintext, int plaintextOffset, int length, byte[] ciphertext, int ciphertextOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength, byte[] tag, int tagOffset, int tagLength)
            {
                Start(true, nonce, nonceOffset, tagLength, associatedData, associatedDataOffset, associatedDataLength);
                Reserve(length + tagLength);
                // GMAC (HLS) passes no plaintext at all.
                int written = length == 0 ? 0 : _gcm.ProcessBytes(plaintext, plaintextOffset, length, _output, 0);
                _gcm.DoFinal(_output, written);
                if (length > 0)
                {
                    Array.Copy(_output, 0, ciphertext, ciphertextOffset, length);
                }

                Array.Copy(_output, length, tag, tagOffset, tagLength);
            }

            public bool Decrypt(byte[] nonce, int nonceOffset, byte[] ciphertext, int ciphertextOffset, int length, byte[] plaintext, int plaintextOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength, byte[] tag, int tagOffset, int tagLength)
            {
                if (tagLength < 12 || tagLength > 16)
                {
                    return false;
                }

                Start(false, nonce, nonceOffset, tagLength, associatedData, associatedDataOffset, associatedDataLength);
                Reserve(length + tagLength);
                if (length > 0)
                {
                    Array.Copy(ciphertext, ciphertextOffset, _input, 0, length);
                }

                Array.Copy(tag, tagOffset, _input, length, tagLength);
                try
                {
                    int written = _gcm.ProcessBytes(_input, 0, length + tagLength, _output, 0);
                    _gcm.DoFinal(_output, written);
                }
                catch (InvalidCipherTextException)
                {
                    return false;
                }

                if (length > 0)
                {
                    Array.Copy(_output, 0, plaintext, plaintextOffset, length);
                }

                return true;
            }

            public void Clear()
            {
                Array.Clear(_input, 0, _input.Length);
                Array.Clear(_output, 0, _output.Length);
            }

            private void Start(bool encrypt, byte[] nonce, int nonceOffset, int tagLength, byte[] associatedData, int associatedDataOffset, int associatedDataLength)
            {
                byte[] last = _odd ? _nonceOdd : _nonceEven;
                _odd = !_odd;
                byte[] iv = _odd ? _nonceOdd : _nonceEven;
                Array.Copy(nonce, nonceOffset, iv, 0, 12);
                if (encrypt && iv.AsSpan().SequenceEqual(last))
                {
                    // The crypto self-test encrypts twice under one nonce (two tag lengths), which
                    // BouncyCastle refuses; an init under another nonce clears its memory of the last
                    // one. DLMS never repeats a nonce, so a served request never comes here.
                    _gcm.Init(false, new AeadParameters(null, 128, _otherNonce, null));
                }

                _gcm.Init(encrypt, new AeadParameters(null, 8 * tagLength, iv, null));
                if (associatedDataLength > 0)
                {
                    _gcm.ProcessAadBytes(associatedData, associatedDataOffset, associatedDataLength);
                }
            }

            private void Reserve(int size)
            {
                if (_input.Length < size)
                {
                    _input = new byte[size];
                    _output = new byte[size];
                }
            }
        }
    }
}
