using Meter.Dlms.Security;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>ApduCipher.Unprotect refusals: each with its own result, no exception, no output before the tag verifies, no counter advance.</summary>
    [TestClass]
    public class SecurityApduCipherRejectionTests
    {
        private const byte Sentinel = 0xA5;

        [TestMethod]
        [DataRow(SecurityVectors.GloGetRequest30)]
        [DataRow(SecurityVectors.GloGetRequest20)]
        [DataRow(SecurityVectors.GloGetRequest10)]
        [DataRow(SecurityVectors.GloInitiateRequest)]
        [DataRow("db08" + SecurityVectors.ServerTitle + "1e3001234567411312ff935a47566827c467bc7d825c3be4a77c3fcc056b6b")]
        public void EveryPrefixIsTruncated(string ciphered)
        {
            SecurityVectors v = new SecurityVectors(110);
            ApduCipher cipher = v.Cipher();
            RamInvocationCounterGuard guard = new RamInvocationCounterGuard();
            SecurityContext receiver = v.Receiver(guard);
            byte[] input = Hex.Parse(ciphered);
            SecurityHeader header = new SecurityHeader();
            for (int length = 0; length < input.Length; length++)
            {
                byte[] output = Hex.Repeat(Sentinel, 64);
                CipherResult result = cipher.Unprotect(receiver, input, 0, length, output, 0, output.Length, header);
                Assert.AreEqual((int)CipherResult.Truncated, (int)result, "prefix of " + length);
                CollectionAssert.AreEqual(Hex.Repeat(Sentinel, 64), output);
            }

            Assert.IsTrue(guard.IsFresh(SecurityVectors.Counter));
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(receiver, input, 0, input.Length, new byte[64], 0, 64, header));
        }

        [TestMethod]
        [DataRow("00")]
        [DataRow("c0")]
        [DataRow("c6")]
        [DataRow("ce")]
        [DataRow("d6")]
        [DataRow("dc")]
        [DataRow("dd")]
        [DataRow("60")]
        public void UnknownTagIsRefused(string tag)
        {
            SecurityVectors v = new SecurityVectors(111);
            byte[] input = Hex.Parse(tag + SecurityVectors.GloGetRequest30.Substring(2));
            Assert.AreEqual((int)CipherResult.UnknownTag, (int)Unprotect(v, new RamInvocationCounterGuard(), input));
        }

        [TestMethod]
        public void OuterTagMustMatchTheInnerApdu()
        {
            // The outer tag is not authenticated (it is not in the AAD): glo-set-request around a
            // genuine get-request verifies, and only the inner tag check catches it.
            SecurityVectors v = new SecurityVectors(112);
            byte[] input = Hex.Parse("c9" + SecurityVectors.GloGetRequest30.Substring(2));
            Assert.AreEqual((int)CipherResult.PlaintextMismatch, (int)Unprotect(v, new RamInvocationCounterGuard(), input));
        }

        [TestMethod]
        [DataRow("c8847fffffff", (int)CipherResult.LengthOverflow)]
        [DataRow("c885000000001e", (int)CipherResult.LengthOverflow)]
        [DataRow("c882ffff3001234567", (int)CipherResult.LengthOverflow)]
        [DataRow("c88480000000", (int)CipherResult.LengthOverflow)]
        [DataRow("c88205163001234567", (int)CipherResult.LengthOverflow)]
        [DataRow("c880", (int)CipherResult.Malformed)]
        [DataRow("c8063001234567", (int)CipherResult.Truncated)]
        [DataRow("c8043001234567", (int)CipherResult.Malformed)]
        [DataRow("c80430012345", (int)CipherResult.Malformed)]
        [DataRow("c8113001234567" + "000000000000000000000000", (int)CipherResult.Malformed)]
        [DataRow("c8052001234567", (int)CipherResult.Malformed)]
        [DataRow("db07" + "4d4d4d0000bc61" + "1e30", (int)CipherResult.Malformed)]
        [DataRow("db09" + SecurityVectors.ServerTitle + "00" + "1e30", (int)CipherResult.Malformed)]
        [DataRow("db80", (int)CipherResult.Malformed)]
        public void BadLengthsAreRefused(string hex, int expected)
        {
            SecurityVectors v = new SecurityVectors(113);
            Assert.AreEqual(expected, (int)Unprotect(v, new RamInvocationCounterGuard(), Hex.Parse(hex)));
        }

        [TestMethod]
        public void NonShortestLengthAndTrailingBytesAreMalformed()
        {
            SecurityVectors v = new SecurityVectors(114);
            string body = SecurityVectors.GloGetRequest30.Substring(4);
            Assert.AreEqual((int)CipherResult.Malformed, (int)Unprotect(v, new RamInvocationCounterGuard(), Hex.Parse("c8811e" + body)));
            Assert.AreEqual((int)CipherResult.Malformed, (int)Unprotect(v, new RamInvocationCounterGuard(), Hex.Parse(SecurityVectors.GloGetRequest30 + "00")));
        }

        [TestMethod]
        [DataRow(0xB0, (int)CipherResult.CompressionUnsupported)]
        [DataRow(0x90, (int)CipherResult.CompressionUnsupported)]
        [DataRow(0x31, (int)CipherResult.UnsupportedSuite)]
        [DataRow(0x32, (int)CipherResult.UnsupportedSuite)]
        [DataRow(0x70, (int)CipherResult.BroadcastNotAllowed)]
        [DataRow(0x00, (int)CipherResult.NotProtected)]
        [DataRow(0x40, (int)CipherResult.NotProtected)]
        public void UnsupportedSecurityControlIsRefused(int securityControl, int expected)
        {
            SecurityVectors v = new SecurityVectors(115);
            byte[] input = Hex.Parse(SecurityVectors.GloGetRequest30);
            input[2] = (byte)securityControl;
            Assert.AreEqual(expected, (int)Unprotect(v, new RamInvocationCounterGuard(), input));
        }

        [TestMethod]
        public void DedApduWithoutDedicatedKeyIsRefused()
        {
            SecurityVectors v = new SecurityVectors(116);
            byte[] input = Hex.Parse("d0" + SecurityVectors.GloGetRequest30.Substring(2));
            Assert.AreEqual((int)CipherResult.KeyUnavailable, (int)Unprotect(v, new RamInvocationCounterGuard(), input));
        }

        [TestMethod]
        public void UnknownPeerTitleIsRefused()
        {
            SecurityVectors v = new SecurityVectors(117);
            byte[] input = Hex.Parse(SecurityVectors.GloGetRequest30);
            SecurityContext noPeer = v.Context(SecurityVectors.ClientTitle, null, new RamInvocationCounterGuard());
            Assert.AreEqual((int)CipherResult.SystemTitleMismatch, (int)v.Cipher().Unprotect(noPeer, input, 0, input.Length, new byte[64], 0, 64, new SecurityHeader()));

            // Another peer's title gives another IV: the tag fails.
            SecurityContext otherPeer = v.Context(SecurityVectors.ClientTitle, "4d4d4d0000bc614f", new RamInvocationCounterGuard());
            Assert.AreEqual((int)CipherResult.AuthenticationFailed, (int)v.Cipher().Unprotect(otherPeer, input, 0, input.Length, new byte[64], 0, 64, new SecurityHeader()));
        }

        [TestMethod]
        [DataRow(SecurityVectors.GloGetRequest30)]
        [DataRow(SecurityVectors.GloGetRequest20)]
        [DataRow(SecurityVectors.GloGetRequest10)]
        public void ReplayedAndOlderCountersAreRefused(string ciphered)
        {
            SecurityVectors v = new SecurityVectors(118);
            byte[] input = Hex.Parse(ciphered);
            RamInvocationCounterGuard guard = new RamInvocationCounterGuard();
            Assert.AreEqual((int)CipherResult.Ok, (int)Unprotect(v, guard, input));
            Assert.AreEqual(SecurityVectors.Counter + 1, guard.LowestAcceptable);

            SecurityHeader header = new SecurityHeader();
            byte[] output = Hex.Repeat(Sentinel, 64);
            Assert.AreEqual((int)CipherResult.InvocationCounterReplayed, (int)v.Cipher().Unprotect(v.Receiver(guard), input, 0, input.Length, output, 0, output.Length, header));
            Assert.AreEqual(SecurityVectors.Counter, header.InvocationCounter);
            CollectionAssert.AreEqual(Hex.Repeat(Sentinel, 64), output);

            Assert.AreEqual((int)CipherResult.InvocationCounterReplayed, (int)Unprotect(v, new RamInvocationCounterGuard(SecurityVectors.Counter + 1), input));
            Assert.AreEqual((int)CipherResult.InvocationCounterReplayed, (int)Unprotect(v, new RamInvocationCounterGuard(uint.MaxValue), input));
            Assert.AreEqual((int)CipherResult.Ok, (int)Unprotect(v, new RamInvocationCounterGuard(SecurityVectors.Counter - 1), input));
        }

        [TestMethod]
        [DataRow(SecurityVectors.GloGetRequest30)]
        [DataRow(SecurityVectors.GloGetRequest10)]
        [DataRow(SecurityVectors.GloInitiateRequest)]
        public void ForgedApduWritesNothingAndKeepsTheCounter(string ciphered)
        {
            SecurityVectors v = new SecurityVectors(119);
            byte[] genuine = Hex.Parse(ciphered);
            RamInvocationCounterGuard guard = new RamInvocationCounterGuard();
            SecurityContext receiver = v.Receiver(guard);
            ApduCipher cipher = v.Cipher();
            SecurityHeader header = new SecurityHeader();

            // Flip one bit in every byte after the length field: SC, IC, data or tag.
            for (int i = 2; i < genuine.Length; i++)
            {
                byte[] forged = Hex.Parse(ciphered);
                forged[i] ^= (byte)(1 << (i % 8));
                byte[] output = Hex.Repeat(Sentinel, 64);
                CipherResult result = cipher.Unprotect(receiver, forged, 0, forged.Length, output, 0, output.Length, header);
                Assert.IsTrue(result != CipherResult.Ok, "byte " + i);
                if (i >= 3)
                {
                    // SC intact: it reaches the tag check.
                    Assert.AreEqual((int)CipherResult.AuthenticationFailed, (int)result, "byte " + i);
                }

                CollectionAssert.AreEqual(Hex.Repeat(Sentinel, 64), output);
                Assert.AreEqual(0, header.PlaintextLength);
            }

            Assert.IsTrue(guard.IsFresh(0));
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(receiver, genuine, 0, genuine.Length, new byte[64], 0, 64, header));
        }

        [TestMethod]
        public void WrongKeysFailTheTag()
        {
            SecurityVectors right = new SecurityVectors(120);
            byte[] input = Hex.Parse(SecurityVectors.GloGetRequest30);
            Meter.Hal.Crypto.Keys.KeyHandle otherEk = right.Rig.Keys.Import(5, Meter.Hal.Crypto.Keys.KeyType.Aes128, Meter.Hal.Crypto.Keys.KeyUsage.Encryption, Hex.Parse(SecurityVectors.Ak), 0, 16);
            SecurityContext wrong = new SecurityContext(otherEk, right.AuthenticationKey, new RamInvocationCounterGuard(), Hex.Parse(SecurityVectors.ClientTitle), 0);
            wrong.SetPeerSystemTitle(Hex.Parse(SecurityVectors.ServerTitle), 0);
            Assert.AreEqual((int)CipherResult.AuthenticationFailed, (int)right.Cipher().Unprotect(wrong, input, 0, input.Length, new byte[64], 0, 64, new SecurityHeader()));
        }

        [TestMethod]
        public void SmallOutputIsRefusedBeforeDecrypting()
        {
            SecurityVectors v = new SecurityVectors(121);
            byte[] input = Hex.Parse(SecurityVectors.GloGetRequest30);
            RamInvocationCounterGuard guard = new RamInvocationCounterGuard();
            byte[] output = Hex.Repeat(Sentinel, 12);
            Assert.AreEqual((int)CipherResult.OutputTooSmall, (int)v.Cipher().Unprotect(v.Receiver(guard), input, 0, input.Length, output, 0, 12, new SecurityHeader()));
            CollectionAssert.AreEqual(Hex.Repeat(Sentinel, 12), output);
            Assert.IsTrue(guard.IsFresh(SecurityVectors.Counter));
        }

        [TestMethod]
        public void EncryptionOnlyIsRefusedUnlessAccepted()
        {
            // An untagged APDU could otherwise push the counter to its end: refused before the guard is touched.
            SecurityVectors v = new SecurityVectors(123);
            byte[] input = Hex.Parse(SecurityVectors.GloGetRequest20);
            RamInvocationCounterGuard guard = new RamInvocationCounterGuard();
            SecurityContext strict = v.Context(SecurityVectors.ClientTitle, SecurityVectors.ServerTitle, guard);
            Assert.IsFalse(strict.AcceptsEncryptionOnly);
            byte[] output = Hex.Repeat(Sentinel, 64);
            Assert.AreEqual((int)CipherResult.NotAuthenticated, (int)v.Cipher().Unprotect(strict, input, 0, input.Length, output, 0, output.Length, new SecurityHeader()));
            CollectionAssert.AreEqual(Hex.Repeat(Sentinel, 64), output);
            Assert.IsTrue(guard.IsFresh(0));
            strict.AcceptsEncryptionOnly = true;
            Assert.AreEqual((int)CipherResult.Ok, (int)v.Cipher().Unprotect(strict, input, 0, input.Length, output, 0, output.Length, new SecurityHeader()));
        }

        [TestMethod]
        public void CryptoErrorStateIsNotAnInputError()
        {
            SecurityVectors v = new SecurityVectors(124);
            ApduCipher broken = new ApduCipher(Meter.Tests.Crypto.CryptoRig.Untested(125).Operations, SecurityVectors.MaxApdu);
            byte[] input = Hex.Parse(SecurityVectors.GloGetRequest30);
            Assert.ThrowsException(typeof(Meter.Hal.Crypto.CryptoErrorStateException), () => broken.Unprotect(v.Receiver(new RamInvocationCounterGuard()), input, 0, input.Length, new byte[64], 0, 64, new SecurityHeader()));
        }

        [TestMethod]
        public void SeededMutationsNeverThrow()
        {
            SecurityVectors v = new SecurityVectors(122);
            ApduCipher cipher = v.Cipher();
            SecurityContext receiver = v.Receiver(new RamInvocationCounterGuard());
            SecurityHeader header = new SecurityHeader();
            byte[] output = new byte[64];
            string[] seeds = new string[] { SecurityVectors.GloGetRequest30, SecurityVectors.GloGetRequest20, SecurityVectors.GloInitiateRequest };
            uint state = 12345;
            int accepted = 0;
            for (int round = 0; round < 600; round++)
            {
                byte[] input = Hex.Parse(seeds[round % seeds.Length]);
                for (int flips = 0; flips < 3; flips++)
                {
                    state = state * 1103515245 + 12345;
                    input[(int)((state >> 8) % (uint)input.Length)] = (byte)(state >> 24);
                }

                state = state * 1103515245 + 12345;
                int length = (int)((state >> 8) % (uint)(input.Length + 1));
                if (cipher.Unprotect(receiver, input, 0, length, output, 0, output.Length, header) == CipherResult.Ok)
                {
                    Assert.IsFalse(SecurityControl.IsAuthenticated(header.SecurityControl), "a mutated authenticated APDU passed");
                    accepted++;
                }
            }

            // A mutated authenticated APDU never passes; the receiver still opens a genuine one.
            Assert.IsTrue(accepted < 600);
            byte[] plain = Hex.Parse(SecurityVectors.GetRequest);
            byte[] genuine = new byte[64];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Protect(v.Sender(), false, 0x30, uint.MaxValue, plain, 0, plain.Length, genuine, 0, genuine.Length, out written));
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.Unprotect(receiver, genuine, 0, written, output, 0, output.Length, header));
        }

        private static CipherResult Unprotect(SecurityVectors v, IInvocationCounterGuard guard, byte[] input)
        {
            return v.Cipher().Unprotect(v.Receiver(guard), input, 0, input.Length, new byte[64], 0, 64, new SecurityHeader());
        }
    }
}
