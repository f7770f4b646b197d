using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class DataBlockSplitterTests
    {
        private static readonly byte[] Value = Hex.Parse("090C07E50118FF0E303950FFC400");

        [TestMethod]
        public void HandsOutSlicesOfTheBufferWithTheLastFlag()
        {
            byte[] buffer = Hex.Parse("EEEE" + "090C07E50118FF0E303950FFC400");
            DataBlockSplitter splitter = new DataBlockSplitter(buffer, 2, 14, 5);
            Assert.AreEqual(3u, splitter.BlockCount);
            AssertBlock(splitter, 1, 2, 5, false);
            AssertBlock(splitter, 2, 7, 5, false);
            AssertBlock(splitter, 3, 12, 4, true);
            Assert.AreSame(buffer, splitter.Buffer);
            Assert.AreEqual(14, splitter.Length);
            Assert.AreEqual(5, splitter.BlockSize);
        }

        [TestMethod]
        public void OutOfRangeBlockNumbersAreRefused()
        {
            DataBlockSplitter splitter = new DataBlockSplitter(Value, 0, Value.Length, 5);
            int offset;
            int length;
            bool last;
            Assert.IsFalse(splitter.TryGetBlock(0, out offset, out length, out last));
            Assert.IsFalse(splitter.TryGetBlock(4, out offset, out length, out last));
            Assert.IsFalse(splitter.TryGetBlock(uint.MaxValue, out offset, out length, out last));
            Assert.AreEqual(0, length);
            Assert.IsNull(splitter.BlockAt(4));
        }

        [TestMethod]
        public void ExactFitHasNoExtraEmptyBlockAndAnEmptyValueIsOneEmptyLastBlock()
        {
            DataBlockSplitter exact = new DataBlockSplitter(Value, 0, 14, 7);
            Assert.AreEqual(2u, exact.BlockCount);
            AssertBlock(exact, 2, 7, 7, true);

            DataBlockSplitter whole = new DataBlockSplitter(Value, 0, 14, 14);
            Assert.AreEqual(1u, whole.BlockCount);
            AssertBlock(whole, 1, 0, 14, true);

            DataBlockSplitter bigger = new DataBlockSplitter(Value, 0, 14, 1000);
            AssertBlock(bigger, 1, 0, 14, true);

            DataBlockSplitter empty = new DataBlockSplitter(Value, 3, 0, 5);
            Assert.AreEqual(1u, empty.BlockCount);
            AssertBlock(empty, 1, 3, 0, true);

            DataBlockSplitter single = new DataBlockSplitter(Value, 0, 14, 1);
            Assert.AreEqual(14u, single.BlockCount);
            AssertBlock(single, 14, 13, 1, true);
        }

        [TestMethod]
        public void BlocksBuildTheSetRequestVectorsAndJoinBack()
        {
            DataBlockSplitter splitter = new DataBlockSplitter(Value, 0, Value.Length, 5);
            DataBlockSa first = splitter.BlockAt(1);
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestFirstBlock,
                new SetRequestWithFirstDataBlock(0xC1, new CosemAttributeDescriptor(8, new byte[] { 0, 0, 1, 0, 0, 255 }, 2), null, first));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestBlock2, new SetRequestWithDataBlock(0xC1, splitter.BlockAt(2)));
            XdlmsVectors.AssertEncodes(XdlmsVectors.SetRequestBlock3Last, new SetRequestWithDataBlock(0xC1, splitter.BlockAt(3)));

            // Every block size from 1 to beyond the value joins back to the value.
            for (int size = 1; size <= Value.Length + 1; size++)
            {
                DataBlockSplitter cut = new DataBlockSplitter(Value, 0, Value.Length, size);
                byte[] joined = new byte[Value.Length];
                DataBlockReassembler reassembler = new DataBlockReassembler(joined, 0, joined.Length);
                for (uint k = 1; k <= cut.BlockCount; k++)
                {
                    Assert.AreEqual((int)DataBlockError.None, (int)reassembler.Add(cut.BlockAt(k)));
                }

                Assert.IsTrue(reassembler.IsComplete);
                CollectionAssert.AreEqual(Value, joined);
            }
        }

        [TestMethod]
        public void GetResponseBlocksComeStraightFromTheSlice()
        {
            // The raw-data of GetResponseBlockRaw is block 1 of 0102030405 06 in blocks of 5.
            byte[] value = Hex.Parse("010203040506");
            DataBlockSplitter splitter = new DataBlockSplitter(value, 0, value.Length, 5);
            int offset;
            int length;
            bool last;
            Assert.IsTrue(splitter.TryGetBlock(1, out offset, out length, out last));
            XdlmsVectors.AssertEncodes(XdlmsVectors.GetResponseBlockRaw, GetResponseWithDataBlock.WithRawData(0xC1, last, 1, value, offset, length));
        }

        [TestMethod]
        public void RawDataCapacityLeavesRoomForTheLengthPrefix()
        {
            Assert.AreEqual(0, DataBlockSplitter.RawDataCapacity(1));
            Assert.AreEqual(127, DataBlockSplitter.RawDataCapacity(128));
            Assert.AreEqual(127, DataBlockSplitter.RawDataCapacity(129));
            Assert.AreEqual(128, DataBlockSplitter.RawDataCapacity(130));
            Assert.AreEqual(255, DataBlockSplitter.RawDataCapacity(257));
            Assert.AreEqual(255, DataBlockSplitter.RawDataCapacity(258));
            Assert.AreEqual(256, DataBlockSplitter.RawDataCapacity(259));

            // A Get-Response-With-Datablock filling a 256-byte PDU: 9 fixed bytes, then length and raw data.
            int capacity = DataBlockSplitter.RawDataCapacity(256 - 9);
            byte[] raw = new byte[capacity];
            Assert.AreEqual(256, GetResponseWithDataBlock.WithRawData(0xC1, false, 1, raw, 0, capacity).Size);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => DataBlockSplitter.RawDataCapacity(0));
        }

        [TestMethod]
        public void CallerBugsThrow()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new DataBlockSplitter(Value, 0, 14, 0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new DataBlockSplitter(Value, 1, 14, 5));
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => new DataBlockSplitter(null, 0, 0, 5));
        }

        private static void AssertBlock(DataBlockSplitter splitter, uint blockNumber, int expectedOffset, int expectedLength, bool expectedLast)
        {
            int offset;
            int length;
            bool last;
            Assert.IsTrue(splitter.TryGetBlock(blockNumber, out offset, out length, out last));
            Assert.AreEqual(expectedOffset, offset);
            Assert.AreEqual(expectedLength, length);
            Assert.AreEqual(expectedLast, last);
            DataBlockSa block = splitter.BlockAt(blockNumber);
            Assert.AreEqual(blockNumber, block.BlockNumber);
            Assert.AreEqual(expectedLast, block.LastBlock);
            Assert.AreEqual(expectedLength, block.RawDataLength);
        }
    }
}
