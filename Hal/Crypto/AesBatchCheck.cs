using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Proves that an <see cref="IAesEngine"/> handles a batch of blocks in one call: four blocks
    /// encrypted at unaligned offsets, then decrypted in place, against NIST SP 800-38A F.1.1/F.1.2
    /// (ECB-AES128). The platform provider runs it once at boot because some nanoFramework firmware
    /// builds encrypted only the first block of an Aes(ECB) call (their native handler made one
    /// mbedtls_aes_crypt_ecb call, which works on exactly 16 bytes); on such firmware the platform
    /// AES is not used and the managed AES takes over.
    /// </summary>
    public static class AesBatchCheck
    {
        private const int Blocks = 4;
        private const int InputOffset = 3;
        private const int OutputOffset = 5;

        /// <summary>The AES-128 key of SP 800-38A F.1.1 (a fresh copy): key the engine under test with it.</summary>
        public static byte[] CreateKey()
        {
            return new byte[]
            {
                0x2b, 0x7e, 0x15, 0x16, 0x28, 0xae, 0xd2, 0xa6, 0xab, 0xf7, 0x15, 0x88, 0x09, 0xcf, 0x4f, 0x3c,
            };
        }

        /// <summary>True when <paramref name="engine"/>, keyed with <see cref="CreateKey"/>, encrypts and decrypts all four blocks of one call correctly.</summary>
        public static bool Passes(IAesEngine engine)
        {
            byte[] plaintext = Plaintext();
            byte[] expected = Ciphertext();
            byte[] input = new byte[InputOffset + (Blocks * 16)];
            byte[] output = new byte[OutputOffset + (Blocks * 16)];
            Array.Copy(plaintext, 0, input, InputOffset, plaintext.Length);

            engine.EncryptBlocks(input, InputOffset, output, OutputOffset, Blocks);
            if (!Same(output, OutputOffset, expected))
            {
                return false;
            }

            engine.DecryptBlocks(output, OutputOffset, output, OutputOffset, Blocks);
            return Same(output, OutputOffset, plaintext);
        }

        private static bool Same(byte[] actual, int offset, byte[] expected)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                if (actual[offset + i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static byte[] Plaintext()
        {
            return new byte[]
            {
                0x6b, 0xc1, 0xbe, 0xe2, 0x2e, 0x40, 0x9f, 0x96, 0xe9, 0x3d, 0x7e, 0x11, 0x73, 0x93, 0x17, 0x2a,
                0xae, 0x2d, 0x8a, 0x57, 0x1e, 0x03, 0xac, 0x9c, 0x9e, 0xb7, 0x6f, 0xac, 0x45, 0xaf, 0x8e, 0x51,
                0x30, 0xc8, 0x1c, 0x46, 0xa3, 0x5c, 0xe4, 0x11, 0xe5, 0xfb, 0xc1, 0x19, 0x1a, 0x0a, 0x52, 0xef,
                0xf6, 0x9f, 0x24, 0x45, 0xdf, 0x4f, 0x9b, 0x17, 0xad, 0x2b, 0x41, 0x7b, 0xe6, 0x6c, 0x37, 0x10,
            };
        }

        private static byte[] Ciphertext()
        {
            return new byte[]
            {
                0x3a, 0xd7, 0x7b, 0xb4, 0x0d, 0x7a, 0x36, 0x60, 0xa8, 0x9e, 0xca, 0xf3, 0x24, 0x66, 0xef, 0x97,
                0xf5, 0xd3, 0xd5, 0x85, 0x03, 0xb9, 0x69, 0x9d, 0xe7, 0x85, 0x89, 0x5a, 0x96, 0xfd, 0xba, 0xaf,
                0x43, 0xb1, 0xcd, 0x7f, 0x59, 0x8e, 0xce, 0x23, 0x88, 0x1b, 0x00, 0xe3, 0xed, 0x03, 0x06, 0x88,
                0x7b, 0x0c, 0x78, 0x5e, 0x27, 0xe8, 0xad, 0x3f, 0x82, 0x23, 0x20, 0x71, 0x04, 0x72, 0x5d, 0xd4,
            };
        }
    }
}
