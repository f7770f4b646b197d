using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Storage;
using Meter.Tests.Crypto;
using Meter.Tests.SerialConsole;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// A meter with a real key store (CryptoRig: managed crypto, self-test passed) provisioned
    /// with known DLMS keys, a record store on the virtual flash, and the head-end's side of a
    /// key transfer: keys wrapped with Hal's AesKeyWrap under the master key it shares.
    /// </summary>
    internal sealed class CosemKeyRig
    {
        public static readonly byte[] Kek = Hex.Parse("000102030405060708090a0b0c0d0e0f");
        public static readonly byte[] Ek = Hex.Parse("101112131415161718191a1b1c1d1e1f");
        public static readonly byte[] Ak = Hex.Parse("d0d1d2d3d4d5d6d7d8d9dadbdcdddedf");
        public static readonly byte[] ServerTitle = Hex.Parse("4d4d4d0000bc614e");

        public readonly CryptoRig Crypto;
        public readonly VirtualFlash Flash;
        public readonly RecordStore Store;
        public readonly RecordingEvents Events = new RecordingEvents();
        public readonly SecuritySetup Setup;

        public CosemKeyRig(int seed, bool withMasterKey)
        {
            Crypto = CryptoRig.Create(seed);
            Flash = new VirtualFlash(4096, 4);
            Store = new RecordStore(Flash);
            Store.Mount();
            if (withMasterKey)
            {
                Crypto.Keys.Import(DlmsKeySlots.MasterKek, KeyType.Aes128, KeyUsage.KeyWrap, Kek, 0, 16);
            }

            Crypto.Keys.Import(DlmsKeySlots.GlobalUnicast, KeyType.Aes128, KeyUsage.Encryption, Ek, 0, 16);
            Crypto.Keys.Import(DlmsKeySlots.Authentication, KeyType.Aes128, KeyUsage.Authentication, Ak, 0, 16);
            Setup = MeterObjects.BuildSecuritySetup(Store, Crypto.Keys, Crypto.Operations, Events, ServerTitle, SecurityPolicy.None);
        }

        /// <summary>RFC 3394 wrap of <paramref name="key"/> under <paramref name="kek"/>, as the head-end does it.</summary>
        public static byte[] Wrap(byte[] kek, byte[] key)
        {
            byte[] wrapped = new byte[key.Length + AesKeyWrap.Overhead];
            new AesKeyWrap(new ManagedCryptoProvider().CreateAes(kek, 0, kek.Length)).Wrap(key, 0, key.Length, wrapped, 0);
            return wrapped;
        }

        /// <summary>Asserts the encryption key in <paramref name="slot"/> is <paramref name="expected"/>: GCM of a known block both ways.</summary>
        public void AssertEncryptionKey(ushort slot, byte[] expected)
        {
            bool damaged;
            KeyHandle key = Crypto.Keys.Open(slot, out damaged);
            Assert.IsNotNull(key, "slot " + slot + " holds a key");
            byte[] nonce = Hex.Parse("4d4d4d0000bc614e01234567");
            byte[] block = Hex.Parse("c0010000080000010000ff0200ffeeddcc");
            byte[] mine = new byte[block.Length];
            byte[] myTag = new byte[12];
            Crypto.Operations.Encrypt(key, nonce, 0, block, 0, block.Length, mine, 0, null, 0, 0, myTag, 0, 12);

            IAesGcm reference = new ManagedCryptoProvider().CreateAesGcm(expected, 0, expected.Length);
            byte[] theirs = new byte[block.Length];
            byte[] theirTag = new byte[12];
            reference.Encrypt(nonce, 0, block, 0, block.Length, theirs, 0, null, 0, 0, theirTag, 0, 12);
            Assert.AreEqual(Hex.Format(theirs) + Hex.Format(theirTag), Hex.Format(mine) + Hex.Format(myTag));

            byte[] opened = new byte[block.Length];
            Assert.IsTrue(Crypto.Operations.Decrypt(key, nonce, 0, theirs, 0, theirs.Length, opened, 0, null, 0, 0, theirTag, 0, 12));
            Assert.AreEqual(Hex.Format(block), Hex.Format(opened));
        }

        /// <summary>Asserts the master key is <paramref name="expected"/>: the meter wraps a key exactly as the reference does.</summary>
        public void AssertMasterKey(byte[] expected)
        {
            bool damaged;
            KeyHandle kek = Crypto.Keys.Open(DlmsKeySlots.MasterKek, out damaged);
            Assert.IsNotNull(kek);
            KeyHandle probe = Crypto.Keys.Import(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption, Ek, 0, 16);
            byte[] wrapped = new byte[24];
            Crypto.Operations.WrapKey(kek, probe, wrapped, 0);
            Assert.AreEqual(Hex.Format(Wrap(expected, Ek)), Hex.Format(wrapped));
        }
    }
}
