using System;
using System.Threading;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualSerialPortTests
    {
        [TestMethod]
        public void TheMeterReadsInjectedBytesInOrder()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            Assert.AreEqual(3, port.Inject(new byte[] { 1, 2, 3 }));
            Assert.AreEqual(2, port.Inject(new byte[] { 9, 4, 5, 9 }, 1, 2));

            byte[] buffer = new byte[8];
            int read = port.Read(buffer, 1, 7, 0);
            Assert.AreEqual(5, read);
            CollectionAssert.AreEqual(new byte[] { 0, 1, 2, 3, 4, 5, 0, 0 }, buffer);
        }

        [TestMethod]
        public void AReadTakesAtMostCountAndLeavesTheRest()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            port.Inject(new byte[] { 10, 20, 30 });
            byte[] buffer = new byte[2];
            Assert.AreEqual(2, port.Read(buffer, 0, 2, 0));
            Assert.AreEqual(1, port.PendingInputBytes);
            Assert.AreEqual(1, port.Read(buffer, 0, 2, 0));
            Assert.AreEqual((byte)30, buffer[0]);
        }

        [TestMethod]
        public void AReadOnAnEmptyPortTimesOutWithZero()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            byte[] buffer = new byte[4];
            Assert.AreEqual(0, port.Read(buffer, 0, 4, 0));
            Assert.AreEqual(0, port.Read(buffer, 0, 4, 20));
        }

        [TestMethod]
        public void AFullInputDropsTheNewestBytesAndCountsThem()
        {
            VirtualSerialPort port = new VirtualSerialPort(4, 4);
            Assert.AreEqual(4, port.Inject(new byte[] { 1, 2, 3, 4, 5, 6 }));
            Assert.AreEqual(0, port.Inject(new byte[] { 7 }));
            Assert.AreEqual(3L, port.InputOverflowBytes);

            byte[] buffer = new byte[8];
            Assert.AreEqual(4, port.Read(buffer, 0, 8, 0));
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4, 0, 0, 0, 0 }, buffer);
        }

        [TestMethod]
        public void WhatTheMeterWritesIsTakenOnce()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            byte[] text = System.Text.Encoding.UTF8.GetBytes("ok\r\n");
            port.Write(text, 0, text.Length);
            Assert.AreEqual("ok\r\n", port.TakeOutput());
            Assert.AreEqual(string.Empty, port.TakeOutput());

            port.Write(new byte[] { 7, 8, 9 }, 1, 2);
            CollectionAssert.AreEqual(new byte[] { 8, 9 }, port.TakeOutputBytes());
        }

        [TestMethod]
        public void AFullOutputDropsWhatTheMeterCannotDeliver()
        {
            VirtualSerialPort port = new VirtualSerialPort(4, 2);
            port.Write(new byte[] { 1, 2, 3 }, 0, 3);
            Assert.AreEqual(1L, port.OutputOverflowBytes);
            CollectionAssert.AreEqual(new byte[] { 1, 2 }, port.TakeOutputBytes());
        }

        [TestMethod]
        public void InjectLineSendsUtf8FollowedByALineFeed()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            Assert.AreEqual(5, port.InjectLine("help"));
            byte[] buffer = new byte[8];
            int read = port.Read(buffer, 0, 8, 0);
            Assert.AreEqual("help\n", System.Text.Encoding.UTF8.GetString(buffer, 0, read));
        }

        [TestMethod]
        public void ABlockedReaderWakesWhenBytesArrive()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            int[] result = new int[] { -1 };
            byte[] buffer = new byte[4];
            Thread reader = new Thread(() => result[0] = port.Read(buffer, 0, 4, 10000));
            reader.Start();

            port.Inject(new byte[] { 42 });

            Assert.IsTrue(reader.Join(5000), "the reader must not wait for its full timeout");
            Assert.AreEqual(1, result[0]);
            Assert.AreEqual((byte)42, buffer[0]);
        }

        [TestMethod]
        public void CloseWakesEveryBlockedReader()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            int[] results = new int[] { -1, -1 };
            Thread first = new Thread(() => results[0] = port.Read(new byte[1], 0, 1, Timeout.Infinite));
            Thread second = new Thread(() => results[1] = port.Read(new byte[1], 0, 1, Timeout.Infinite));
            first.Start();
            second.Start();

            port.Close();

            Assert.IsTrue(first.Join(5000));
            Assert.IsTrue(second.Join(5000));
            Assert.AreEqual(0, results[0]);
            Assert.AreEqual(0, results[1]);
            Assert.IsTrue(port.IsClosed);
        }

        [TestMethod]
        public void AClosedPortStillDeliversWhatWasQueuedThenEnds()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            port.Inject(new byte[] { 5 });
            port.Close();
            Assert.AreEqual(0, port.Inject(new byte[] { 6 }));

            byte[] buffer = new byte[2];
            Assert.AreEqual(1, port.Read(buffer, 0, 2, Timeout.Infinite));
            Assert.AreEqual(0, port.Read(buffer, 0, 2, Timeout.Infinite));
        }

        [TestMethod]
        public void TheHostCanWaitForTheMetersOutput()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            Thread meter = new Thread(() => port.Write(new byte[] { 1, 2 }, 0, 2));
            meter.Start();

            byte[] buffer = new byte[4];
            int read = port.ReadOutput(buffer, 0, 4, 10000);
            meter.Join();
            Assert.AreEqual(2, read, "one write is delivered whole");
        }

        [TestMethod]
        public void BadArgumentsAreRejected()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            byte[] buffer = new byte[4];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => port.Read(buffer, 2, 3, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => port.Read(buffer, 0, 4, -2));
            Assert.ThrowsException(typeof(ArgumentNullException), () => port.Write(null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => port.Inject(buffer, -1, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new VirtualSerialPort(0, 16));
        }
    }
}
