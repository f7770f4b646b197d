using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Long GET results in Get-Response-With-Datablock blocks served by Get-Request-Next (Green Book ed. 9, 9.3.5).</summary>
    [TestClass]
    public class ServerBlockTransferTests
    {
        private const Conformance Offered = Conformance.Get | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead | Conformance.SelectiveAccess;

        [TestMethod]
        public void LongAttributeIsReadInBlocksSizedToTheClient()
        {
            ServerRig rig = new ServerRig(210);
            ServerClient client = rig.PublicClient();
            client.Exchange(ServerClient.PublicAarq(Offered, 128));
            byte[] expected = Encode(rig.Profile.ValueOf(2));

            byte[] joined = ReadBlocks(client, client.Exchange(ServerClient.Get(7, ServerRig.ProfileLn, 2)), 128, out int blocks);
            CollectionAssert.AreEqual(expected, joined);
            Assert.IsTrue(blocks > 10, "blocks: " + blocks);

            // The session serves normally afterwards.
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
        }

        [TestMethod]
        public void WrongBlockNumberEndsTheLongGet()
        {
            ServerRig rig = new ServerRig(211);
            ServerClient client = rig.PublicClient();
            client.Exchange(ServerClient.PublicAarq(Offered, 128));
            GetResponseWithDataBlock first = (GetResponseWithDataBlock)client.Decode(client.Exchange(ServerClient.Get(7, ServerRig.ProfileLn, 2)));
            Assert.AreEqual(1u, first.BlockNumber);
            Assert.IsFalse(first.LastBlock);

            // Asking after block 5 when block 1 was sent: data-block-number-invalid, last block.
            DlmsBytes.AreEqual("C402C1010000000501" + "13", client.Exchange(Next(5)));
            DlmsBytes.AreEqual("C402C1010000000101" + "10", client.Exchange(Next(1)));
        }

        [TestMethod]
        public void NextWithoutLongGetIsNoLongGetInProgress()
        {
            ServerRig rig = new ServerRig(212);
            ServerClient client = rig.PublicClient();
            client.Exchange(ServerClient.PublicAarq(Offered, 128));
            DlmsBytes.AreEqual("C402C1010000000001" + "10", client.Exchange(Next(0)));
        }

        [TestMethod]
        public void NewGetAbandonsTheLongGet()
        {
            ServerRig rig = new ServerRig(213);
            ServerClient client = rig.PublicClient();
            client.Exchange(ServerClient.PublicAarq(Offered, 128));
            client.Exchange(ServerClient.Get(7, ServerRig.ProfileLn, 2));
            Assert.AreEqual("12345678", client.GetPlain(1, ServerRig.SerialLn, 2).Data.AsString());
            DlmsBytes.AreEqual("C402C1010000000101" + "10", client.Exchange(Next(1)));
        }

        [TestMethod]
        public void LongWithListIsSentInBlocks()
        {
            ServerRig rig = new ServerRig(214);
            ServerClient client = rig.PublicClient();
            client.Exchange(ServerClient.PublicAarq(Offered, 100));
            CosemAttributeDescriptor[] items =
            {
                new CosemAttributeDescriptor(1, ServerRig.SerialLn, 2),
                new CosemAttributeDescriptor(7, ServerRig.ProfileLn, 2),
                new CosemAttributeDescriptor(3, ServerRig.EnergyLn, 2),
            };
            GetRequestWithList request = new GetRequestWithList(ServerClient.Invoke, items, null);
            byte[] bytes = new byte[request.Size];
            request.Encode(bytes, 0, bytes.Length);

            byte[] joined = ReadBlocks(client, client.Exchange(bytes), 100, out int blocks);

            // The raw data is the SEQUENCE OF Get-Data-Result: count 3, then each result.
            Assert.AreEqual(3, (int)joined[0]);
            GetResponseWithList whole = (GetResponseWithList)client.Decode(Concat(Hex.Parse("C403C1"), joined));
            Assert.AreEqual("12345678", whole.ResultAt(0).Data.AsString());
            Assert.AreEqual(120, whole.ResultAt(1).Data.Count);
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)whole.ResultAt(2).AccessResult);
        }

        [TestMethod]
        public void WithoutBlockTransferALongResultIsOtherReason()
        {
            ServerRig rig = new ServerRig(215);
            ServerClient client = rig.PublicClient();
            client.Exchange(ServerClient.PublicAarq(Conformance.Get, 256));
            Assert.AreEqual((int)DataAccessResult.OtherReason, (int)client.GetPlain(7, ServerRig.ProfileLn, 2).AccessResult);
            DlmsBytes.AreEqual("D80102", client.Exchange(Next(1)));
        }

        internal static byte[] ReadBlocks(ServerClient client, byte[] firstAnswer, int limit, out int blocks)
        {
            byte[] joined = new byte[0];
            byte[] answer = firstAnswer;
            blocks = 0;
            while (true)
            {
                Assert.IsTrue(answer.Length <= limit, "block of " + answer.Length + " bytes");
                GetResponseWithDataBlock block = (GetResponseWithDataBlock)client.Decode(client.Open(answer));
                blocks++;
                Assert.AreEqual((uint)blocks, block.BlockNumber);
                Assert.IsTrue(block.HasRawData);
                byte[] raw = new byte[block.RawDataLength];
                block.CopyRawDataTo(raw, 0);
                joined = Concat(joined, raw);
                if (block.LastBlock)
                {
                    return joined;
                }

                answer = client.Keys == null ? client.Exchange(Next(block.BlockNumber)) : client.Exchange(client.Protect(Next(block.BlockNumber), client.Counter++, 0x30));
            }
        }

        internal static byte[] Next(uint blockNumber)
        {
            byte[] bytes = new byte[GetRequestNext.Size];
            new GetRequestNext(ServerClient.Invoke, blockNumber).Encode(bytes, 0, bytes.Length);
            return bytes;
        }

        private static byte[] Encode(DlmsData value)
        {
            byte[] bytes = new byte[AxdrEncoder.Size(value)];
            AxdrEncoder.Encode(value, bytes, 0, bytes.Length);
            return bytes;
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] result = new byte[a.Length + b.Length];
            System.Array.Copy(a, result, a.Length);
            System.Array.Copy(b, 0, result, a.Length, b.Length);
            return result;
        }
    }
}
