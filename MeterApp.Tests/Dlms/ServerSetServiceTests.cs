using Meter.Dlms.Axdr;
using Meter.Dlms.Server;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// SET with-list and with block transfer on a real session, byte for byte (Green Book ed. 9,
    /// 9.3.6 and 9.5): C5 05 results in request order; C5 02 per accepted block and C5 03 / C5 04
    /// once the last block is in; data-block-number-invalid (0x13), long-set-aborted (0x11),
    /// no-long-set-in-progress (0x12) and type-unmatched (0x0C) end a transfer; the value is written
    /// only when its last block arrived.
    /// </summary>
    [TestClass]
    public class ServerSetServiceTests
    {
        private static readonly CosemAttributeDescriptor Note = new CosemAttributeDescriptor(1, ServerRig.NoteLn, 2);
        private static readonly CosemAttributeDescriptor DeviceName = new CosemAttributeDescriptor(1, ServerRig.DeviceNameLn, 2);

        [TestMethod]
        public void SetWithListAnswersEachAttributeInOrder()
        {
            ServerRig rig = new ServerRig(300);
            ServerClient client = Open(rig, ServerRig.AllServices);
            SetRequestWithList request = new SetRequestWithList(ServerClient.Invoke,
                new CosemAttributeDescriptor[] { Note, DeviceName, new CosemAttributeDescriptor(1, ServerRig.NoteLn, 9) },
                null,
                new DlmsData[] { DlmsData.OctetString(Hex.Ascii("abc")), DlmsData.OctetString(Hex.Ascii("x")), DlmsData.Unsigned(1) });

            // success, read-write-denied, object-undefined.
            DlmsBytes.AreEqual("C505C103" + "00" + "03" + "04", client.Exchange(ServerClient.Encode(request.Size, request.Encode)));
            Assert.AreEqual("abc", Ascii(rig.Note.ValueOf(2)));
        }

        [TestMethod]
        public void ValueInBlocksIsWrittenOnlyAfterItsLastBlock()
        {
            ServerRig rig = new ServerRig(301);
            ServerClient client = Open(rig, ServerRig.AllServices);
            DlmsData value = DlmsData.OctetString(Pattern(300));
            DataBlockSplitter blocks = Split(value, 100);
            Assert.AreEqual(4u, blocks.BlockCount);

            DlmsBytes.AreEqual("C502C100000001", client.Exchange(First(blocks.BlockAt(1))));
            DlmsBytes.AreEqual("C502C100000002", client.Exchange(Next(blocks.BlockAt(2))));
            DlmsBytes.AreEqual("C502C100000003", client.Exchange(Next(blocks.BlockAt(3))));
            Assert.AreEqual(0, rig.Note.ValueOf(2).GetBytes().Length, "nothing written before the last block");

            DlmsBytes.AreEqual("C503C1" + "00" + "00000004", client.Exchange(Next(blocks.BlockAt(4))));
            CollectionAssert.AreEqual(Pattern(300), rig.Note.ValueOf(2).GetBytes());
        }

        [TestMethod]
        public void BlockOutOfSequenceIsDataBlockNumberInvalidAndEndsTheTransfer()
        {
            ServerRig rig = new ServerRig(302);
            ServerClient client = Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = Split(DlmsData.OctetString(Pattern(300)), 100);

            DlmsBytes.AreEqual("C502C100000001", client.Exchange(First(blocks.BlockAt(1))));
            DlmsBytes.AreEqual("C503C1" + "13" + "00000003", client.Exchange(Next(blocks.BlockAt(3))));

            // The transfer is over: the block that was expected no longer belongs to one.
            DlmsBytes.AreEqual("C503C1" + "12" + "00000002", client.Exchange(Next(blocks.BlockAt(2))));
            Assert.AreEqual(0, rig.Note.ValueOf(2).GetBytes().Length);
        }

        [TestMethod]
        public void FirstBlockMustBeNumberOne()
        {
            ServerRig rig = new ServerRig(303);
            ServerClient client = Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = Split(DlmsData.OctetString(Pattern(300)), 100);
            DlmsBytes.AreEqual("C503C1" + "13" + "00000002", client.Exchange(First(blocks.BlockAt(2))));
        }

        [TestMethod]
        public void ValueAboveTheBoundIsLongSetAborted()
        {
            ServerRig rig = new ServerRig(304);
            rig.Server.Settings.MaxBlockRequestSize = 200;
            ServerClient client = Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = Split(DlmsData.OctetString(Pattern(300)), 100);

            DlmsBytes.AreEqual("C502C100000001", client.Exchange(First(blocks.BlockAt(1))));
            DlmsBytes.AreEqual("C502C100000002", client.Exchange(Next(blocks.BlockAt(2))));
            DlmsBytes.AreEqual("C503C1" + "11" + "00000003", client.Exchange(Next(blocks.BlockAt(3))));
            DlmsBytes.AreEqual("C503C1" + "12" + "00000004", client.Exchange(Next(blocks.BlockAt(4))));
            Assert.AreEqual(0, rig.Note.ValueOf(2).GetBytes().Length);
        }

        [TestMethod]
        public void AnotherRequestAbandonsTheTransfer()
        {
            ServerRig rig = new ServerRig(305);
            ServerClient client = Open(rig, ServerRig.AllServices);
            DataBlockSplitter blocks = Split(DlmsData.OctetString(Pattern(300)), 100);

            DlmsBytes.AreEqual("C502C100000001", client.Exchange(First(blocks.BlockAt(1))));
            Assert.AreEqual("MTR0001234567", Ascii(client.GetPlain(1, ServerRig.DeviceNameLn, 2).Data));
            DlmsBytes.AreEqual("C503C1" + "12" + "00000002", client.Exchange(Next(blocks.BlockAt(2))));

            // A new first block starts afresh and completes.
            DataBlockSplitter small = Split(DlmsData.OctetString(Hex.Ascii("fresh")), 4);
            DlmsBytes.AreEqual("C502C100000001", client.Exchange(First(small.BlockAt(1))));
            DlmsBytes.AreEqual("C503C1" + "00" + "00000002", client.Exchange(Next(small.BlockAt(2))));
            Assert.AreEqual("fresh", Ascii(rig.Note.ValueOf(2)));
        }

        [TestMethod]
        public void JoinedBytesThatAreNotOneDataAreTypeUnmatched()
        {
            ServerRig rig = new ServerRig(306);
            ServerClient client = Open(rig, ServerRig.AllServices);
            byte[] notData = Hex.Parse("0905414243"); // an octet-string announcing 5 bytes, carrying 3
            DlmsBytes.AreEqual("C503C1" + "0C" + "00000001", client.Exchange(First(new DataBlockSa(true, 1, notData, 0, notData.Length))));
            Assert.AreEqual(0, rig.Note.ValueOf(2).GetBytes().Length);
        }

        [TestMethod]
        public void ListInBlocksIsAnsweredWithOneResultPerAttribute()
        {
            ServerRig rig = new ServerRig(307);
            ServerClient client = Open(rig, ServerRig.AllServices);
            DlmsData[] values = { DlmsData.OctetString(Pattern(150)), DlmsData.OctetString(Hex.Ascii("x")) };
            byte[] encoded = new byte[DataList.Size(values)];
            DataList.Encode(values, encoded, 0, encoded.Length);
            DataBlockSplitter blocks = new DataBlockSplitter(encoded, 0, encoded.Length, 100);
            CosemAttributeDescriptor[] attributes = { Note, DeviceName };

            SetRequestWithListAndFirstDataBlock first = new SetRequestWithListAndFirstDataBlock(ServerClient.Invoke, attributes, null, blocks.BlockAt(1));
            DlmsBytes.AreEqual("C502C100000001", client.Exchange(ServerClient.Encode(first.Size, first.Encode)));
            DlmsBytes.AreEqual("C504C1" + "02" + "00" + "03" + "00000002", client.Exchange(Next(blocks.BlockAt(2))));
            CollectionAssert.AreEqual(Pattern(150), rig.Note.ValueOf(2).GetBytes());

            // A list transfer ended by a wrong block reports the error for every attribute.
            first = new SetRequestWithListAndFirstDataBlock(ServerClient.Invoke, attributes, null, blocks.BlockAt(1));
            client.Exchange(ServerClient.Encode(first.Size, first.Encode));
            DlmsBytes.AreEqual("C504C1" + "02" + "13" + "13" + "00000001", client.Exchange(Next(blocks.BlockAt(1))));
        }

        [TestMethod]
        public void ListAndBlockFormsNeedTheirConformanceBits()
        {
            ServerRig rig = new ServerRig(308);
            ServerClient client = Open(rig, Conformance.Get | Conformance.Set);
            SetRequestWithList list = new SetRequestWithList(ServerClient.Invoke, new CosemAttributeDescriptor[] { Note }, null, new DlmsData[] { DlmsData.OctetString(Hex.Ascii("a")) });
            DlmsBytes.AreEqual("D80102", client.Exchange(ServerClient.Encode(list.Size, list.Encode)));
            DataBlockSplitter blocks = Split(DlmsData.OctetString(Pattern(10)), 100);
            DlmsBytes.AreEqual("D80102", client.Exchange(First(blocks.BlockAt(1))));
            DlmsBytes.AreEqual("D80102", client.Exchange(Next(blocks.BlockAt(1))));

            // The normal SET still works.
            DlmsBytes.AreEqual("C501C100", client.Exchange(ServerClient.Encode(new SetRequestNormal(ServerClient.Invoke, Note, null, DlmsData.OctetString(Hex.Ascii("b"))))));
            Assert.AreEqual("b", Ascii(rig.Note.ValueOf(2)));
        }

        [TestMethod]
        public void CipheredSetInBlocksOnTheManagementAssociation()
        {
            ServerRig rig = new ServerRig(310);
            rig.Setting.With(2, DlmsData.OctetString(new byte[0]));
            ServerClient client = rig.ManagementClient(311);
            client.AssociateManagement(ServerRig.AllServices, 512);
            CosemAttributeDescriptor setting = new CosemAttributeDescriptor(1, ServerRig.SettingLn, 2);
            DataBlockSplitter blocks = Split(DlmsData.OctetString(Pattern(300)), 100);

            // Every block and every answer is glo-ciphered; the answers are those of a plain association.
            DlmsBytes.AreEqual("C502C100000001", client.ExchangeCiphered(First(setting, blocks.BlockAt(1))));
            DlmsBytes.AreEqual("C503C1" + "13" + "00000003", client.ExchangeCiphered(Next(blocks.BlockAt(3))));
            DlmsBytes.AreEqual("C503C1" + "12" + "00000002", client.ExchangeCiphered(Next(blocks.BlockAt(2))));

            DlmsBytes.AreEqual("C502C100000001", client.ExchangeCiphered(First(setting, blocks.BlockAt(1))));
            Assert.IsTrue(client.GetCiphered(1, ServerRig.DeviceNameLn, 2).IsData);
            DlmsBytes.AreEqual("C503C1" + "12" + "00000002", client.ExchangeCiphered(Next(blocks.BlockAt(2))));
            Assert.AreEqual(0, rig.Setting.ValueOf(2).GetBytes().Length);

            for (uint n = 1; n <= blocks.BlockCount; n++)
            {
                byte[] answer = client.ExchangeCiphered(n == 1 ? First(setting, blocks.BlockAt(n)) : Next(blocks.BlockAt(n)));
                Assert.AreEqual(n < blocks.BlockCount ? (int)XdlmsTag.SetResponseDataBlock : (int)XdlmsTag.SetResponseLastDataBlock, (int)answer[1]);
            }

            CollectionAssert.AreEqual(Pattern(300), rig.Setting.ValueOf(2).GetBytes());
            Assert.IsTrue(rig.Setting.LastWasCiphered);
            Assert.AreEqual(0, rig.Server.Statistics.SecurityFailures);
        }

        [TestMethod]
        public void ManagementPolicyOffersBlockTransferWithSetAndAction()
        {
            Conformance offered = AssociationPolicy.ManagementClient(new ObjectList(), new ServerRig(309).Ciphering).Conformance;
            Assert.IsTrue((offered & Conformance.BlockTransferWithSetOrWrite) != 0);
            Assert.IsTrue((offered & Conformance.BlockTransferWithAction) != 0);
            Assert.IsTrue((offered & Conformance.MultipleReferences) != 0);
        }

        internal static ServerClient Open(ServerRig rig, Conformance proposed)
        {
            ServerClient client = rig.OpenClient();
            byte[] aare = client.Exchange(ServerClient.PublicAarq(proposed, 512));
            Assert.AreEqual(0, (int)ServerClient.DecodeAare(aare).Result);
            return client;
        }

        internal static byte[] Pattern(int length)
        {
            byte[] bytes = new byte[length];
            for (int i = 0; i < length; i++)
            {
                bytes[i] = (byte)(i * 7 + 3);
            }

            return bytes;
        }

        internal static DataBlockSplitter Split(DlmsData value, int blockSize)
        {
            byte[] encoded = new byte[AxdrEncoder.Size(value)];
            AxdrEncoder.Encode(value, encoded, 0, encoded.Length);
            return new DataBlockSplitter(encoded, 0, encoded.Length, blockSize);
        }

        private static byte[] First(DataBlockSa block)
        {
            return First(Note, block);
        }

        private static byte[] First(CosemAttributeDescriptor attribute, DataBlockSa block)
        {
            SetRequestWithFirstDataBlock request = new SetRequestWithFirstDataBlock(ServerClient.Invoke, attribute, null, block);
            return ServerClient.Encode(request.Size, request.Encode);
        }

        private static byte[] Next(DataBlockSa block)
        {
            SetRequestWithDataBlock request = new SetRequestWithDataBlock(ServerClient.Invoke, block);
            return ServerClient.Encode(request.Size, request.Encode);
        }

        private static string Ascii(DlmsData value)
        {
            byte[] bytes = value.GetBytes();
            char[] chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
