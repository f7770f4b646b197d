using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class HdlcAddressTests
    {
        // u9n/dlms-cosem tests/test_hdlc/test_hdlc.py test_client_address_just_logical.
        [TestMethod]
        [DataRow(1, "03")]
        [DataRow(16, "21")]
        [DataRow(0x4A, "95")]
        [DataRow(0x25, "4b")]
        [DataRow(0x7F, "ff")]
        public void OneByteAddressRoundTrips(int upper, string wire)
        {
            byte[] buffer = new byte[1];
            Assert.AreEqual(1, HdlcAddress.OneByte(upper).Write(buffer, 0));
            Assert.AreEqual(wire, Hex.Format(buffer));
            HdlcAddress read;
            Assert.AreEqual(1, HdlcAddress.Read(buffer, 0, 1, out read));
            Assert.AreEqual(upper, read.Upper);
            Assert.AreEqual(1, read.Size);
        }

        [TestMethod]
        [DataRow(1, 17, 2, "0223")]
        [DataRow(1, 17, 4, "00020023")]
        [DataRow(0x7F, 0x7F, 2, "feff")]
        [DataRow(0x3FFF, 0x1234, 4, "fefe4869")]
        public void ServerAddressRoundTrips(int upper, int lower, int size, string wire)
        {
            HdlcAddress address = HdlcAddress.Server(upper, lower, size);
            Assert.IsTrue(address.IsValid);
            byte[] buffer = new byte[size];
            Assert.AreEqual(size, address.Write(buffer, 0));
            Assert.AreEqual(wire, Hex.Format(buffer));
            HdlcAddress read;
            Assert.AreEqual(size, HdlcAddress.Read(buffer, 0, size, out read));
            Assert.IsTrue(read.SameAs(address));
        }

        [TestMethod]
        public void ThreeByteAddressIsRejected()
        {
            HdlcAddress read;
            Assert.AreEqual(0, HdlcAddress.Read(Hex.Parse("020223"), 0, 3, out read));
        }

        [TestMethod]
        public void AddressWithoutExtensionBitWithinFourBytesIsRejected()
        {
            HdlcAddress read;
            Assert.AreEqual(0, HdlcAddress.Read(Hex.Parse("0202020203"), 0, 5, out read));
        }

        [TestMethod]
        public void AddressRunningPastTheLimitIsRejected()
        {
            HdlcAddress read;
            Assert.AreEqual(0, HdlcAddress.Read(Hex.Parse("0223"), 0, 1, out read));
            Assert.AreEqual(0, HdlcAddress.Read(Hex.Parse("0223"), 0, 0, out read));
            Assert.AreEqual(0, HdlcAddress.Read(Hex.Parse("0223"), 0, -1, out read));
        }

        [TestMethod]
        public void OutOfRangePartsAreInvalid()
        {
            Assert.IsFalse(HdlcAddress.OneByte(0x80).IsValid);
            Assert.IsFalse(HdlcAddress.OneByte(-1).IsValid);
            Assert.IsFalse(HdlcAddress.Server(0x80, 1, 2).IsValid);
            Assert.IsFalse(HdlcAddress.Server(1, 0x80, 2).IsValid);
            Assert.IsFalse(HdlcAddress.Server(0x4000, 1, 4).IsValid);
            Assert.IsFalse(HdlcAddress.Server(1, 17, 3).IsValid);
            Assert.IsTrue(HdlcAddress.Server(0x3FFF, 0x3FFF, 4).IsValid);
        }
    }
}
