using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Access rights, object lists and their Association LN encodings (Blue Book 4.4.4, version 1).</summary>
    [TestClass]
    public class ServerAccessRightsTests
    {
        [TestMethod]
        public void RightsEncodeAsAccessRightsOfVersionOne()
        {
            AccessRights rights = new AccessRights(2, 1)
                .SetAttribute(1, AttributeAccess.Read)
                .SetAttribute(2, AttributeAccess.ReadWrite, new byte[] { 1, 2 })
                .SetMethod(1, MethodAccess.AuthenticatedAccess);

            // { attribute_access { {1, read_only, null}, {2, read_and_write, {1, 2}} }, method_access { {1, authenticated_access} } }
            Assert.AreEqual("0202" + "0102" + "02030f01160100" + "02030f021603" + "01020f010f02" + "0101" + "02020f011602", Hex.Format(Encode(rights.Encode())));
        }

        [TestMethod]
        public void ObjectListElementsCarryClassVersionNameAndRights()
        {
            ServerFakeObject data = new ServerFakeObject(1, new byte[] { 0, 0, 96, 1, 0, 255 }, 2, 0);
            ObjectList list = new ObjectList().Add(data, AccessRights.ReadOnly(data));
            Assert.AreEqual("0101" + "0204" + "120001" + "1100" + "09060000600100ff" + "0202" + "0102" + "02030f01160100" + "02030f02160100" + "0100", Hex.Format(Encode(list.Encode())));
        }

        [TestMethod]
        public void AuthenticatedModesNeedAProtectedRequest()
        {
            AccessRights rights = new AccessRights(6, 2)
                .SetAttribute(1, AttributeAccess.Read)
                .SetAttribute(2, AttributeAccess.Write)
                .SetAttribute(3, AttributeAccess.ReadWrite)
                .SetAttribute(4, AttributeAccess.AuthenticatedRead)
                .SetAttribute(5, AttributeAccess.AuthenticatedWrite)
                .SetAttribute(6, AttributeAccess.AuthenticatedReadWrite)
                .SetMethod(1, MethodAccess.Access)
                .SetMethod(2, MethodAccess.AuthenticatedAccess);
            bool[] readPlain = { true, false, true, false, false, false };
            bool[] writePlain = { false, true, true, false, false, false };
            bool[] readCiphered = { true, false, true, true, false, true };
            bool[] writeCiphered = { false, true, true, false, true, true };
            for (int i = 0; i < 6; i++)
            {
                Assert.AreEqual(readPlain[i], rights.CanRead(i + 1, false), "read " + (i + 1));
                Assert.AreEqual(writePlain[i], rights.CanWrite(i + 1, false), "write " + (i + 1));
                Assert.AreEqual(readCiphered[i], rights.CanRead(i + 1, true), "read ciphered " + (i + 1));
                Assert.AreEqual(writeCiphered[i], rights.CanWrite(i + 1, true), "write ciphered " + (i + 1));
            }

            Assert.IsTrue(rights.CanInvoke(1, false));
            Assert.IsFalse(rights.CanInvoke(2, false));
            Assert.IsTrue(rights.CanInvoke(2, true));
            Assert.IsFalse(rights.CanRead(7, true));
            Assert.IsFalse(rights.CanInvoke(3, true));
            Assert.IsFalse(rights.AllowsSelector(1, 1));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => rights.SetAttribute(7, AttributeAccess.Read));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => rights.SetMethod(0, MethodAccess.Access));
        }

        [TestMethod]
        public void FindTellsUndefinedFromClassInconsistent()
        {
            ServerFakeObject data = new ServerFakeObject(1, new byte[] { 0, 0, 96, 1, 0, 255 }, 2, 0);
            ServerFakeObject register = new ServerFakeObject(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 3, 1);
            ObjectList list = new ObjectList().Add(data, AccessRights.ReadOnly(data)).Add(register, AccessRights.ReadOnly(register));
            DataAccessResult failure;

            Assert.AreEqual(1, list.Find(new CosemAttributeDescriptor(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 2), out failure));
            Assert.AreEqual((int)DataAccessResult.Success, (int)failure);
            Assert.AreEqual(-1, list.Find(new CosemAttributeDescriptor(4, new byte[] { 1, 0, 1, 8, 0, 255 }, 2), out failure));
            Assert.AreEqual((int)DataAccessResult.ObjectClassInconsistent, (int)failure);
            Assert.AreEqual(-1, list.Find(new CosemMethodDescriptor(3, new byte[] { 1, 0, 2, 8, 0, 255 }, 1), out failure));
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)failure);

            Assert.ThrowsException(typeof(System.ArgumentException), () => list.Add(new ServerFakeObject(1, new byte[] { 0, 0, 96, 1, 0, 255 }, 2, 0), AccessRights.ReadOnly(data)));
            Assert.ThrowsException(typeof(System.ArgumentException), () => list.Add(new ServerFakeObject(1, new byte[] { 0, 0, 96, 2, 0, 255 }, 2, 0), AccessRights.ReadOnly(register)));
            Assert.AreEqual(3, list.With(new ServerFakeObject(1, new byte[] { 0, 0, 96, 2, 0, 255 }, 2, 0), new AccessRights(2, 0)).Count);
            Assert.AreEqual(2, list.Count);
        }

        [TestMethod]
        public void PoliciesKeepTheSecretUnreadable()
        {
            ServerRig rig = new ServerRig(260);
            AssociationPolicy open = AssociationPolicy.PublicClient(new ObjectList());
            Assert.AreEqual((int)AttributeAccess.NoAccess, (int)open.CurrentAssociationRights.AttributeAccessOf(AssociationLn.SecretAttribute));
            Assert.AreEqual((int)AttributeAccess.Read, (int)open.CurrentAssociationRights.AttributeAccessOf(AssociationLn.ObjectListAttribute));
            Assert.AreEqual((int)MethodAccess.NoAccess, (int)open.CurrentAssociationRights.MethodAccessOf(AssociationLn.ReplyToHlsAuthentication));
            AssociationPolicy management = AssociationPolicy.ManagementClient(new ObjectList(), rig.Ciphering);
            Assert.IsTrue(management.RequiresCiphering);
            Assert.AreEqual((int)MethodAccess.AuthenticatedAccess, (int)management.CurrentAssociationRights.MethodAccessOf(AssociationLn.ReplyToHlsAuthentication));
            Assert.ThrowsException(typeof(System.ArgumentException), () => management.CurrentAssociationRights = new AccessRights(8, 4));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new AssociationPolicy(2, Meter.Dlms.Acse.ApplicationContextName.LogicalNameCiphered, Meter.Dlms.Acse.MechanismName.None, Conformance.Get, new ObjectList(), null));
        }

        [TestMethod]
        public void ServerCounterOnlyMovesForward()
        {
            RamInvocationCounterSource counter = new RamInvocationCounterSource(uint.MaxValue - 1);
            Assert.AreEqual(uint.MaxValue - 1, counter.Next());
            Assert.AreEqual(uint.MaxValue, counter.Next());
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => counter.Next());
        }

        private static byte[] Encode(DlmsData value)
        {
            byte[] bytes = new byte[AxdrEncoder.Size(value)];
            AxdrEncoder.Encode(value, bytes, 0, bytes.Length);
            return bytes;
        }
    }
}
