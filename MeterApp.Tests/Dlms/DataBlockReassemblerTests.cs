using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class DataBlockReassemblerTests
    {
        private static readonly byte[] Value = Hex.Parse("090C07E50118FF0E303950FFC400");

        [TestMethod]
        public void JoinsConsecutiveBlocksAtTheOffsetGiven()
        {
            byte[] buffer = Hex.Repeat(0xEE, 20);
            DataBlockReassembler reassembler = new DataBlockReassembler(buffer, 3, 14);
            Assert.AreEqual(0u, reassembler.LastBlockNumber);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(1, false, Value, 0, 5));
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(2, false, Value, 5, 5));
            Assert.IsFalse(reassembler.IsComplete);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(3, true, Value, 10, 4));

            // Exactly the maximum fits; nothing is written outside the region.
            Assert.IsTrue(reassembler.IsComplete);
            Assert.AreEqual(14, reassembler.Length);
            Assert.AreEqual(3u, reassembler.LastBlockNumber);
            Assert.AreSame(buffer, reassembler.Buffer);
            Assert.AreEqual(3, reassembler.Offset);
            DlmsBytes.AreEqual("EEEEEE" + "090C07E50118FF0E303950FFC400" + "EEEEEE", buffer);
        }

        [TestMethod]
        public void JoinsTheBlocksOfDecodedSetRequests()
        {
            SetRequestWithFirstDataBlock first = (SetRequestWithFirstDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestFirstBlock);
            SetRequestWithDataBlock second = (SetRequestWithDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestBlock2);
            SetRequestWithDataBlock last = (SetRequestWithDataBlock)XdlmsVectors.Decode(XdlmsVectors.SetRequestBlock3Last);
            byte[] buffer = new byte[32];
            DataBlockReassembler reassembler = new DataBlockReassembler(buffer, 0, buffer.Length);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(first.Block));
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(second.Block));
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(last.Block));
            Assert.IsTrue(reassembler.IsComplete);
            DlmsBytes.AreEqual("090C07E50118FF0E303950FFC400", DlmsBytes.Take(buffer, reassembler.Length));
        }

        [TestMethod]
        public void OutOfOrderDuplicateAndMissingBlocksAreRefusedWithoutChange()
        {
            DataBlockReassembler reassembler = new DataBlockReassembler(new byte[32], 0, 32);
            Assert.AreEqual((int)DataBlockError.WrongBlockNumber, (int)reassembler.Add(0, false, Value, 0, 5));
            Assert.AreEqual((int)DataBlockError.WrongBlockNumber, (int)reassembler.Add(2, false, Value, 0, 5));
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(1, false, Value, 0, 5));

            // Duplicate, skipped, and backwards.
            Assert.AreEqual((int)DataBlockError.WrongBlockNumber, (int)reassembler.Add(1, false, Value, 5, 5));
            Assert.AreEqual((int)DataBlockError.WrongBlockNumber, (int)reassembler.Add(3, true, Value, 5, 5));
            Assert.AreEqual(5, reassembler.Length);
            Assert.AreEqual(1u, reassembler.LastBlockNumber);

            // The transfer can still go on with the right block.
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(2, true, Value, 5, 9));
            Assert.AreEqual(14, reassembler.Length);
        }

        [TestMethod]
        public void OversizeIsRefusedBeforeCopying()
        {
            byte[] buffer = Hex.Repeat(0xEE, 16);
            DataBlockReassembler reassembler = new DataBlockReassembler(buffer, 2, 13);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(1, false, Value, 0, 10));
            Assert.AreEqual((int)DataBlockError.TooLong, (int)reassembler.Add(2, true, Value, 10, 4));
            Assert.AreEqual(10, reassembler.Length);
            Assert.IsFalse(reassembler.IsComplete);
            DlmsBytes.AreEqual("EEEE" + "090C07E50118FF0E3039" + "EEEEEE" + "EE", buffer);

            // A single block larger than the whole region.
            DataBlockReassembler small = new DataBlockReassembler(new byte[4], 0, 4);
            Assert.AreEqual((int)DataBlockError.TooLong, (int)small.Add(1, true, Value, 0, 5));
            Assert.AreEqual(0u, small.LastBlockNumber);
        }

        [TestMethod]
        public void EmptyBlocksAndBlocksAfterTheLast()
        {
            DataBlockReassembler reassembler = new DataBlockReassembler(new byte[8], 0, 5);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(1, false, Value, 0, 5));

            // A value that filled its blocks exactly may end with an empty last block.
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(2, true, Value, 0, 0));
            Assert.IsTrue(reassembler.IsComplete);
            Assert.AreEqual(5, reassembler.Length);
            Assert.AreEqual((int)DataBlockError.AfterLastBlock, (int)reassembler.Add(3, true, Value, 0, 0));

            // Reset starts a new transfer from block 1.
            reassembler.Reset();
            Assert.AreEqual(0, reassembler.Length);
            Assert.IsFalse(reassembler.IsComplete);
            Assert.AreEqual((int)DataBlockError.WrongBlockNumber, (int)reassembler.Add(3, true, Value, 0, 1));
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(1, true, Value, 0, 0));
            Assert.IsTrue(reassembler.IsComplete);
        }

        [TestMethod]
        public void GetResponseBlocksWithAnErrorAreNoRawData()
        {
            DataBlockReassembler reassembler = new DataBlockReassembler(new byte[8], 0, 8);
            GetResponseWithDataBlock raw = (GetResponseWithDataBlock)XdlmsVectors.Decode(XdlmsVectors.GetResponseBlockRaw);
            Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(raw));
            Assert.AreEqual(5, reassembler.Length);
            GetResponseWithDataBlock error = GetResponseWithDataBlock.WithError(0xC1, true, 2, DataAccessResult.LongGetAborted);
            Assert.AreEqual((int)DataBlockError.NoRawData, (int)reassembler.Add(error));
            Assert.AreEqual(1u, reassembler.LastBlockNumber);
        }

        [TestMethod]
        public void CallerBugsThrow()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new DataBlockReassembler(new byte[4], 1, 4));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new DataBlockReassembler(null, 0, 0));
            DataBlockReassembler reassembler = new DataBlockReassembler(new byte[4], 0, 4);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => reassembler.Add(1, true, Value, 12, 4));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => reassembler.Add((DataBlockSa)null));
        }
    }
}
