using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Managed;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Every DLMS APDU is ciphered: GCM encrypt/decrypt of 1 KiB on reused buffers, AES block batches,
    /// key wrap and DRBG requests must not allocate once constructed.
    /// </summary>
    [TestClass]
    public class AesGcmAllocationTests
    {
        [TestMethod]
        public void GcmEncryptAndDecryptOfOneKibibyteDoNotAllocate()
        {
            byte[] key = new byte[16];
            GcmCipher gcm = new GcmCipher(new ManagedAes(key, 0, 16));
            byte[] nonce = new byte[12];
            byte[] aad = new byte[17];
            byte[] plaintext = new byte[1024];
            byte[] ciphertext = new byte[1024];
            byte[] tag = new byte[12];
            for (int k = 0; k < 10; k++)
            {
                gcm.Encrypt(nonce, 0, plaintext, 0, 1024, ciphertext, 0, aad, 0, aad.Length, tag, 0, 12);
                gcm.Decrypt(nonce, 0, ciphertext, 0, 1024, plaintext, 0, aad, 0, aad.Length, tag, 0, 12);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            bool allValid = true;
            for (int k = 0; k < 1000; k++)
            {
                nonce[11] = (byte)k;
                gcm.Encrypt(nonce, 0, plaintext, 0, 1024, ciphertext, 0, aad, 0, aad.Length, tag, 0, 12);
                allValid &= gcm.Decrypt(nonce, 0, ciphertext, 0, 1024, ciphertext, 0, aad, 0, aad.Length, tag, 0, 12);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 1000 encrypt+decrypt pairs");
            Assert.IsTrue(allValid, "every message decrypted");
        }

        [TestMethod]
        public void AesBlockBatchesDoNotAllocate()
        {
            ManagedAes aes = new ManagedAes(new byte[32], 0, 32);
            byte[] buffer = new byte[64 * 16];
            aes.EncryptBlocks(buffer, 0, buffer, 0, 64);
            aes.DecryptBlocks(buffer, 0, buffer, 0, 64);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int k = 0; k < 1000; k++)
            {
                aes.EncryptBlocks(buffer, 0, buffer, 0, 64);
                aes.DecryptBlocks(buffer, 0, buffer, 0, 64);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 1000 batches of 64 blocks each way");
        }

        [TestMethod]
        public void KeyWrapAndDrbgDoNotAllocateAfterFirstUse()
        {
            AesKeyWrap wrap = new AesKeyWrap(new ManagedAes(new byte[16], 0, 16));
            HmacDrbg drbg = new HmacDrbg(new byte[32], 0, 32, new byte[16], 0, 16, null, 0, 0);
            byte[] key = new byte[32];
            byte[] wrapped = new byte[40];
            wrap.Wrap(key, 0, 32, wrapped, 0);
            wrap.Unwrap(wrapped, 0, 40, key, 0);
            drbg.GetBytes(key, 0, 32);

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int k = 0; k < 200; k++)
            {
                drbg.GetBytes(key, 0, 32);
                wrap.Wrap(key, 0, 32, wrapped, 0);
                wrap.Unwrap(wrapped, 0, 40, key, 0);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 200 wrap/unwrap/generate rounds");
        }
    }
}
