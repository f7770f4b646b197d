using System;
using Meter.Hal.Io;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class SilentSerialPortTests
    {
        [TestMethod]
        public void ReadsNothingAndDropsWrites()
        {
            SilentSerialPort port = new SilentSerialPort();
            byte[] buffer = new byte[] { 1, 2, 3 };
            port.Write(buffer, 0, buffer.Length);
            Assert.AreEqual(0, port.Read(buffer, 0, buffer.Length, 0));
            Assert.AreEqual(0, port.Read(buffer, 1, 2, 5));
            CollectionAssert.AreEqual(new byte[] { 1, 2, 3 }, buffer, "a read that yields nothing leaves the buffer alone");
        }

        [TestMethod]
        public void RejectsABadRange()
        {
            SilentSerialPort port = new SilentSerialPort();
            Assert.ThrowsException(typeof(ArgumentNullException), () => port.Read(null, 0, 1, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => port.Read(new byte[2], 1, 2, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => port.Write(new byte[2], 3, 0));
        }
    }
}
