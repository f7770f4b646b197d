using System.Collections;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Crypto.Keys;
using Meter.Security;
using Meter.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Security setup (class 64): attributes, security_activate that only strengthens and survives restarts, global_key_transfer.</summary>
    [TestClass]
    public class CosemSecuritySetupTests
    {
        private static readonly byte[] NewEk = Hex.Parse("a0a1a2a3a4a5a6a7a8a9aaabacadaeaf");
        private static readonly byte[] NewAk = Hex.Parse("b0b1b2b3b4b5b6b7b8b9babbbcbdbebf");
        private static readonly byte[] NewKek = Hex.Parse("c0c1c2c3c4c5c6c7c8c9cacbcccdcecf");

        [TestMethod]
        public void AttributesAreReadOnlyAndTheClientTitleIsTheCallers()
        {
            CosemKeyRig rig = new CosemKeyRig(60, true);
            SecuritySetup setup = rig.Setup;
            Assert.AreEqual((ushort)64, setup.ClassId);
            Assert.AreEqual(5, setup.AttributeCount);
            Assert.AreEqual(2, setup.MethodCount);
            Assert.AreEqual("090600002b0000ff", CosemTest.Encoded(CosemTest.Get(setup, 1)));
            Assert.AreEqual("1600", CosemTest.Encoded(CosemTest.Get(setup, 2)));
            Assert.AreEqual("1600", CosemTest.Encoded(CosemTest.Get(setup, 3)));
            Assert.AreEqual("0900", CosemTest.Encoded(CosemTest.Get(setup, 4)));
            Assert.AreEqual("0908" + "4d4d4d0000bc614e", CosemTest.Encoded(CosemTest.Get(setup, 5)));

            CosemRequestContext client = new CosemRequestContext();
            client.ClientSystemTitle = Hex.Parse("4142434445464748");
            DlmsData title;
            Assert.AreEqual((int)DataAccessResult.Success, (int)setup.Get(client, 4, null, out title));
            Assert.AreEqual("09084142434445464748", CosemTest.Encoded(title));
            for (int attribute = 2; attribute <= 5; attribute++)
            {
                Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(setup, attribute, DlmsData.Enum(3)));
            }
        }

        [TestMethod]
        public void SecurityActivateOnlyStrengthens()
        {
            CosemKeyRig rig = new CosemKeyRig(61, true);
            SecuritySetup setup = rig.Setup;
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(setup, 1, DlmsData.Enum(SecurityPolicy.Authenticated)));
            Assert.AreEqual((int)SecurityPolicy.Authenticated, (int)setup.Policy);
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)CosemTest.Invoke(setup, 1, DlmsData.Enum(SecurityPolicy.Encrypted)), "1 -> 2 drops authentication");
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)CosemTest.Invoke(setup, 1, DlmsData.Enum(SecurityPolicy.None)));
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(setup, 1, DlmsData.Enum(SecurityPolicy.Authenticated)), "the same policy again");
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(setup, 1, DlmsData.Enum(SecurityPolicy.AuthenticatedAndEncrypted)));
            Assert.AreEqual("1603", CosemTest.Encoded(CosemTest.Get(setup, 2)));
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)CosemTest.Invoke(setup, 1, DlmsData.Enum(SecurityPolicy.Authenticated)));
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(setup, 1, DlmsData.Enum(4)));
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(setup, 1, DlmsData.Unsigned(3)));
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(setup, 1, null));
            Assert.AreEqual(2, rig.Events.Codes.Count, "one entry per change");
            Assert.AreEqual((int)EventCode.ParametersChanged, (int)rig.Events.Codes[1]);
            Assert.AreEqual("security policy 1 -> 3", (string)rig.Events.Details[1]);
        }

        [TestMethod]
        public void ARestartNeverWeakensThePolicy()
        {
            CosemKeyRig rig = new CosemKeyRig(62, true);
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(rig.Setup, 1, DlmsData.Enum(SecurityPolicy.Authenticated)));

            RecordStore restarted = new RecordStore(rig.Flash);
            restarted.Mount();
            Assert.AreEqual((int)SecurityPolicy.Authenticated, (int)new PersistentSecurityPolicy(restarted, SecurityPolicy.None).Value);
            Assert.AreEqual((int)SecurityPolicy.AuthenticatedAndEncrypted, (int)new PersistentSecurityPolicy(restarted, SecurityPolicy.Encrypted).Value, "never below the configured minimum");
        }

        [TestMethod]
        public void AnUnreadablePolicyRecordCountsAsTheStrongest()
        {
            CosemKeyRig rig = new CosemKeyRig(63, true);
            rig.Store.Write(RecordKeys.DlmsSecurityPolicy, new byte[] { 9 }, 0, 1);
            Assert.AreEqual((int)SecurityPolicy.AuthenticatedAndEncrypted, (int)new PersistentSecurityPolicy(rig.Store, SecurityPolicy.None).Value);
            rig.Store.Write(RecordKeys.DlmsSecurityPolicy, new byte[] { 1, 1 }, 0, 2);
            Assert.AreEqual((int)SecurityPolicy.AuthenticatedAndEncrypted, (int)new PersistentSecurityPolicy(rig.Store, SecurityPolicy.None).Value);
        }

        [TestMethod]
        public void TheDlmsSettingsHaveTheirOwnRange()
        {
            Assert.IsTrue(RecordKeys.DlmsSettingsFirst > RecordKeys.KeyMaterialLast);
            Assert.IsTrue(RecordKeys.DlmsSettingsLast < RecordKeys.EventLogsFirst);
            Assert.IsTrue(RecordKeys.DlmsSecurityPolicy >= RecordKeys.DlmsSettingsFirst && RecordKeys.DlmsSecurityPolicy <= RecordKeys.DlmsSettingsLast);
            Assert.IsTrue(RecordKeys.DlmsPushSetupFirst > RecordKeys.DlmsSecurityPolicy && RecordKeys.DlmsPushSetupFirst <= RecordKeys.DlmsPushSetupLast);
            Assert.IsTrue(RecordKeys.DlmsPushSetupLast <= RecordKeys.DlmsSettingsLast);
        }

        [TestMethod]
        public void GlobalKeyTransferReplacesTheKeysRecordsAndTellsListeners()
        {
            CosemKeyRig rig = new CosemKeyRig(64, true);
            ArrayList told = new ArrayList();
            rig.Setup.KeyChanged += (keyId, key) => told.Add(keyId + "@" + key.Slot);
            DlmsData transfer = DlmsData.Array(Entry(0, CosemKeyRig.Wrap(CosemKeyRig.Kek, NewEk)), Entry(2, CosemKeyRig.Wrap(CosemKeyRig.Kek, NewAk)));

            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(rig.Setup, 2, transfer));
            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, NewEk);
            Assert.AreEqual(2, told.Count);
            Assert.AreEqual("0@" + DlmsKeySlots.GlobalUnicast, (string)told[0]);
            Assert.AreEqual("2@" + DlmsKeySlots.Authentication, (string)told[1]);
            bool damaged;
            KeyHandle ak = rig.Crypto.Keys.Open(DlmsKeySlots.Authentication, out damaged);
            Assert.AreEqual((int)KeyUsage.Authentication, (int)ak.Usage, "each slot keeps its one purpose");
            Assert.AreEqual(1, rig.Events.Codes.Count);
            Assert.AreEqual((int)EventCode.GlobalKeyChanged, (int)rig.Events.Codes[0]);
            Assert.AreEqual("key_id 0 2", (string)rig.Events.Details[0]);

            // The new keys survive a restart of the key store.
            CryptoRigRestartCheck(rig, NewEk);
        }

        [TestMethod]
        public void AFailingListenerNeitherUndoesTheTransferNorSilencesTheOthers()
        {
            CosemKeyRig rig = new CosemKeyRig(71, true);
            int told = 0;
            rig.Setup.KeyChanged += (keyId, key) => { throw new System.InvalidOperationException("listener bug"); };
            rig.Setup.KeyChanged += (keyId, key) => told++;
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(rig.Setup, 2, DlmsData.Array(Entry(0, CosemKeyRig.Wrap(CosemKeyRig.Kek, NewEk)))));
            Assert.AreEqual(1, told);
            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, NewEk);
            Assert.AreEqual((int)EventCode.TaskFaulted, (int)rig.Events.Codes[1]);
        }

        [TestMethod]
        public void OneForgedEntryReplacesNothing()
        {
            CosemKeyRig rig = new CosemKeyRig(65, true);
            int told = 0;
            rig.Setup.KeyChanged += (keyId, key) => told++;
            byte[] forged = CosemKeyRig.Wrap(CosemKeyRig.Kek, NewAk);
            forged[20] ^= 0x01;
            DlmsData transfer = DlmsData.Array(Entry(0, CosemKeyRig.Wrap(CosemKeyRig.Kek, NewEk)), Entry(2, forged));

            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(rig.Setup, 2, transfer));
            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, CosemKeyRig.Ek);
            Assert.AreEqual(0, told);
            Assert.AreEqual(1, rig.Events.Codes.Count);
            Assert.AreEqual((int)EventCode.DecryptionOrAuthenticationFailure, (int)rig.Events.Codes[0]);
        }

        [TestMethod]
        public void AKeyWrappedUnderAnotherMasterKeyIsRefused()
        {
            CosemKeyRig rig = new CosemKeyRig(66, true);
            DlmsData transfer = DlmsData.Array(Entry(0, CosemKeyRig.Wrap(NewKek, NewEk)));
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(rig.Setup, 2, transfer));
            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, CosemKeyRig.Ek);
        }

        [TestMethod]
        public void MalformedTransfersAreTypeUnmatched()
        {
            CosemKeyRig rig = new CosemKeyRig(67, true);
            byte[] wrapped = CosemKeyRig.Wrap(CosemKeyRig.Kek, NewEk);
            DlmsData[] bad = new DlmsData[]
            {
                DlmsData.Array(),
                Entry(0, wrapped),
                DlmsData.Array(Entry(0, wrapped), Entry(0, wrapped)),
                DlmsData.Array(Entry(4, wrapped)),
                DlmsData.Array(Entry(0, new byte[16])),
                DlmsData.Array(Entry(0, wrapped), Entry(1, wrapped), Entry(2, wrapped), Entry(3, wrapped), Entry(0, wrapped)),
                DlmsData.Array(DlmsData.Structure(DlmsData.Unsigned(0), DlmsData.OctetString(wrapped))),
                DlmsData.Array(DlmsData.Structure(DlmsData.Enum(0))),
                null,
            };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(rig.Setup, 2, bad[i]), "case " + i);
            }

            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, CosemKeyRig.Ek);
            Assert.AreEqual(0, rig.Events.Codes.Count);
        }

        [TestMethod]
        public void TheMasterKeyIsReplacedLastAndWrapsTheNextTransfer()
        {
            CosemKeyRig rig = new CosemKeyRig(68, true);

            // key_id 3 listed first: every entry is still unwrapped under the old master key.
            DlmsData transfer = DlmsData.Array(Entry(3, CosemKeyRig.Wrap(CosemKeyRig.Kek, NewKek)), Entry(0, CosemKeyRig.Wrap(CosemKeyRig.Kek, NewEk)));
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(rig.Setup, 2, transfer));
            rig.AssertMasterKey(NewKek);
            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, NewEk);

            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(rig.Setup, 2, DlmsData.Array(Entry(0, CosemKeyRig.Wrap(CosemKeyRig.Kek, CosemKeyRig.Ek)))), "the old master key is gone");
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(rig.Setup, 2, DlmsData.Array(Entry(0, CosemKeyRig.Wrap(NewKek, CosemKeyRig.Ek)))));
            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, CosemKeyRig.Ek);
        }

        [TestMethod]
        public void WithoutAMasterKeyNothingIsTransferred()
        {
            CosemKeyRig rig = new CosemKeyRig(69, false);
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(rig.Setup, 2, DlmsData.Array(Entry(0, CosemKeyRig.Wrap(CosemKeyRig.Kek, NewEk)))));
            rig.AssertEncryptionKey(DlmsKeySlots.GlobalUnicast, CosemKeyRig.Ek);
        }

        private static void CryptoRigRestartCheck(CosemKeyRig rig, byte[] expectedEk)
        {
            Meter.Tests.Crypto.CryptoRig restarted = Meter.Tests.Crypto.CryptoRig.Restart(64, rig.Crypto.Storage);
            bool damaged;
            KeyHandle ek = restarted.Keys.Open(DlmsKeySlots.GlobalUnicast, out damaged);
            Assert.IsNotNull(ek);
            Assert.IsFalse(damaged);
            byte[] nonce = new byte[12];
            byte[] block = new byte[16];
            byte[] mine = new byte[16];
            byte[] tag = new byte[12];
            restarted.Operations.Encrypt(ek, nonce, 0, block, 0, 16, mine, 0, null, 0, 0, tag, 0, 12);
            byte[] theirs = new byte[16];
            byte[] theirTag = new byte[12];
            new Meter.Hal.Crypto.Managed.ManagedCryptoProvider().CreateAesGcm(expectedEk, 0, 16).Encrypt(nonce, 0, block, 0, 16, theirs, 0, null, 0, 0, theirTag, 0, 12);
            Assert.AreEqual(Hex.Format(theirs), Hex.Format(mine));
        }

        private static DlmsData Entry(byte keyId, byte[] wrapped)
        {
            return DlmsData.Structure(DlmsData.Enum(keyId), DlmsData.OctetString(wrapped));
        }
    }
}
