using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    [TestClass]
    public class KeyStoreTests
    {
        [TestMethod]
        public void GeneratedKeyPairSurvivesRestartWithTheSamePublicKey()
        {
            CryptoRig meter = CryptoRig.Create(1);
            KeyHandle created = meter.Keys.Generate(7, KeyType.EcP384, KeyUsage.Sign);

            CryptoRig restarted = CryptoRig.Restart(1, meter.Storage);
            bool damaged;
            KeyHandle opened = restarted.Keys.Open(7, out damaged);

            Assert.IsNotNull(opened);
            Assert.IsFalse(damaged);
            Assert.AreEqual((int)KeyType.EcP384, (int)opened.Type);
            Assert.AreEqual((int)KeyUsage.Sign, (int)opened.Usage);
            CollectionAssert.AreEqual(CryptoRig.PublicKeyOf(created), CryptoRig.PublicKeyOf(opened));

            // The reopened private key signs what the original public key verifies.
            byte[] hash = new byte[48];
            hash[0] = 0x5a;
            byte[] signature = new byte[96];
            restarted.Operations.SignHash(opened, hash, 0, 48, signature, 0);
            Assert.IsTrue(meter.Operations.VerifyHash(EcCurve.P384, CryptoRig.PublicKeyOf(created), 0, hash, 0, 48, signature, 0, 96));
        }

        [TestMethod]
        public void FlashHoldsNoKeyInClear()
        {
            CryptoRig meter = CryptoRig.Create(2);
            byte[] material = Hex.Parse("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
            meter.Keys.Import(9, KeyType.Aes256, KeyUsage.Encryption, material, 0, material.Length);

            byte[] record = meter.Record(9);
            for (int i = 0; i + 4 <= record.Length; i++)
            {
                bool found = record[i] == 0x00 && record[i + 1] == 0x01 && record[i + 2] == 0x02 && record[i + 3] == 0x03;
                Assert.IsFalse(found, "key bytes appear in the record at " + i);
            }
        }

        [TestMethod]
        public void TwoMetersNeverShareAKey()
        {
            const int Meters = 12;
            byte[][] seen = new byte[Meters * 2][];
            for (int m = 0; m < Meters; m++)
            {
                CryptoRig meter = CryptoRig.Create(100 + m);
                seen[2 * m] = CryptoRig.PublicKeyOf(meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.Sign));
                seen[(2 * m) + 1] = CryptoRig.PublicKeyOf(meter.Keys.Generate(2, KeyType.EcP256, KeyUsage.KeyAgreement));
            }

            for (int a = 0; a < seen.Length; a++)
            {
                for (int b = a + 1; b < seen.Length; b++)
                {
                    Assert.AreNotEqual(Hex.Format(seen[a]), Hex.Format(seen[b]), "keys " + a + " and " + b);
                }
            }
        }

        [TestMethod]
        public void RecordCopiedToAnotherChipDoesNotOpen()
        {
            CryptoRig a = CryptoRig.Create(3);
            a.Keys.Generate(1, KeyType.EcP256, KeyUsage.Sign);
            CryptoRig b = CryptoRig.Create(4);
            b.PutRecord(1, a.Record(1));

            bool damaged;
            Assert.IsNull(b.Keys.Open(1, out damaged));
            Assert.IsTrue(damaged);
        }

        [TestMethod]
        public void EditedOrMovedRecordsAreDamaged()
        {
            CryptoRig meter = CryptoRig.Create(5);
            meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.Sign);
            byte[] original = (byte[])meter.Record(1).Clone();
            bool damaged;

            // Usage in the clear header turned into key agreement: the wrapped copy disagrees.
            byte[] edited = (byte[])original.Clone();
            edited[2] = (byte)KeyUsage.KeyAgreement;
            meter.PutRecord(1, edited);
            Assert.IsNull(meter.Keys.Open(1, out damaged));
            Assert.IsTrue(damaged);

            // One bit of the wrapped body.
            for (int i = 4; i < original.Length; i += 9)
            {
                byte[] flipped = (byte[])original.Clone();
                flipped[i] ^= 0x10;
                meter.PutRecord(1, flipped);
                Assert.IsNull(meter.Keys.Open(1, out damaged), "bit flip at " + i);
                Assert.IsTrue(damaged);
            }

            // The intact record moved to slot 2 is bound to slot 1.
            meter.PutRecord(1, original);
            meter.PutRecord(2, original);
            Assert.IsNull(meter.Keys.Open(2, out damaged));
            Assert.IsTrue(damaged);
            Assert.IsNotNull(meter.Keys.Open(1, out damaged));
            Assert.IsFalse(damaged);

            // Truncated and empty records.
            meter.PutRecord(1, new byte[0]);
            Assert.IsNull(meter.Keys.Open(1, out damaged));
            Assert.IsTrue(damaged);
        }

        [TestMethod]
        public void OccupiedSlotIsNeverSilentlyReplaced()
        {
            CryptoRig meter = CryptoRig.Create(6);
            KeyHandle first = meter.Keys.Generate(3, KeyType.EcP256, KeyUsage.Sign);
            string firstPublic = Hex.Format(CryptoRig.PublicKeyOf(first));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Keys.Generate(3, KeyType.EcP256, KeyUsage.Sign));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Keys.Import(3, KeyType.Aes128, KeyUsage.Encryption, new byte[16], 0, 16));

            meter.Keys.Destroy(first);
            Assert.IsFalse(meter.Keys.IsOccupied(3));
            KeyHandle second = meter.Keys.Generate(3, KeyType.EcP256, KeyUsage.Sign);
            bool damaged;
            KeyHandle reopened = meter.Keys.Open(3, out damaged);
            Assert.AreEqual(Hex.Format(CryptoRig.PublicKeyOf(second)), Hex.Format(CryptoRig.PublicKeyOf(reopened)));
            Assert.AreNotEqual(firstPublic, Hex.Format(CryptoRig.PublicKeyOf(reopened)));
        }

        [TestMethod]
        public void DestroyedKeyIsGoneFromRamAndFlash()
        {
            SpyProvider spy = new SpyProvider();
            CryptoRig meter = CryptoRig.With(spy, 7);
            KeyHandle key = meter.Keys.Generate(4, KeyType.EcP256, KeyUsage.Sign);
            byte[] hash = new byte[32];
            byte[] signature = new byte[64];
            meter.Operations.SignHash(key, hash, 0, 32, signature, 0);
            byte[] secretInRam = spy.LastPrivateKey;
            Assert.IsFalse(IsZero(secretInRam), "the spy saw the key");

            meter.Keys.Destroy(key);

            Assert.IsTrue(key.IsDestroyed);
            Assert.IsTrue(IsZero(secretInRam), "private key zeroised in RAM");
            Assert.ThrowsException(typeof(ObjectDisposedException), () => meter.Operations.SignHash(key, hash, 0, 32, signature, 0));
            bool damaged;
            Assert.IsNull(meter.Keys.Open(4, out damaged));
            Assert.IsFalse(damaged);
        }

        [TestMethod]
        public void PolicyRejectsMixedOrMismatchedUsage()
        {
            CryptoRig meter = CryptoRig.Create(8);
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.Sign | KeyUsage.KeyAgreement));
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.Encryption));
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Keys.Generate(1, KeyType.Aes128, KeyUsage.Sign));
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Keys.Generate(1, KeyType.Aes128, KeyUsage.None));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => meter.Keys.Generate(KeyStore.MaxSlot + 1, KeyType.Aes128, KeyUsage.Encryption));
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Keys.Import(1, KeyType.Aes128, KeyUsage.Encryption, new byte[15], 0, 15));
            Assert.IsFalse(meter.Keys.IsOccupied(1));
        }

        [TestMethod]
        public void ImportedPrivateKeyOutOfRangeIsRefused()
        {
            CryptoRig meter = CryptoRig.Create(9);
            byte[] zero = new byte[32];
            byte[] order = Hex.Parse("ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551");
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Keys.Import(1, KeyType.EcP256, KeyUsage.Sign, zero, 0, 32));
            Assert.ThrowsException(typeof(ArgumentException), () => meter.Keys.Import(1, KeyType.EcP256, KeyUsage.Sign, order, 0, 32));
            Assert.IsFalse(meter.Keys.IsOccupied(1));
        }

        [TestMethod]
        public void UntestedCryptoRefusesKeys()
        {
            CryptoRig meter = CryptoRig.Untested(10);
            Assert.ThrowsException(typeof(CryptoErrorStateException), () => meter.Keys.Generate(1, KeyType.EcP256, KeyUsage.Sign));
            Assert.ThrowsException(typeof(CryptoErrorStateException), () => meter.Keys.IsOccupied(1));
        }

        [TestMethod]
        public void AKeyGeneratedForShipmentIsCopiedOnceAndKeptLikeAnyOther()
        {
            CryptoRig meter = CryptoRig.Create(11);
            byte[] copy = new byte[20];
            KeyHandle key = meter.Keys.GenerateForShipment(8, KeyType.Aes128, KeyUsage.Encryption, copy, 2);
            Assert.AreEqual(8, (int)key.Slot);
            Assert.IsFalse(IsZero(Slice(copy, 2, 16)));
            Assert.AreEqual(0, (int)copy[0] + copy[1] + copy[18] + copy[19], "nothing outside the 16 bytes");

            // The copy is the key: a peer importing it opens what the meter seals, also after a restart.
            CryptoRig peer = CryptoRig.Create(12);
            KeyHandle imported = peer.Keys.Import(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption, copy, 2, 16);
            bool damaged;
            KeyHandle reopened = CryptoRig.Restart(11, meter.Storage).Keys.Open(8, out damaged);
            Assert.IsFalse(damaged);
            byte[] nonce = new byte[12];
            byte[] plain = Hex.Parse("00112233445566778899");
            byte[] sealedData = new byte[plain.Length];
            byte[] tag = new byte[16];
            CryptoRig.Restart(11, meter.Storage).Operations.Encrypt(reopened, nonce, 0, plain, 0, plain.Length, sealedData, 0, null, 0, 0, tag, 0, 16);
            byte[] opened = new byte[plain.Length];
            Assert.IsTrue(peer.Operations.Decrypt(imported, nonce, 0, sealedData, 0, sealedData.Length, opened, 0, null, 0, 0, tag, 0, 16));
            CollectionAssert.AreEqual(plain, opened);
        }

        [TestMethod]
        public void ShipmentExportIsOnlyForNewSymmetricKeysInPersistentSlots()
        {
            CryptoRig meter = CryptoRig.Create(13);
            byte[] copy = new byte[32];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => meter.Keys.GenerateForShipment(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption, copy, 0));
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Keys.GenerateForShipment(3, KeyType.EcP256, KeyUsage.KeyAgreement, copy, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => meter.Keys.GenerateForShipment(3, KeyType.Aes256, KeyUsage.Encryption, new byte[31], 0));
            Assert.IsFalse(meter.Keys.IsOccupied(3));

            // An existing key cannot be exported by generating over it.
            meter.Keys.Generate(4, KeyType.Aes128, KeyUsage.Authentication);
            Assert.ThrowsException(typeof(InvalidOperationException), () => meter.Keys.GenerateForShipment(4, KeyType.Aes128, KeyUsage.Authentication, copy, 0));
            Assert.IsTrue(IsZero(copy), "nothing copied");
        }

        private static byte[] Slice(byte[] bytes, int offset, int count)
        {
            byte[] slice = new byte[count];
            Array.Copy(bytes, offset, slice, 0, count);
            return slice;
        }

        private static bool IsZero(byte[] bytes)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
