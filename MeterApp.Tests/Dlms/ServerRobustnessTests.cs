using System;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Refusals before an association, oversize, truncated, garbage and mutated APDUs: always an answer, never an exception, service continues.</summary>
    [TestClass]
    public class ServerRobustnessTests
    {
        private const string PublicAarq = "601DA109060760857405080101BE10040E01000000065F1F0400007E1F04B0";

        [TestMethod]
        public void XdlmsBeforeAnAssociationIsRefused()
        {
            ServerRig rig = new ServerRig(250);
            ServerClient client = rig.PublicClient();
            DlmsBytes.AreEqual("D80101", client.Exchange(ServerClient.Get(1, ServerRig.SerialLn, 2)));
            DlmsBytes.AreEqual("D80101", client.Exchange(SecurityVectors.GloGetRequest30));
            DlmsBytes.AreEqual("D80202", client.Exchange("4201020304"));
            DlmsBytes.AreEqual("D80103", client.Exchange(new byte[0]));
            client.Exchange(PublicAarq);
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
        }

        [TestMethod]
        public void OversizeApduIsPduTooLong()
        {
            ServerRig rig = new ServerRig(251);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);
            byte[] huge = new byte[client.Session.MaxApduSize + 1];
            huge[0] = 0xC0;
            DlmsBytes.AreEqual("D80104", client.Exchange(huge));

            ServerClient management = rig.ManagementClient(351);
            management.AssociateManagement(1024);
            byte[] body = new byte[900];
            body[0] = 0xC1;
            byte[] ciphered = management.Protect(body, management.Counter++, SecurityControl.AuthenticatedAndEncrypted);
            Assert.IsTrue(ciphered.Length <= 1024);
            Assert.AreEqual((byte)0xD8, management.Exchange(ciphered)[0]);
            Assert.AreEqual(123456L, management.GetCiphered(3, ServerRig.EnergyLn, 2).Data.AsInt64());
        }

        [TestMethod]
        public void EveryTruncationIsAnsweredAndServiceContinues()
        {
            ServerRig rig = new ServerRig(252);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);
            CosemAttributeDescriptor[] items = { new CosemAttributeDescriptor(1, ServerRig.SerialLn, 2), new CosemAttributeDescriptor(1, ServerRig.DeviceNameLn, 2) };
            GetRequestWithList list = new GetRequestWithList(ServerClient.Invoke, items, null);
            byte[] whole = new byte[list.Size];
            list.Encode(whole, 0, whole.Length);
            for (int length = 1; length < whole.Length; length++)
            {
                byte[] answer = client.Exchange(DlmsBytes.Take(whole, length));
                Assert.IsTrue(answer.Length > 0, "prefix " + length);
                Assert.AreEqual((byte)0xD8, answer[0], "prefix " + length);
            }

            Assert.AreEqual(2, ((GetResponseWithList)client.Decode(client.Exchange(whole))).Count);

            ServerClient management = rig.ManagementClient(352);
            management.AssociateManagement(1024);
            byte[] ciphered = management.Protect(ServerClient.Get(3, ServerRig.EnergyLn, 2), management.Counter++, SecurityControl.AuthenticatedAndEncrypted);
            for (int length = 1; length < ciphered.Length; length++)
            {
                Assert.AreEqual((byte)0xD8, management.Exchange(DlmsBytes.Take(ciphered, length))[0], "ciphered prefix " + length);
            }

            Assert.AreEqual((byte)CipheredTag.GloGetResponse, management.Exchange(ciphered)[0]);
            Assert.AreEqual(0, rig.Server.Statistics.Faults);
        }

        [TestMethod]
        public void MutatedRequestsNeverBreakTheSession()
        {
            ServerRig rig = new ServerRig(253);
            ServerClient client = rig.PublicClient();
            byte[][] seeds =
            {
                Hex.Parse(PublicAarq),
                ServerClient.Get(1, ServerRig.SerialLn, 2),
                ServerClient.Get(15, ServerRig.AssociationLnName, 2),
                ServerBlockTransferTests.Next(1),
                Hex.Parse("C003C1020001000060010000FF02000001000100002A0000FF0200"),
                Hex.Parse("C101C1000100002A0000FF020009020102"),
                Hex.Parse("C301C10003010001080000FF010100"),
                Hex.Parse("6203800100"),
            };
            Random random = new Random(253);
            for (int i = 0; i < 1500; i++)
            {
                byte[] mutated = Mutate(seeds[random.Next(seeds.Length)], random);
                client.Exchange(mutated);
            }

            Assert.AreEqual(0, rig.Server.Statistics.Faults);
            client.Exchange("6203800100");
            client.Exchange(PublicAarq);
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
        }

        [TestMethod]
        public void AnObjectThatThrowsIsAnsweredOtherReason()
        {
            ServerRig rig = new ServerRig(254);
            ServerClient client = rig.PublicClient();
            client.Exchange(PublicAarq);
            rig.Serial.Throws = true;
            DlmsBytes.AreEqual("D80103", client.Exchange(ServerClient.Get(1, ServerRig.SerialLn, 2)));
            Assert.AreEqual(1, rig.Server.Statistics.Faults);
            rig.Serial.Throws = false;
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
        }

        private static byte[] Mutate(byte[] seed, Random random)
        {
            byte[] bytes;
            switch (random.Next(4))
            {
                case 0:
                    bytes = DlmsBytes.Take(seed, random.Next(seed.Length + 1));
                    break;
                case 1:
                    bytes = new byte[seed.Length + 1 + random.Next(8)];
                    Array.Copy(seed, bytes, seed.Length);
                    for (int i = seed.Length; i < bytes.Length; i++)
                    {
                        bytes[i] = (byte)random.Next(256);
                    }

                    break;
                default:
                    bytes = DlmsBytes.Take(seed, seed.Length);
                    int flips = 1 + random.Next(3);
                    for (int i = 0; i < flips; i++)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    break;
            }

            return bytes;
        }
    }
}
