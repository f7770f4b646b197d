using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    [TestClass]
    public class KeyOperationsTests
    {
        [TestMethod]
        public void EachKeyServesOnlyItsUsage()
        {
            CryptoRig meter = CryptoRig.Create(20);
            KeyHandle signing = meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.Sign);
            KeyHandle agreement = meter.Keys.Generate(2, KeyType.EcP256, KeyUsage.KeyAgreement);
            KeyHandle encryption = meter.Keys.Generate(3, KeyType.Aes128, KeyUsage.Encryption);
            KeyHandle wrapping = meter.Keys.Generate(4, KeyType.Aes128, KeyUsage.KeyWrap);
            KeyHandle authentication = meter.Keys.Generate(5, KeyType.Aes128, KeyUsage.Authentication);
            byte[] buffer = new byte[128];
            byte[] peer = CryptoRig.PublicKeyOf(signing);

            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.SignHash(agreement, buffer, 0, 32, buffer, 32));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.DeriveKey(signing, peer, 0, buffer, 0, 8, KeyType.Aes128, KeyUsage.Encryption));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.Encrypt(wrapping, buffer, 0, buffer, 0, 16, buffer, 16, buffer, 0, 0, buffer, 32, 12));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.WrapKey(encryption, authentication, buffer, 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.ComputeMac(encryption, buffer, 0, 16, buffer, 32));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Operations.WrapKey(wrapping, signing, buffer, 0));
        }

        [TestMethod]
        public void MeterAndHeadEndDeriveTheSameSessionKey()
        {
            CryptoRig meter = CryptoRig.Create(21);
            CryptoRig headEnd = CryptoRig.Create(22);
            KeyHandle meterKey = meter.Keys.Generate(1, KeyType.EcP384, KeyUsage.KeyAgreement);
            KeyHandle headEndKey = headEnd.Keys.Generate(1, KeyType.EcP384, KeyUsage.KeyAgreement);
            byte[] otherInfo = Hex.Parse("608574050803014d4d4d0000bc614e4d4d4d0000000001");

            KeyHandle atMeter = meter.Operations.DeriveKey(meterKey, CryptoRig.PublicKeyOf(headEndKey), 0, otherInfo, 0, otherInfo.Length, KeyType.Aes256, KeyUsage.Encryption);
            KeyHandle atHeadEnd = headEnd.Operations.DeriveKey(headEndKey, CryptoRig.PublicKeyOf(meterKey), 0, otherInfo, 0, otherInfo.Length, KeyType.Aes256, KeyUsage.Encryption);
            Assert.AreEqual(KeyStore.SessionSlot, atMeter.Slot);

            byte[] nonce = Hex.Parse("4d4d4d000000000100000001");
            byte[] message = Hex.Ascii("register 1.0.1.8.0.255 = 12345 Wh");
            byte[] sealedMessage = new byte[message.Length];
            byte[] tag = new byte[12];
            meter.Operations.Encrypt(atMeter, nonce, 0, message, 0, message.Length, sealedMessage, 0, null, 0, 0, tag, 0, 12);
            byte[] opened = new byte[message.Length];
            Assert.IsTrue(headEnd.Operations.Decrypt(atHeadEnd, nonce, 0, sealedMessage, 0, sealedMessage.Length, opened, 0, null, 0, 0, tag, 0, 12));
            CollectionAssert.AreEqual(message, opened);
        }

        [TestMethod]
        public void InvalidPeerKeyYieldsNoSessionKey()
        {
            CryptoRig meter = CryptoRig.Create(23);
            KeyHandle meterKey = meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.KeyAgreement);
            byte[] notOnCurve = CryptoRig.PublicKeyOf(meterKey);
            notOnCurve[63] ^= 1;
            Assert.IsNull(meter.Operations.DeriveKey(meterKey, notOnCurve, 0, new byte[8], 0, 8, KeyType.Aes128, KeyUsage.Encryption));
        }

        [TestMethod]
        public void WrappedKeyTransfersAndForgeryIsRefused()
        {
            // The head-end and the meter share a KEK (DLMS global_key_transfer).
            byte[] kek = Hex.Parse("000102030405060708090a0b0c0d0e0f");
            CryptoRig headEnd = CryptoRig.Create(24);
            CryptoRig meter = CryptoRig.Create(25);
            KeyHandle headEndKek = headEnd.Keys.Import(1, KeyType.Aes128, KeyUsage.KeyWrap, kek, 0, 16);
            KeyHandle meterKek = meter.Keys.Import(1, KeyType.Aes128, KeyUsage.KeyWrap, kek, 0, 16);
            KeyHandle newKey = headEnd.Keys.Generate(2, KeyType.Aes128, KeyUsage.Encryption);

            byte[] wrapped = new byte[24];
            Assert.AreEqual(24, headEnd.Operations.WrapKey(headEndKek, newKey, wrapped, 0));
            KeyHandle received = meter.Operations.UnwrapKey(meterKek, wrapped, 0, 24, 2, KeyType.Aes128, KeyUsage.Encryption);
            Assert.IsNotNull(received);

            byte[] nonce = new byte[12];
            byte[] tagFromHeadEnd = new byte[16];
            byte[] tagFromMeter = new byte[16];
            headEnd.Operations.Encrypt(newKey, nonce, 0, nonce, 0, 0, nonce, 0, kek, 0, 16, tagFromHeadEnd, 0, 16);
            meter.Operations.Encrypt(received, nonce, 0, nonce, 0, 0, nonce, 0, kek, 0, 16, tagFromMeter, 0, 16);
            CollectionAssert.AreEqual(tagFromHeadEnd, tagFromMeter);

            wrapped[5] ^= 0x80;
            Assert.IsNull(meter.Operations.UnwrapKey(meterKek, wrapped, 0, 24, 3, KeyType.Aes128, KeyUsage.Encryption));
            Assert.IsFalse(meter.Keys.IsOccupied(3));
            Assert.IsNull(meter.Operations.UnwrapKey(meterKek, wrapped, 0, 23, 3, KeyType.Aes128, KeyUsage.Encryption));
        }

        [TestMethod]
        public void MacIsHmacSha256UnderTheImportedKey()
        {
            CryptoRig meter = CryptoRig.Create(26);
            byte[] key = Hex.Parse("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
            KeyHandle handle = meter.Keys.Import(1, KeyType.Aes128, KeyUsage.Authentication, key, 0, 16);
            byte[] data = Hex.Ascii("Hi There");
            byte[] mac = new byte[32];
            meter.Operations.ComputeMac(handle, data, 0, data.Length, mac, 0);
            byte[] expected = Meter.Hal.Crypto.Managed.HmacSha256.HashData(key, data);
            CollectionAssert.AreEqual(expected, mac);
        }

        [TestMethod]
        public void GcmRejectsForgedTagWithoutOutput()
        {
            CryptoRig meter = CryptoRig.Create(27);
            KeyHandle key = meter.Keys.Generate(1, KeyType.Aes256, KeyUsage.Encryption);
            byte[] nonce = new byte[12];
            byte[] message = Hex.Ascii("tariff table v2");
            byte[] sealedMessage = new byte[message.Length];
            byte[] tag = new byte[12];
            meter.Operations.Encrypt(key, nonce, 0, message, 0, message.Length, sealedMessage, 0, null, 0, 0, tag, 0, 12);
            tag[11] ^= 1;
            byte[] opened = new byte[message.Length];
            Assert.IsFalse(meter.Operations.Decrypt(key, nonce, 0, sealedMessage, 0, sealedMessage.Length, opened, 0, null, 0, 0, tag, 0, 12));
            CollectionAssert.AreEqual(new byte[message.Length], opened);
        }
    }
}
