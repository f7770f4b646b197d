using System;
using Meter.Hal.Crypto;
using nanoFramework.TestFramework;

namespace Meter.Tests.Crypto
{
    [TestClass]
    public class BoundedMessageBufferTests
    {
        [TestMethod]
        public void AppendedDataIsKeptInOrderAcrossGrowth()
        {
            BoundedMessageBuffer buffer = new BoundedMessageBuffer(4, 64);
            byte[] data = new byte[40];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i + 1);
            }

            buffer.Append(data, 0, 3);
            buffer.Append(data, 3, 0);
            buffer.Append(data, 3, 37);
            Assert.AreEqual(40, buffer.Length);
            for (int i = 0; i < 40; i++)
            {
                Assert.AreEqual(data[i], buffer.Buffer[i], "byte " + i);
            }
        }

        [TestMethod]
        public void StorageDoublesAndStopsAtTheMaximum()
        {
            BoundedMessageBuffer buffer = new BoundedMessageBuffer(4, 24);
            buffer.Append(new byte[5], 0, 5);
            Assert.AreEqual(8, buffer.Buffer.Length);
            buffer.Append(new byte[12], 0, 12);
            Assert.AreEqual(24, buffer.Buffer.Length, "16 is too small; 32 is clamped to the maximum");
        }

        [TestMethod]
        public void AMessageBeyondTheMaximumIsRefusedAndLeftAsItWas()
        {
            BoundedMessageBuffer buffer = new BoundedMessageBuffer(8, 16);
            buffer.Append(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 0, 10);
            Assert.ThrowsException(typeof(InvalidOperationException), () => buffer.Append(new byte[7], 0, 7));
            Assert.AreEqual(10, buffer.Length);
            Assert.AreEqual((byte)10, buffer.Buffer[9]);
            buffer.Append(new byte[6], 0, 6);
            Assert.AreEqual(16, buffer.Length, "exactly the maximum fits");
        }

        [TestMethod]
        public void ResetZeroesTheMessageAndKeepsTheStorage()
        {
            BoundedMessageBuffer buffer = new BoundedMessageBuffer(4, 64);
            buffer.Append(new byte[] { 9, 9, 9, 9, 9, 9 }, 0, 6);
            byte[] storage = buffer.Buffer;
            buffer.Reset();
            Assert.AreEqual(0, buffer.Length);
            Assert.AreSame(storage, buffer.Buffer);
            CollectionAssert.AreEqual(new byte[storage.Length], storage);
        }

        [TestMethod]
        public void TheOutgrownStorageIsZeroed()
        {
            BoundedMessageBuffer buffer = new BoundedMessageBuffer(4, 64);
            buffer.Append(new byte[] { 9, 9, 9, 9 }, 0, 4);
            byte[] small = buffer.Buffer;
            buffer.Append(new byte[] { 1 }, 0, 1);
            Assert.AreNotSame(small, buffer.Buffer);
            CollectionAssert.AreEqual(new byte[4], small);
        }

        [TestMethod]
        public void BadArgumentsAreRefused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new BoundedMessageBuffer(0, 16));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new BoundedMessageBuffer(16, 8));
            BoundedMessageBuffer buffer = new BoundedMessageBuffer(4, 16);
            Assert.ThrowsException(typeof(ArgumentNullException), () => buffer.Append(null, 0, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => buffer.Append(new byte[2], 1, 2));
        }

        [TestMethod]
        public void AHugeMaximumDoesNotOverflowTheDoubling()
        {
            BoundedMessageBuffer buffer = new BoundedMessageBuffer(1, int.MaxValue);
            buffer.Append(new byte[3], 0, 3);
            Assert.AreEqual(4, buffer.Buffer.Length);
        }
    }
}
