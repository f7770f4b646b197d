using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The security policy of the management association: forged, replayed, under-protected and plaintext APDUs.</summary>
    [TestClass]
    public class ServerCipheringTests
    {
        [TestMethod]
        public void ForgedTagIsADecipheringError()
        {
            ServerRig rig = new ServerRig(240);
            ServerClient client = rig.ManagementClient(340);
            client.AssociateManagement(1024);
            byte[] forged = client.Protect(ServerClient.Get(3, ServerRig.EnergyLn, 2), client.Counter++, SecurityControl.AuthenticatedAndEncrypted);
            forged[forged.Length - 3] ^= 0x20;

            DlmsBytes.AreEqual("D80105", client.Exchange(forged));
            Assert.AreEqual(1, rig.Events.CountOf(EventCode.DecryptionOrAuthenticationFailure));
            Assert.AreEqual(1, rig.Server.Statistics.SecurityFailures);

            // The forgery did not advance the counter guard: the next genuine request is served.
            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
        }

        [TestMethod]
        public void ReplayedOrOlderCounterIsAnInvocationCounterError()
        {
            ServerRig rig = new ServerRig(241);
            ServerClient client = rig.ManagementClient(341);
            client.AssociateManagement(1024);
            client.Counter = 100;
            byte[] genuine = client.Protect(ServerClient.Get(3, ServerRig.EnergyLn, 2), client.Counter++, SecurityControl.AuthenticatedAndEncrypted);
            Assert.AreEqual((byte)CipheredTag.GloGetResponse, client.Exchange(genuine)[0]);

            // invocation-counter-error with the lowest counter now acceptable (101).
            DlmsBytes.AreEqual("D8010600000065", client.Exchange(genuine));
            byte[] older = client.Protect(ServerClient.Get(3, ServerRig.EnergyLn, 2), 50, SecurityControl.AuthenticatedAndEncrypted);
            DlmsBytes.AreEqual("D8010600000065", client.Exchange(older));
            Assert.AreEqual(2, rig.Events.CountOf(EventCode.ReplayAttack));
            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
        }

        [TestMethod]
        public void PlaintextOnTheCipheredAssociationIsRefused()
        {
            ServerRig rig = new ServerRig(242);
            ServerClient client = rig.ManagementClient(342);
            client.AssociateManagement(1024);
            rig.Energy.LastWasCiphered = false;

            DlmsBytes.AreEqual("D80101", client.Exchange(ServerClient.Get(3, ServerRig.EnergyLn, 2)));
            DlmsBytes.AreEqual("D80101", client.Exchange(ServerClient.Get(1, ServerRig.DeviceNameLn, 2)));

            // Authentication only (SC 10) verifies but is below the policy; encryption only (SC 20) is not opened.
            DlmsBytes.AreEqual("D80101", client.Exchange(client.Protect(ServerClient.Get(3, ServerRig.EnergyLn, 2), client.Counter++, SecurityControl.Authentication)));
            DlmsBytes.AreEqual("D80105", client.Exchange(client.Protect(ServerClient.Get(3, ServerRig.EnergyLn, 2), client.Counter++, SecurityControl.Encryption)));
            Assert.IsFalse(rig.Energy.LastWasCiphered, "no request reached the object");
            Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
        }

        [TestMethod]
        public void CipheredApdusOnThePublicAssociationAreRefused()
        {
            ServerRig rig = new ServerRig(243);
            ServerClient client = rig.PublicClient();
            client.Exchange(ServerClient.PublicAarq(Conformance.Get, 1024));

            // The Green Book glo-get-request (SC 30).
            DlmsBytes.AreEqual("D80101", client.Exchange(SecurityVectors.GloGetRequest30));
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
        }

        [TestMethod]
        public void GeneralGloCipheringIsAnsweredInKind()
        {
            ServerRig rig = new ServerRig(244);
            ServerClient client = rig.ManagementClient(344);
            client.AssociateManagement(1024);
            ApduCipher cipher = client.Keys.Cipher();
            byte[] request = ServerClient.Get(3, ServerRig.EnergyLn, 2);
            byte[] general = new byte[request.Length + 40];
            int written;
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.ProtectGeneralGlo(client.Context, SecurityControl.AuthenticatedAndEncrypted, client.Counter++, request, 0, request.Length, general, 0, general.Length, out written));

            byte[] answer = client.Exchange(DlmsBytes.Take(general, written));
            Assert.AreEqual((byte)CipheredTag.GeneralGloCiphering, answer[0]);
            Assert.AreEqual(SecurityVectors.ServerTitle, Hex.Format(DlmsBytes.Take(Slice(answer, 2), 8)));
            Assert.AreEqual(123456L, ((GetResponseNormal)client.Decode(client.Open(answer))).Result.Data.AsInt64());

            // Another sender's title inside general-glo-ciphering is refused.
            Meter.Dlms.Security.SecurityContext stranger = client.Keys.Context("4d4d4d0000000099", SecurityVectors.ServerTitle, new RamInvocationCounterGuard());
            Assert.AreEqual((int)CipherResult.Ok, (int)cipher.ProtectGeneralGlo(stranger, SecurityControl.AuthenticatedAndEncrypted, client.Counter++, request, 0, request.Length, general, 0, general.Length, out written));
            DlmsBytes.AreEqual("D80105", client.Exchange(DlmsBytes.Take(general, written)));
        }

        [TestMethod]
        public void ResponsesUseFreshServerCounters()
        {
            ServerRig rig = new ServerRig(245);
            ServerClient client = rig.ManagementClient(345);
            client.AssociateManagement(1024);

            // The client's guard on the server's counter would refuse a repeated one (Open asserts Ok).
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(123456L, client.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
            }

            Assert.IsTrue(rig.ServerCounter.Next() > ServerRig.FirstServerCounter + 6);
        }

        private static byte[] Slice(byte[] bytes, int offset)
        {
            byte[] result = new byte[bytes.Length - offset];
            System.Array.Copy(bytes, offset, result, 0, result.Length);
            return result;
        }
    }
}
