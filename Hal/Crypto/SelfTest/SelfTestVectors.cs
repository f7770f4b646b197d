namespace Meter.Hal.Crypto.SelfTest
{
    /// <summary>
    /// The published known answers the power-on self-test checks, as their sources print them.
    /// </summary>
    internal static class SelfTestVectors
    {
        // FIPS 197 Appendix C.1 and C.3.
        public const string AesPlaintext = "00112233445566778899aabbccddeeff";
        public const string Aes128Key = "000102030405060708090a0b0c0d0e0f";
        public const string Aes128Ciphertext = "69c4e0d86a7b0430d8cdb78070b4c55a";
        public const string Aes256Key = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
        public const string Aes256Ciphertext = "8ea2b7ca516745bfeafc49904b496089";

        // Wycheproof aes_gcm_test.json tcId 2 (C2SP/wycheproof, Apache-2.0).
        public const string GcmKey = "5b9604fe14eadba931b0ccf34843dab9";
        public const string GcmNonce = "921d2507fa8007b7bd067d34";
        public const string GcmAad = "00112233445566778899aabbccddeeff";
        public const string GcmPlaintext = "001d0c231287c1182784554ca3a21908";
        public const string GcmCiphertext = "49d8b9783e911913d87094d1f63cc765";
        public const string GcmTag = "1e348ba07cca2cf04c618cb4d43a5b92";

        // FIPS 180-4 examples (NIST CSRC "Examples with Intermediate Values"): "abc".
        public const string Abc = "616263";
        public const string Sha256Abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        public const string Sha384Abc = "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7";

        // RFC 4231 test case 2.
        public const string HmacKey = "4a656665";
        public const string HmacData = "7768617420646f2079612077616e7420666f72206e6f7468696e673f";
        public const string HmacSha256 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        public const string HmacSha384 = "af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649";

        // RFC 6979 A.2.5 and A.2.6, message "sample".
        public const string P256PrivateKey = "c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721";
        public const string P256PublicKey = "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";
        public const string P256SampleHash = "af2bdbe1aa9b6ec1e2ade1d694f41fc71a831d0268e9891562113d8a62add1bf";
        public const string P256SampleSignature = "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8";
        public const string P384PrivateKey = "6b9d3dad2e1b8c1c05b19875b6659f4de23c3b667bf297ba9aa47740787137d896d5724e4c70a825f872c9ea60d2edf5";
        public const string P384PublicKey = "ec3a4e415b4e19a4568618029f427fa5da9a8bc4ae92e02e06aae5286b300c64def8f0ea9055866064a254515480bc138015d9b72d7d57244ea8ef9ac0c621896708a59367f9dfb9f54ca84b3f1c9db1288b231c3ae0d4fe7344fd2533264720";
        public const string P384SampleHash = "9a9083505bc92276aec4be312696ef7bf3bf603f4bbd381196a029f340585312313bca4a9b5b890efee42c77b1ee25fe";
        public const string P384SampleSignature = "94edbb92a5ecb8aad4736e56c691916b3f88140666ce9fa73d64c4ea95ad133c81a648152e44acf96e36dd1e80fabe4699ef4aeb15f178cea1fe40db2603138f130e740a19624526203b6351d0a3a94fa329c145786e679e7b82c71a38628ac8";

        // ECDH P-256: NIST CAVP KAS EC-SHA256 as carried by cisco/node-jose (see the test project's KDF vectors).
        public const string P256DhPrivateKey = "ef36dc43a15d9dc83aacb383afb91ff0b28b8b7806f7bc3d4c32ed6f4d79caef";
        public const string P256DhPeerKey = "60782e6f31eb7d40f888d735f8ad17aad643b4876f88b8ab90ff4fc76b0c9c5528d253160d6608892946d4c5ddae8e801a63cf6ef646252d95f341defb807eb1";
        public const string P256DhSecret = "003b84682ef996e462ac04fbf68d19a18fb74f869df87df24cdfcf21e2194784";
        public const string KdfOtherInfo = "434156536964a1b2c3d4e5f9b260f9b3a465922bb2191dd60c3c691912f7070c0fc2a47e2485963982fdb486dc626b";
        public const string KdfDerivedKey = "53272dad13352335bc2dc61c7227bdf7";

        // ECDH P-384: Wycheproof ecdh_secp384r1_test.json tcId 1 (public key taken out of its SubjectPublicKeyInfo).
        public const string P384DhPrivateKey = "766e61425b2da9f846c09fc3564b93a6f8603b7392c785165bf20da948c49fd1fb1dee4edd64356b9f21c588b75dfd81";
        public const string P384DhPeerKey = "790a6e059ef9a5940163183d4a7809135d29791643fc43a2f17ee8bf677ab84f791b64a6be15969ffa012dd9185d8796d9b954baa8a75e82df711b3b56eadff6b0f668c3b26b4b1aeb308a1fcc1c680d329a6705025f1c98a0b5e5bfcb163caa";
        public const string P384DhSecret = "6461defb95d996b24296f5a1832b34db05ed031114fbe7d98d098f93859866e4de1e229da71fef0c77fe49b249190135";

        // RFC 3394 section 4.1.
        public const string WrapKek = "000102030405060708090a0b0c0d0e0f";
        public const string WrapKeyData = "00112233445566778899aabbccddeeff";
        public const string WrapCiphertext = "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5";
    }
}
