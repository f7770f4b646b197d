using Meter.Dlms.Security;
using Meter.Hal.Crypto.Keys;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>ApduCipher against the Green Book examples (<see cref="SecurityVectors"/>), both directions.</summary>
    [TestClass]
    public class SecurityApduCipherTests
    {
        [TestMethod]
        [DataRow(0x30, SecurityVectors.GloGetRequest30)]
        [DataRow(0x20, SecurityVectors.GloGetRequest20)]
        [DataRow(0x10, SecurityVectors.GloGetRequest10)]
        public void GloGetRequestProtectsToTheGreenBookBytes(int securityControl, string expected)
        {
            SecurityVectors v = new SecurityVectors(100);
            byte[] plain = Hex.Parse(SecurityVectors.GetRequest);
            byte[] output = new byte[64];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)v.Cipher().Protect(v.Sender(), false, (byte)securityControl, SecurityVectors.Counter, plain, 0, plain.Length, output, 0, output.Length, out written));
            Assert.AreEqual(expected, Hex.Format(Slice(output, 0, written)));
        }

        [TestMethod]
        [DataRow(0x30, SecurityVectors.GloGetRequest30)]
        [DataRow(0x20, SecurityVectors.GloGetRequest20)]
        [DataRow(0x10, SecurityVectors.GloGetRequest10)]
        public void GloGetRequestUnprotectsToThePlainRequest(int securityControl, string ciphered)
        {
            SecurityVectors v = new SecurityVectors(101);
            byte[] input = Hex.Parse(ciphered);
            byte[] output = new byte[64];
            SecurityHeader header = new SecurityHeader();
            Assert.AreEqual((int)CipherResult.Ok, (int)v.Cipher().Unprotect(v.Receiver(new RamInvocationCounterGuard()), input, 0, input.Length, output, 0, output.Length, header));
            Assert.AreEqual(SecurityVectors.GetRequest, Hex.Format(Slice(output, 0, header.PlaintextLength)));
            Assert.AreEqual((byte)0xC8, header.Tag);
            Assert.AreEqual((byte)securityControl, header.SecurityControl);
            Assert.AreEqual(SecurityVectors.Counter, header.InvocationCounter);
            Assert.AreEqual(-1, header.SystemTitleOffset);
            Assert.IsFalse(header.IsDedicated);
            Assert.IsFalse(header.IsGeneral);
        }

        [TestMethod]
        public void CipheredInitiateRequestDecryptsAndReEncrypts()
        {
            SecurityVectors v = new SecurityVectors(102);
            byte[] input = Hex.Parse(SecurityVectors.GloInitiateRequest);
            byte[] plain = new byte[64];
            SecurityHeader header = new SecurityHeader();
            ApduCipher cipher = v.Cipher();
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(v.Receiver(new RamInvocationCounterGuard()), input, 0, input.Length, plain, 0, plain.Length, header));
            Assert.AreEqual(SecurityVectors.InitiateRequest, Hex.Format(Slice(plain, 0, header.PlaintextLength)));
            Assert.AreEqual((byte)CipheredTag.GloInitiateRequest, header.Tag);

            byte[] output = new byte[128];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Protect(v.Sender(), false, 0x30, SecurityVectors.Counter, plain, 0, header.PlaintextLength, output, 0, output.Length, out written));
            Assert.AreEqual(SecurityVectors.GloInitiateRequest, Hex.Format(Slice(output, 0, written)));
        }

        [TestMethod]
        public void GeneralGloCipheringBothDirections()
        {
            // Same IV and AAD as the glo-get-request example, so the same ciphertext and tag after the title.
            const string Expected = "db08" + SecurityVectors.ServerTitle + "1e3001234567411312ff935a47566827c467bc7d825c3be4a77c3fcc056b6b";
            SecurityVectors v = new SecurityVectors(103);
            byte[] plain = Hex.Parse(SecurityVectors.GetRequest);
            byte[] output = new byte[64];
            int written;
            ApduCipher cipher = v.Cipher();
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.ProtectGeneralGlo(v.Sender(), 0x30, SecurityVectors.Counter, plain, 0, plain.Length, output, 0, output.Length, out written));
            Assert.AreEqual(Expected, Hex.Format(Slice(output, 0, written)));

            // The receiver takes the IV's title from the APDU, with or without knowing the peer.
            byte[] input = Hex.Parse(Expected);
            byte[] opened = new byte[64];
            SecurityHeader header = new SecurityHeader();
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(v.Context(SecurityVectors.ClientTitle, null, new RamInvocationCounterGuard()), input, 0, input.Length, opened, 0, opened.Length, header));
            Assert.AreEqual(SecurityVectors.GetRequest, Hex.Format(Slice(opened, 0, header.PlaintextLength)));
            Assert.IsTrue(header.IsGeneral);
            Assert.AreEqual(2, header.SystemTitleOffset);
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(v.Receiver(new RamInvocationCounterGuard()), input, 0, input.Length, opened, 0, opened.Length, header));
            Assert.AreEqual((int)CipherResult.SystemTitleMismatch, (int)cipher.Unprotect(v.Context(SecurityVectors.ClientTitle, "4d4d4d0000bc614f", new RamInvocationCounterGuard()), input, 0, input.Length, opened, 0, opened.Length, header));
        }

        [TestMethod]
        public void DedicatedKeyProtectsDedApdus()
        {
            SecurityVectors v = new SecurityVectors(104);
            KeyHandle dedicated = v.Rig.Keys.Import(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption, Hex.Parse("00112233445566778899aabbccddeeff"), 0, 16);
            SecurityContext sender = v.Sender();
            SecurityContext receiver = v.Receiver(new RamInvocationCounterGuard());
            sender.SetDedicatedKey(dedicated, new RamInvocationCounterGuard());
            receiver.SetDedicatedKey(dedicated, new RamInvocationCounterGuard());
            ApduCipher cipher = v.Cipher();
            byte[] plain = Hex.Parse(SecurityVectors.GetRequest);
            byte[] output = new byte[64];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Protect(sender, true, 0x30, 7, plain, 0, plain.Length, output, 0, output.Length, out written));
            Assert.AreEqual((byte)CipheredTag.DedGetRequest, output[0]);
            Assert.AreNotEqual(SecurityVectors.GloGetRequest30.Substring(14), Hex.Format(Slice(output, 7, written - 7)));

            byte[] opened = new byte[64];
            SecurityHeader header = new SecurityHeader();
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(receiver, output, 0, written, opened, 0, opened.Length, header));
            Assert.IsTrue(header.IsDedicated);
            Assert.AreEqual(SecurityVectors.GetRequest, Hex.Format(Slice(opened, 0, header.PlaintextLength)));

            // The global counter is untouched: the dedicated key has its own.
            Assert.IsTrue(receiver.GlobalCounter.IsFresh(0));
            Assert.IsFalse(receiver.DedicatedCounter.IsFresh(7));
        }

        [TestMethod]
        [DataRow(127)]
        [DataRow(300)]
        [DataRow(SecurityVectors.MaxApdu)]
        public void LongApduRoundTripsWithMultiOctetLength(int length)
        {
            SecurityVectors v = new SecurityVectors(105);
            byte[] plain = new byte[length];
            plain[0] = 0xC4;
            for (int i = 1; i < length; i++)
            {
                plain[i] = (byte)(i * 7);
            }

            byte[] output = new byte[length + 40];
            int written;
            ApduCipher cipher = v.Cipher();
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Protect(v.Sender(), false, 0x30, 9, plain, 0, length, output, 0, output.Length, out written));
            Assert.AreEqual((byte)CipheredTag.GloGetResponse, output[0]);
            Assert.AreEqual(1 + (length + 17 < 0x80 ? 1 : length + 17 <= 0xFF ? 2 : 3) + length + 17, written);

            byte[] opened = new byte[length];
            SecurityHeader header = new SecurityHeader();
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(v.Receiver(new RamInvocationCounterGuard()), output, 0, written, opened, 0, opened.Length, header));
            CollectionAssert.AreEqual(plain, opened);
        }

        [TestMethod]
        public void ProtectRefusals()
        {
            SecurityVectors v = new SecurityVectors(106);
            ApduCipher cipher = v.Cipher();
            SecurityContext sender = v.Sender();
            byte[] plain = Hex.Parse(SecurityVectors.GetRequest);
            byte[] output = new byte[64];
            int written;
            Assert.AreEqual((int)CipherResult.OutputTooSmall, (int)cipher.Protect(sender, false, 0x30, 1, plain, 0, plain.Length, output, 0, 31, out written));
            Assert.AreEqual(0, written);
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Protect(sender, false, 0x30, 1, plain, 0, plain.Length, output, 0, 32, out written));
            Assert.AreEqual(32, written);
            Assert.AreEqual((int)CipherResult.UnknownTag, (int)cipher.Protect(sender, false, 0x30, 1, Hex.Parse("6000"), 0, 2, output, 0, 64, out written));
            Assert.AreEqual((int)CipherResult.UnknownTag, (int)cipher.Protect(sender, true, 0x30, 1, Hex.Parse(SecurityVectors.InitiateRequest), 0, 4, output, 0, 64, out written));
            Assert.AreEqual((int)CipherResult.Malformed, (int)cipher.Protect(sender, false, 0x30, 1, plain, 0, 0, output, 0, 64, out written));
            Assert.AreEqual((int)CipherResult.KeyUnavailable, (int)cipher.Protect(sender, true, 0x30, 1, plain, 0, plain.Length, output, 0, 64, out written));
            Assert.AreEqual((int)CipherResult.CompressionUnsupported, (int)cipher.Protect(sender, false, 0xB0, 1, plain, 0, plain.Length, output, 0, 64, out written));
            Assert.AreEqual((int)CipherResult.UnsupportedSuite, (int)cipher.Protect(sender, false, 0x31, 1, plain, 0, plain.Length, output, 0, 64, out written));
            Assert.AreEqual((int)CipherResult.BroadcastNotAllowed, (int)cipher.Protect(sender, false, 0x70, 1, plain, 0, plain.Length, output, 0, 64, out written));
            Assert.AreEqual((int)CipherResult.NotProtected, (int)cipher.ProtectGeneralGlo(sender, 0x00, 1, plain, 0, plain.Length, output, 0, 64, out written));

            byte[] big = new byte[SecurityVectors.MaxApdu + 1];
            big[0] = 0xC4;
            Assert.AreEqual((int)CipherResult.LengthOverflow, (int)cipher.Protect(sender, false, 0x30, 1, big, 0, big.Length, new byte[big.Length + 40], 0, big.Length + 40, out written));
        }

        [TestMethod]
        public void BroadcastKeyIsUsedOnlyWhenAccepted()
        {
            SecurityVectors v = new SecurityVectors(107);
            KeyHandle broadcast = v.Rig.Keys.Import(3, KeyType.Aes128, KeyUsage.Encryption, Hex.Parse("0f0e0d0c0b0a09080706050403020100"), 0, 16);
            SecurityContext sender = v.Sender();
            sender.SetBroadcastKey(broadcast, new RamInvocationCounterGuard());
            ApduCipher cipher = v.Cipher();
            byte[] plain = Hex.Parse(SecurityVectors.GetRequest);
            byte[] output = new byte[64];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Protect(sender, false, 0x70, 5, plain, 0, plain.Length, output, 0, output.Length, out written));

            byte[] opened = new byte[64];
            SecurityHeader header = new SecurityHeader();
            SecurityContext receiver = v.Receiver(new RamInvocationCounterGuard());
            Assert.AreEqual((int)CipherResult.BroadcastNotAllowed, (int)cipher.Unprotect(receiver, output, 0, written, opened, 0, opened.Length, header));
            receiver.SetBroadcastKey(broadcast, new RamInvocationCounterGuard());
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(receiver, output, 0, written, opened, 0, opened.Length, header));
            Assert.IsTrue(receiver.GlobalCounter.IsFresh(0));
            Assert.IsFalse(receiver.BroadcastCounter.IsFresh(5));
        }

        internal static byte[] Slice(byte[] buffer, int offset, int count)
        {
            byte[] slice = new byte[count];
            System.Array.Copy(buffer, offset, slice, 0, count);
            return slice;
        }
    }
}
