using Meter.Dlms.Security;
using Meter.Hal.Crypto.Keys;
using Meter.Tests.Crypto;
using Meter.Tests.Support;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// Suite 0 known-answer values: DLMS UA Green Book examples as reproduced in u9n/dlms-cosem
    /// tests/test_security.py and OpenMUC jDLMS CipheringTest/GmacTest, copied from the project's
    /// dlms-green-book.txt (sections "Common keys", "glo-get-request", "Ciphered InitiateRequest",
    /// "HLS-GMAC"); plus a chip with those keys in its key store.
    /// </summary>
    internal sealed class SecurityVectors
    {
        public const string Ek = "000102030405060708090a0b0c0d0e0f";
        public const string Ak = "d0d1d2d3d4d5d6d7d8d9dadbdcdddedf";

        /// <summary>The server's system title; the glo-get-request and InitiateRequest examples are protected under it.</summary>
        public const string ServerTitle = "4d4d4d0000bc614e";
        public const string ClientTitle = "4d4d4d0000000001";
        public const uint Counter = 0x01234567;

        public const string GetRequest = "c0010000080000010000ff0200";
        public const string GloGetRequest30 = "c81e3001234567411312ff935a47566827c467bc7d825c3be4a77c3fcc056b6b";
        public const string GloGetRequest20 = "c8122001234567411312ff935a47566827c467bc";
        public const string GloGetRequest10 = "c81e1001234567c0010000080000010000ff020006725d910f9221d263877516";

        public const string InitiateRequest = "01011000112233445566778899aabbccddeeff0000065f1f0400007e1f04b0";
        public const string GloInitiateRequest = "21303001234567801302ff8a7874133d414ced25b42534d28db0047720606b175bd52211be6841db204d39ee6fdb8e356855";

        public const string StoC = "503677524a323146";
        public const string FStoC = "10000000011a52fe7dd3e72748973c1e28";
        public const string CtoS = "4b35366956616759";
        public const string FCtoS = "1001234567fe1466afb3dbcd4f9389e2b7";

        public const int MaxApdu = 1024;

        public readonly CryptoRig Rig;
        public readonly KeyHandle EncryptionKey;
        public readonly KeyHandle AuthenticationKey;

        public SecurityVectors(int chipSeed)
        {
            Rig = CryptoRig.Create(chipSeed);
            EncryptionKey = Rig.Keys.Import(1, KeyType.Aes128, KeyUsage.Encryption, Hex.Parse(Ek), 0, 16);
            AuthenticationKey = Rig.Keys.Import(2, KeyType.Aes128, KeyUsage.Authentication, Hex.Parse(Ak), 0, 16);
        }

        public ApduCipher Cipher()
        {
            return new ApduCipher(Rig.Operations, MaxApdu);
        }

        /// <summary>A context sending as <paramref name="ownTitle"/> and, unless null, receiving from <paramref name="peerTitle"/>.</summary>
        public SecurityContext Context(string ownTitle, string peerTitle, IInvocationCounterGuard guard)
        {
            SecurityContext context = new SecurityContext(EncryptionKey, AuthenticationKey, guard, Hex.Parse(ownTitle), 0);
            if (peerTitle != null)
            {
                context.SetPeerSystemTitle(Hex.Parse(peerTitle), 0);
            }

            return context;
        }

        /// <summary>The server's side of the examples: it receives from the title they were protected under (encryption-only APDUs accepted, as the SC 0x20 example needs).</summary>
        public SecurityContext Receiver(IInvocationCounterGuard guard)
        {
            SecurityContext context = Context(ClientTitle, ServerTitle, guard);
            context.AcceptsEncryptionOnly = true;
            return context;
        }

        /// <summary>The side that produced the examples.</summary>
        public SecurityContext Sender()
        {
            return Context(ServerTitle, ClientTitle, new RamInvocationCounterGuard());
        }
    }
}
