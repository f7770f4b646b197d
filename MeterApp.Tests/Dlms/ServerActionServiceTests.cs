using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// ACTION with-list and with block transfer both ways on a real session, byte for byte (Green
    /// Book ed. 9, 9.3.7 and 9.5): C7 03 responses in request order; C7 04 per accepted parameter
    /// block, the method run only after the last one; C7 02 blocks of a long response asked for with
    /// C3 02; long-action-aborted (0x0F) and no-long-action-in-progress (0x10) end a transfer.
    /// </summary>
    [TestClass]
    public class ServerActionServiceTests
    {
        private static readonly CosemMethodDescriptor Open = new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 1);
        private static readonly CosemMethodDescriptor Close = new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 2);

        [TestMethod]
        public void ActionWithListAnswersEachMethodInOrder()
        {
            ServerRig rig = new ServerRig(320);
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            ActionRequestWithList request = new ActionRequestWithList(ServerClient.Invoke,
                new CosemMethodDescriptor[] { Open, Close, new CosemMethodDescriptor(70, ServerRig.DisconnectLn, 3) },
                new DlmsData[] { DlmsData.Integer(0), DlmsData.Null(), DlmsData.Integer(0) });

            // success, success, object-undefined; no return parameters.
            DlmsBytes.AreEqual("C703C103" + "0000" + "0000" + "0400", client.Exchange(ServerClient.Encode(request.Size, request.Encode)));
            Assert.AreEqual(2, rig.Disconnect.Invocations);
            Assert.AreEqual(2, rig.Disconnect.LastMethod);
        }

        [TestMethod]
        public void ParametersInBlocksRunTheMethodAfterTheLastBlock()
        {
            ServerRig rig = new ServerRig(321);
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = ServerSetServiceTests.Split(DlmsData.OctetString(ServerSetServiceTests.Pattern(250)), 100);
            Assert.AreEqual(3u, blocks.BlockCount);

            DlmsBytes.AreEqual("C704C100000001", client.Exchange(First(blocks.BlockAt(1))));
            DlmsBytes.AreEqual("C704C100000002", client.Exchange(Next(blocks.BlockAt(2))));
            Assert.AreEqual(0, rig.Disconnect.Invocations, "not run before the last block");
            DlmsBytes.AreEqual("C701C1" + "00" + "00", client.Exchange(Next(blocks.BlockAt(3))));
            Assert.AreEqual(1, rig.Disconnect.Invocations);
            CollectionAssert.AreEqual(ServerSetServiceTests.Pattern(250), rig.Disconnect.LastParameters.GetBytes());
        }

        [TestMethod]
        public void BlockOutOfSequenceIsLongActionAborted()
        {
            ServerRig rig = new ServerRig(322);
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = ServerSetServiceTests.Split(DlmsData.OctetString(ServerSetServiceTests.Pattern(250)), 100);

            DlmsBytes.AreEqual("C704C100000001", client.Exchange(First(blocks.BlockAt(1))));
            DlmsBytes.AreEqual("C701C1" + "0F" + "00", client.Exchange(Next(blocks.BlockAt(3))));
            DlmsBytes.AreEqual("C701C1" + "10" + "00", client.Exchange(Next(blocks.BlockAt(2))));
            Assert.AreEqual(0, rig.Disconnect.Invocations);
        }

        [TestMethod]
        public void ParametersAboveTheBoundAreLongActionAborted()
        {
            ServerRig rig = new ServerRig(323);
            rig.Server.Settings.MaxBlockRequestSize = 150;
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = ServerSetServiceTests.Split(DlmsData.OctetString(ServerSetServiceTests.Pattern(250)), 100);

            DlmsBytes.AreEqual("C704C100000001", client.Exchange(First(blocks.BlockAt(1))));
            DlmsBytes.AreEqual("C701C1" + "0F" + "00", client.Exchange(Next(blocks.BlockAt(2))));
            Assert.AreEqual(0, rig.Disconnect.Invocations);
        }

        [TestMethod]
        public void AnotherRequestAbandonsTheParameterTransfer()
        {
            ServerRig rig = new ServerRig(324);
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = ServerSetServiceTests.Split(DlmsData.OctetString(ServerSetServiceTests.Pattern(250)), 100);

            DlmsBytes.AreEqual("C704C100000001", client.Exchange(First(blocks.BlockAt(1))));
            Assert.IsTrue(client.GetPlain(1, ServerRig.DeviceNameLn, 2).IsData);
            DlmsBytes.AreEqual("C701C1" + "10" + "00", client.Exchange(Next(blocks.BlockAt(2))));
            Assert.AreEqual(0, rig.Disconnect.Invocations);
        }

        [TestMethod]
        public void ListParametersInBlocksAreAnsweredWithList()
        {
            ServerRig rig = new ServerRig(325);
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            DlmsData[] parameters = { DlmsData.OctetString(ServerSetServiceTests.Pattern(150)), DlmsData.Unsigned(7) };
            byte[] encoded = new byte[DataList.Size(parameters)];
            DataList.Encode(parameters, encoded, 0, encoded.Length);
            DataBlockSplitter blocks = new DataBlockSplitter(encoded, 0, encoded.Length, 100);

            ActionRequestWithListAndFirstPBlock first = new ActionRequestWithListAndFirstPBlock(ServerClient.Invoke, new CosemMethodDescriptor[] { Open, Close }, blocks.BlockAt(1));
            DlmsBytes.AreEqual("C704C100000001", client.Exchange(ServerClient.Encode(first.Size, first.Encode)));
            DlmsBytes.AreEqual("C703C102" + "0000" + "0000", client.Exchange(Next(blocks.BlockAt(2))));
            Assert.AreEqual(2, rig.Disconnect.Invocations);
            Assert.AreEqual(7L, rig.Disconnect.LastParameters.AsInt64());
        }

        [TestMethod]
        public void LongResponseIsSentInPBlocks()
        {
            ServerRig rig = new ServerRig(326);
            rig.Disconnect.Returned = DlmsData.OctetString(ServerSetServiceTests.Pattern(600));
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            ActionRequestNormal request = new ActionRequestNormal(ServerClient.Invoke, Open, DlmsData.Integer(0));

            byte[] answer = client.Exchange(ServerClient.Encode(request));
            byte[] joined = new byte[1024];
            DataBlockReassembler reassembler = new DataBlockReassembler(joined, 0, joined.Length);
            int blocks = 0;
            while (true)
            {
                Assert.IsTrue(answer.Length <= 512, "each block fits the client's max-receive-pdu-size");
                ActionResponseWithPBlock block = (ActionResponseWithPBlock)client.Decode(answer);
                Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(block.Block));
                blocks++;
                if (block.Block.LastBlock)
                {
                    break;
                }

                answer = client.Exchange(NextResponse(block.Block.BlockNumber));
            }

            Assert.AreEqual(2, blocks);
            Assert.AreEqual(1, rig.Disconnect.Invocations, "the method ran once");
            ActionResponseWithOptionalData response;
            int consumed;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)ActionResponseWithOptionalData.Decode(joined, 0, reassembler.Length, new AxdrDecoder(), out response, out consumed));
            Assert.AreEqual(reassembler.Length, consumed);
            Assert.AreEqual((int)ActionResult.Success, (int)response.Result);
            CollectionAssert.AreEqual(ServerSetServiceTests.Pattern(600), response.ReturnParameters.Data.GetBytes());

            // After the last block there is nothing more to ask for.
            DlmsBytes.AreEqual("C701C1" + "10" + "00", client.Exchange(NextResponse(2)));
        }

        [TestMethod]
        public void NextPBlockWithAnotherNumberEndsTheLongResponse()
        {
            ServerRig rig = new ServerRig(327);
            rig.Disconnect.Returned = DlmsData.OctetString(ServerSetServiceTests.Pattern(1200));
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            ActionResponseWithPBlock first = (ActionResponseWithPBlock)client.Decode(client.Exchange(ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, Open, DlmsData.Integer(0)))));
            Assert.AreEqual(1u, first.Block.BlockNumber);

            DlmsBytes.AreEqual("C701C1" + "0F" + "00", client.Exchange(NextResponse(2)));
            DlmsBytes.AreEqual("C701C1" + "10" + "00", client.Exchange(NextResponse(1)));
        }

        [TestMethod]
        public void LongResponseWithoutBlockTransferIsOtherReason()
        {
            ServerRig rig = new ServerRig(328);
            rig.Disconnect.Returned = DlmsData.OctetString(ServerSetServiceTests.Pattern(600));
            ServerClient client = ServerSetServiceTests.Open(rig, Conformance.Get | Conformance.Action);

            // The method ran (success); its return parameters are data-access-result other-reason.
            DlmsBytes.AreEqual("C701C1" + "00" + "01" + "01FA", client.Exchange(ServerClient.Encode(new ActionRequestNormal(ServerClient.Invoke, Open, DlmsData.Integer(0)))));
            Assert.AreEqual(1, rig.Disconnect.Invocations);
            DlmsBytes.AreEqual("D80102", client.Exchange(NextResponse(1)));
        }

        [TestMethod]
        public void LongListResponseIsSentInPBlocks()
        {
            ServerRig rig = new ServerRig(329);
            rig.Disconnect.Returned = DlmsData.OctetString(ServerSetServiceTests.Pattern(300));
            ServerClient client = ServerSetServiceTests.Open(rig, ServerRig.AllServices);
            ActionRequestWithList request = new ActionRequestWithList(ServerClient.Invoke, new CosemMethodDescriptor[] { Open, Close }, new DlmsData[] { DlmsData.Integer(0), DlmsData.Integer(1) });

            ActionResponseWithPBlock block = (ActionResponseWithPBlock)client.Decode(client.Exchange(ServerClient.Encode(request.Size, request.Encode)));
            byte[] joined = new byte[2048];
            joined[0] = XdlmsTag.ActionResponse;
            joined[1] = XdlmsTag.ActionResponseWithList;
            joined[2] = ServerClient.Invoke;
            DataBlockReassembler reassembler = new DataBlockReassembler(joined, 3, joined.Length - 3);
            while (true)
            {
                Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(block.Block));
                if (block.Block.LastBlock)
                {
                    break;
                }

                block = (ActionResponseWithPBlock)client.Decode(client.Exchange(NextResponse(block.Block.BlockNumber)));
            }

            ActionResponseWithList list;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)ActionResponseWithList.Decode(joined, 0, 3 + reassembler.Length, new AxdrDecoder(), out list));
            Assert.AreEqual(2, list.Count);
            CollectionAssert.AreEqual(ServerSetServiceTests.Pattern(300), list.ResponseAt(1).ReturnParameters.Data.GetBytes());
        }

        private static byte[] First(DataBlockSa block)
        {
            ActionRequestWithFirstPBlock request = new ActionRequestWithFirstPBlock(ServerClient.Invoke, Open, block);
            return ServerClient.Encode(request.Size, request.Encode);
        }

        private static byte[] Next(DataBlockSa block)
        {
            ActionRequestWithPBlock request = new ActionRequestWithPBlock(ServerClient.Invoke, block);
            return ServerClient.Encode(request.Size, request.Encode);
        }

        private static byte[] NextResponse(uint blockNumber)
        {
            return ServerClient.Encode(ActionRequestNextPBlock.Size, new ActionRequestNextPBlock(ServerClient.Invoke, blockNumber).Encode);
        }
    }
}
