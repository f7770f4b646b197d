namespace Meter.Hal.Crypto.SelfTest
{
    /// <summary>One known-answer test per algorithm, against <see cref="SelfTestVectors"/>. Each returns false on any mismatch.</summary>
    internal static class KnownAnswers
    {
        public static bool Aes(ICryptoProvider crypto)
        {
            return AesBlock(crypto, SelfTestVectors.Aes128Key, SelfTestVectors.Aes128Ciphertext)
                && AesBlock(crypto, SelfTestVectors.Aes256Key, SelfTestVectors.Aes256Ciphertext);
        }

        /// <summary>Full and DLMS-truncated (12-byte) tags; a corrupted tag must be refused without output.</summary>
        public static bool Gcm(ICryptoProvider crypto)
        {
            byte[] key = HexText.Parse(SelfTestVectors.GcmKey);
            byte[] nonce = HexText.Parse(SelfTestVectors.GcmNonce);
            byte[] aad = HexText.Parse(SelfTestVectors.GcmAad);
            byte[] plaintext = HexText.Parse(SelfTestVectors.GcmPlaintext);
            byte[] expected = HexText.Parse(SelfTestVectors.GcmCiphertext + SelfTestVectors.GcmTag);
            IAesGcm gcm = crypto.CreateAesGcm(key, 0, key.Length);
            byte[] output = new byte[32];
            gcm.Encrypt(nonce, 0, plaintext, 0, 16, output, 0, aad, 0, aad.Length, output, 16, 16);
            bool ok = Same(output, expected, 32);
            gcm.Encrypt(nonce, 0, plaintext, 0, 16, output, 0, aad, 0, aad.Length, output, 16, 12);
            ok &= Same(output, expected, 28);
            byte[] decrypted = new byte[16];
            ok &= gcm.Decrypt(nonce, 0, expected, 0, 16, decrypted, 0, aad, 0, aad.Length, expected, 16, 12);
            ok &= Same(decrypted, plaintext, 16);
            expected[20] ^= 1;
            byte[] untouched = new byte[16];
            ok &= !gcm.Decrypt(nonce, 0, expected, 0, 16, untouched, 0, aad, 0, aad.Length, expected, 16, 12);
            ok &= IsZero(untouched);
            gcm.Clear();
            return ok;
        }

        public static bool Hash(ICryptoProvider crypto, CryptoAlgorithm algorithm, string expectedHex)
        {
            byte[] expected = HexText.Parse(expectedHex);
            byte[] abc = HexText.Parse(SelfTestVectors.Abc);
            IHash hash = crypto.CreateHash(algorithm);
            byte[] output = new byte[expected.Length];
            hash.Append(abc, 0, abc.Length);
            hash.Finish(output, 0);
            return hash.HashLength == expected.Length && Same(output, expected, expected.Length);
        }

        public static bool Hmac(ICryptoProvider crypto, CryptoAlgorithm algorithm, string expectedHex)
        {
            byte[] expected = HexText.Parse(expectedHex);
            byte[] key = HexText.Parse(SelfTestVectors.HmacKey);
            byte[] data = HexText.Parse(SelfTestVectors.HmacData);
            IMac mac = crypto.CreateHmac(algorithm, key, 0, key.Length);
            byte[] output = new byte[expected.Length];
            mac.Append(data, 0, data.Length);
            mac.Finish(output, 0);
            bool ok = mac.MacLength == expected.Length && Same(output, expected, expected.Length);
            mac.Clear();
            return ok;
        }

        /// <summary>RFC 6979 signature reproduced exactly, verified, and a one-bit change rejected.</summary>
        public static bool Ecdsa(ICryptoProvider crypto, EcCurve curve, string privateHex, string publicHex, string hashHex, string signatureHex)
        {
            byte[] privateKey = HexText.Parse(privateHex);
            byte[] publicKey = HexText.Parse(publicHex);
            byte[] hash = HexText.Parse(hashHex);
            byte[] expected = HexText.Parse(signatureHex);
            IEcdsa ecdsa = crypto.CreateEcdsa(curve);
            byte[] signature = new byte[expected.Length];
            bool ok = ecdsa.SignHash(privateKey, 0, hash, 0, hash.Length, signature, 0) && Same(signature, expected, expected.Length);
            ok &= ecdsa.VerifyHash(publicKey, 0, hash, 0, hash.Length, expected, 0, expected.Length);
            expected[expected.Length - 1] ^= 1;
            ok &= !ecdsa.VerifyHash(publicKey, 0, hash, 0, hash.Length, expected, 0, expected.Length);
            return ok;
        }

        /// <summary>Shared secret reproduced, and a peer point off the curve refused.</summary>
        public static bool Ecdh(ICryptoProvider crypto, EcCurve curve, string privateHex, string peerHex, string secretHex)
        {
            byte[] privateKey = HexText.Parse(privateHex);
            byte[] peer = HexText.Parse(peerHex);
            byte[] expected = HexText.Parse(secretHex);
            IEcdh ecdh = crypto.CreateEcdh(curve);
            byte[] secret = new byte[expected.Length];
            bool ok = ecdh.DeriveSharedSecret(privateKey, 0, peer, 0, secret, 0) && Same(secret, expected, expected.Length);
            peer[peer.Length - 1] ^= 1;
            ok &= !ecdh.DeriveSharedSecret(privateKey, 0, peer, 0, secret, 0);
            return ok;
        }

        public static bool KeyWrap(ICryptoProvider crypto)
        {
            byte[] kekBytes = HexText.Parse(SelfTestVectors.WrapKek);
            byte[] keyData = HexText.Parse(SelfTestVectors.WrapKeyData);
            byte[] expected = HexText.Parse(SelfTestVectors.WrapCiphertext);
            IAesEngine kek = crypto.CreateAes(kekBytes, 0, kekBytes.Length);
            AesKeyWrap wrap = new AesKeyWrap(kek);
            byte[] wrapped = new byte[expected.Length];
            wrap.Wrap(keyData, 0, keyData.Length, wrapped, 0);
            bool ok = Same(wrapped, expected, expected.Length);
            byte[] unwrapped = new byte[keyData.Length];
            ok &= wrap.Unwrap(expected, 0, expected.Length, unwrapped, 0) && Same(unwrapped, keyData, keyData.Length);
            expected[0] ^= 1;
            ok &= !wrap.Unwrap(expected, 0, expected.Length, unwrapped, 0);
            kek.Clear();
            return ok;
        }

        public static bool ConcatKdf(ICryptoProvider crypto)
        {
            byte[] z = HexText.Parse(SelfTestVectors.P256DhSecret);
            byte[] otherInfo = HexText.Parse(SelfTestVectors.KdfOtherInfo);
            byte[] expected = HexText.Parse(SelfTestVectors.KdfDerivedKey);
            byte[] derived = new byte[expected.Length];
            Crypto.ConcatKdf.Derive(crypto.CreateHash(CryptoAlgorithm.Sha256), z, 0, z.Length, otherInfo, 0, otherInfo.Length, derived, 0, derived.Length);
            return Same(derived, expected, expected.Length);
        }

        private static bool AesBlock(ICryptoProvider crypto, string keyHex, string ciphertextHex)
        {
            byte[] key = HexText.Parse(keyHex);
            byte[] plaintext = HexText.Parse(SelfTestVectors.AesPlaintext);
            byte[] expected = HexText.Parse(ciphertextHex);
            IAesEngine aes = crypto.CreateAes(key, 0, key.Length);
            byte[] block = new byte[16];
            aes.EncryptBlocks(plaintext, 0, block, 0, 1);
            bool ok = Same(block, expected, 16);
            aes.DecryptBlocks(block, 0, block, 0, 1);
            ok &= Same(block, plaintext, 16);
            aes.Clear();
            return ok;
        }

        // Known answers are public: an ordinary comparison is fine here.
        private static bool Same(byte[] a, byte[] b, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsZero(byte[] a)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
