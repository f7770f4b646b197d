using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// The DLMS client's bytes against published APDUs (<see cref="AcseVectors"/>, <see cref="XdlmsVectors"/>:
    /// u9n/dlms-cosem tests, Green Book examples): a public association proposing conformance 007E1F
    /// and 1200 bytes sends exactly the published AARQ, and each service sends exactly the published request.
    /// </summary>
    [TestClass]
    public class DlmsClientScriptedTests
    {
        private const int MaxApdu = 0x04B0;

        [TestMethod]
        public void APublicAssociationActionGetSetAndReleaseSendThePublishedApdus()
        {
            ScriptedTransport transport = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                XdlmsVectors.U9nActionRequest, XdlmsVectors.U9nActionResponseData,
                XdlmsVectors.U9nGetRequestNormal, XdlmsVectors.U9nGetResponseNormal,
                "C101C2" + "00080000010000FF0200090C07E50118FF0E303950FFC400", "C501C20D",
                AcseVectors.U9nRlrqNormal, AcseVectors.U9nRlreNormal);
            DlmsClient client = PublicClient(transport);

            client.Associate();
            Assert.IsTrue(client.IsAssociated);
            Assert.AreEqual(0x501F, (int)client.NegotiatedConformance);
            Assert.AreEqual(500, client.ServerMaxReceivePduSize);
            Assert.IsNull(client.ServerSystemTitle);

            // Invoke ids count from 0: the action goes out as C0, the GET as C1, the SET as C2.
            ActionResponseNormal action = client.Action(
                new CosemMethodDescriptor(15, new byte[] { 0, 0, 40, 0, 0, 255 }, 1),
                DlmsData.OctetString(Hex.Parse("1000001A90E6D2221FA2FD85EED61ACC22")));
            Assert.AreEqual((int)ActionResult.Success, (int)action.Result);
            Assert.AreEqual("1000001afde8857b728a3499106aa665d1", Hex.Format(action.ReturnParameters.Data.GetBytes()));

            GetDataResult counter = client.Get(new CosemAttributeDescriptor(1, new byte[] { 0, 0, 43, 1, 0, 255 }, 2));
            Assert.IsTrue(counter.IsData);
            Assert.AreEqual(0x1391L, counter.Data.AsInt64());

            // Set-Request-Normal of the u9n example, sent as the third request (C2); a refusal comes back as a value.
            DataAccessResult set = client.Set(new CosemAttributeDescriptor(8, new byte[] { 0, 0, 1, 0, 0, 255 }, 2), DlmsData.OctetString(Hex.Parse("07E50118FF0E303950FFC400")));
            Assert.AreEqual((int)DataAccessResult.ScopeOfAccessViolated, (int)set);

            client.Release();
            Assert.IsFalse(client.IsAssociated);
            Assert.IsNull(transport.Mismatch, transport.Mismatch);
            Assert.IsTrue(transport.Finished);
        }

        [TestMethod]
        public void GetWithListSendsThePublishedRequestAndReturnsOneResultPerAttribute()
        {
            ScriptedTransport transport = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                // The u9n with-list request and response, with invoke id C0 (the client's first).
                "C003C002000100002A0000FF020000080000010000FF0200", "C403C002" + "0006000013910104");
            DlmsClient client = PublicClient(transport);
            client.Associate();

            GetDataResult[] results = client.GetWithList(new CosemAttributeDescriptor[]
            {
                new CosemAttributeDescriptor(1, new byte[] { 0, 0, 42, 0, 0, 255 }, 2),
                new CosemAttributeDescriptor(8, new byte[] { 0, 0, 1, 0, 0, 255 }, 2),
            });
            Assert.IsNull(transport.Mismatch, transport.Mismatch);
            Assert.AreEqual(2, results.Length);
            Assert.AreEqual(0x1391L, results[0].Data.AsInt64());
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)results[1].AccessResult);
        }

        [TestMethod]
        public void ALongGetIsReassembledFromDataBlocksWithGetRequestNext()
        {
            // Value: octet-string of 9 bytes, cut into blocks of 5, 4 and 2 raw bytes.
            ScriptedTransport transport = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                "C001C0000100002B0100FF0200", "C402C000" + "00000001" + "00" + "05" + "0909010203",
                "C002C000000001", "C402C000" + "00000002" + "00" + "04" + "04050607",
                "C002C000000002", "C402C001" + "00000003" + "00" + "02" + "0809");
            DlmsClient client = PublicClient(transport);
            client.Associate();

            GetDataResult result = client.Get(new CosemAttributeDescriptor(1, new byte[] { 0, 0, 43, 1, 0, 255 }, 2));
            Assert.IsNull(transport.Mismatch, transport.Mismatch);
            Assert.AreEqual("010203040506070809", Hex.Format(result.Data.GetBytes()));
        }

        [TestMethod]
        public void ABlockTransferEndsWithTheErrorOfItsLastBlockOrFailsOnABadSequenceOrSize()
        {
            // The published last block carrying long-get-aborted (invoke id C1: the first request is an unrelated GET).
            ScriptedTransport aborted = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                "C001C0000100002B0100FF0200", "C401C00101",
                "C001C1000100002B0100FF0200", "C402C100" + "00000001" + "00" + "02" + "0909",
                "C002C100000001", "C402C100" + "00000002" + "00" + "01" + "00",
                "C002C100000002", XdlmsVectors.GetResponseBlockLastError);
            DlmsClient client = PublicClient(aborted);
            client.Associate();
            CosemAttributeDescriptor attribute = new CosemAttributeDescriptor(1, new byte[] { 0, 0, 43, 1, 0, 255 }, 2);
            Assert.AreEqual((int)DataAccessResult.HardwareFault, (int)client.Get(attribute).AccessResult);
            Assert.AreEqual((int)DataAccessResult.LongGetAborted, (int)client.Get(attribute).AccessResult);
            Assert.IsNull(aborted.Mismatch, aborted.Mismatch);

            ScriptedTransport skipped = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                "C001C0000100002B0100FF0200", "C402C000" + "00000002" + "00" + "01" + "00");
            client = PublicClient(skipped);
            client.Associate();
            AssertFails(client, attribute, "data block 2 arrived where block 1 was expected");

            ScriptedTransport oversize = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                "C001C0000100002B0100FF0200", "C402C000" + "00000001" + "00" + "05" + "0909010203",
                "C002C000000001", "C402C000" + "00000002" + "00" + "05" + "0405060708");
            client = PublicClient(oversize);
            client.MaxValueSize = 8;
            client.Associate();
            AssertFails(client, attribute, "exceeds 8 bytes");
        }

        [TestMethod]
        public void RefusalsExceptionsAndSilenceBecomeClearErrors()
        {
            DlmsClient refused = PublicClient(new ScriptedTransport(MaxApdu, AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareContextRejected));
            AssertAssociateFails(refused, "association refused: rejected-permanent, application context name not supported");
            Assert.IsFalse(refused.IsAssociated);

            DlmsClient tooLow = PublicClient(new ScriptedTransport(MaxApdu, AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareVersionTooLow));
            AssertAssociateFails(tooLow, "(initiate error 1)");

            DlmsClient silent = PublicClient(new ScriptedTransport(MaxApdu, AcseVectors.U9nAarqNoSecurity, null));
            AssertAssociateFails(silent, "no response within");

            DlmsClient notAare = PublicClient(new ScriptedTransport(MaxApdu, AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nRlreNormal));
            AssertAssociateFails(notAare, "not answer the AARQ with a valid AARE");

            ScriptedTransport exception = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                "C001C0000100002B0100FF0200", XdlmsVectors.ExceptionOtherReason,
                "C001C1000100002B0100FF0200", "C401C1FF",
                "C001C2000100002B0100FF0200", "C401C2");
            DlmsClient client = PublicClient(exception);
            client.Associate();
            CosemAttributeDescriptor attribute = new CosemAttributeDescriptor(1, new byte[] { 0, 0, 43, 1, 0, 255 }, 2);
            AssertFails(client, attribute, "exception-response: service-not-allowed, other-reason");
            AssertFails(client, attribute, "undecodable response (tag 0xC4, malformed)");
            AssertFails(client, attribute, "undecodable response (tag 0xC4, truncated)");
        }

        [TestMethod]
        public void AResponseToAnotherInvokeIdIsRefused()
        {
            ScriptedTransport transport = new ScriptedTransport(MaxApdu,
                AcseVectors.U9nAarqNoSecurity, AcseVectors.U9nAareAccepted,
                "C001C0000100002B0100FF0200", XdlmsVectors.U9nGetResponseNormal);
            DlmsClient client = PublicClient(transport);
            client.Associate();
            AssertFails(client, new CosemAttributeDescriptor(1, new byte[] { 0, 0, 43, 1, 0, 255 }, 2), "answers another request (invoke-id 1)");
        }

        [TestMethod]
        public void AnHlsClientRefusesTheGreenBookAareWithoutAServerSystemTitle()
        {
            // Green Book HLS-GMAC AARE (dlms-green-book.txt): LN without ciphering, no responding-AP-title.
            SecurityVectors v = new SecurityVectors(140);
            ClientSecurity security = new ClientSecurity(v.Rig.Operations, v.EncryptionKey, v.AuthenticationKey, Hex.Parse(SecurityVectors.ClientTitle), 1, new Meter.Hal.Crypto.Managed.HmacDrbg(new Meter.Hal.Virtual.VirtualTrng(7)));
            AnyRequestTransport transport = new AnyRequestTransport(MaxApdu, Hex.Parse(AcseVectors.GreenBookAareHlsGmac));
            DlmsClient client = new DlmsClient(transport, security);
            AssertAssociateFails(client, "no responding-AP-title");
        }

        private static DlmsClient PublicClient(ScriptedTransport transport)
        {
            DlmsClient client = new DlmsClient(transport, null);
            client.ProposedConformance = (Conformance)0x007E1F;
            return client;
        }

        private static void AssertFails(DlmsClient client, CosemAttributeDescriptor attribute, string message)
        {
            try
            {
                client.Get(attribute);
            }
            catch (DlmsClientException e)
            {
                Assert.Contains(message, e.Message);
                return;
            }

            Assert.IsTrue(false, "expected: " + message);
        }

        private static void AssertAssociateFails(DlmsClient client, string message)
        {
            try
            {
                client.Associate();
            }
            catch (DlmsClientException e)
            {
                Assert.Contains(message, e.Message);
                return;
            }

            Assert.IsTrue(false, "expected: " + message);
        }
    }
}
