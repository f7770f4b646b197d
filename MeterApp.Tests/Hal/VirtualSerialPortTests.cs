using System;
using System.Threading;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualSerialPortTests
    {
        // A blocked read gets a long, finite timeout: a regression fails the test instead of
        // hanging the run, and a read that returns data (or well inside the join bound) was woken.
        private const int ReadTimeoutMs = 10000;
        private const int JoinTimeoutMs = 5000;

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
            ManualResetEvent started = new ManualResetEvent(false);
            Thread reader = new Thread(() =>
            {
                started.Set();
                result[0] = port.Read(buffer, 0, 4, ReadTimeoutMs);
            });
            reader.Start();
            WaitUntilBlocked(started);

            port.Inject(new byte[] { 42 });

            Assert.IsTrue(reader.Join(JoinTimeoutMs), "the reader returned");
            Assert.AreEqual(1, result[0], "woken with the byte; a timeout would have returned 0");
            Assert.AreEqual((byte)42, buffer[0]);
        }

        [TestMethod]
        public void CloseWakesEveryBlockedReader()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            int[] results = new int[] { -1, -1 };
            bool[] closedOnReturn = new bool[2];
            ManualResetEvent firstStarted = new ManualResetEvent(false);
            ManualResetEvent secondStarted = new ManualResetEvent(false);
            Thread first = new Thread(() =>
            {
                firstStarted.Set();
                results[0] = port.Read(new byte[1], 0, 1, ReadTimeoutMs);
                closedOnReturn[0] = port.IsClosed;
            });
            Thread second = new Thread(() =>
            {
                secondStarted.Set();
                results[1] = port.Read(new byte[1], 0, 1, ReadTimeoutMs);
                closedOnReturn[1] = port.IsClosed;
            });
            first.Start();
            second.Start();
            WaitUntilBlocked(firstStarted);
            WaitUntilBlocked(secondStarted);

            port.Close();

            // Returning within the join bound, well inside the read timeout, is the wake.
            Assert.IsTrue(first.Join(JoinTimeoutMs), "the first reader was woken, not timed out");
            Assert.IsTrue(second.Join(JoinTimeoutMs), "the second reader was woken, not timed out");
            Assert.AreEqual(0, results[0]);
            Assert.AreEqual(0, results[1]);
            Assert.IsTrue(closedOnReturn[0] && closedOnReturn[1], "both returned because of the close");
        }

        [TestMethod]
        public void AClosedPortStillDeliversWhatWasQueuedThenEnds()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            port.Inject(new byte[] { 5 });
            port.Close();
            Assert.AreEqual(0, port.Inject(new byte[] { 6 }));

            byte[] buffer = new byte[2];
            Assert.AreEqual(1, port.Read(buffer, 0, 2, ReadTimeoutMs));
            Assert.AreEqual((byte)5, buffer[0]);
            Assert.AreEqual(0, port.Read(buffer, 0, 2, ReadTimeoutMs));
        }

        [TestMethod]
        public void TheHostCanWaitForTheMetersOutput()
        {
            VirtualSerialPort port = new VirtualSerialPort();
            int[] read = new int[] { -1 };
            byte[] buffer = new byte[4];
            ManualResetEvent started = new ManualResetEvent(false);
            Thread host = new Thread(() =>
            {
                started.Set();
                read[0] = port.ReadOutput(buffer, 0, 4, ReadTimeoutMs);
            });
            host.Start();
            WaitUntilBlocked(started);

            port.Write(new byte[] { 1, 2 }, 0, 2);

            Assert.IsTrue(host.Join(JoinTimeoutMs), "the host reader returned");
            Assert.AreEqual(2, read[0], "one write is delivered whole");
            Assert.AreEqual((byte)2, buffer[1]);
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

        /// <summary>
        /// Waits for a reader's gate, set right before its read, then gives it a moment to get
        /// into the read's wait, so that what follows wakes a blocked reader rather than one
        /// that has not started reading yet.
        /// </summary>
        private static void WaitUntilBlocked(ManualResetEvent started)
        {
            Assert.IsTrue(started.WaitOne(JoinTimeoutMs, false), "the reader started");
            Thread.Sleep(50);
        }
    }
}
