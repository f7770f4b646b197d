using System;
using Meter.Dlms.Objects;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>LogicalDeviceName: 16 octets, manufacturer id then the serial padded with '0'.</summary>
    [TestClass]
    public class ObjectsLogicalDeviceNameTests
    {
        [TestMethod]
        [DataRow("ABC", "12345678", "ABC0000012345678")]
        [DataRow("XYZ", "1234567890123", "XYZ1234567890123")]
        [DataRow("MMM", "7", "MMM0000000000007")]
        public void IsSixteenOctets(string id, string serial, string expected)
        {
            byte[] name = LogicalDeviceName.Of(new TestNameplate(id, serial));
            Assert.AreEqual(16, name.Length);
            Assert.AreEqual(Hex.Format(Hex.Ascii(expected)), Hex.Format(name));
        }

        [TestMethod]
        [DataRow("AB", "1")]
        [DataRow("ABCD", "1")]
        [DataRow("abc", "1")]
        [DataRow("A1C", "1")]
        [DataRow("ABC", "")]
        [DataRow("ABC", "12345678901234")]
        [DataRow("ABC", "12 34")]
        public void RefusesWhatTheNameCannotHold(string id, string serial)
        {
            Assert.ThrowsException(typeof(ArgumentException), () => LogicalDeviceName.Of(new TestNameplate(id, serial)));
        }
    }
}
