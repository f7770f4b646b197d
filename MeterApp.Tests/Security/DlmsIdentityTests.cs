using System;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Storage;
using Meter.Tests.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Security
{
    /// <summary>The system title: FLAG id and serial number (Green Book ed. 9, 4.3.4), and its record.</summary>
    [TestClass]
    public class DlmsIdentityTests
    {
        [TestMethod]
        public void BuildsTheGreenBookExampleTitle()
        {
            // dlms-green-book.txt: server system title 4D4D4D0000BC614E, "MMM" and serial number 12345678.
            DlmsIdentity identity = DlmsIdentity.Create("MMM", 12345678);
            byte[] title = new byte[10];
            identity.CopySystemTitle(title, 1);
            Assert.AreEqual("004d4d4d0000bc614e00", Hex.Format(title));
            Assert.AreEqual("4D4D4D0000BC614E", identity.SystemTitleHex);

            DlmsIdentity parsed = DlmsIdentity.FromSystemTitle(title, 1);
            Assert.AreEqual("MMM", parsed.ManufacturerId);
            Assert.AreEqual(12345678L, parsed.SerialNumber);
        }

        [TestMethod]
        public void RefusesWhatIsNotAFlagIdOrDoesNotFitFiveOctets()
        {
            Assert.ThrowsException(typeof(ArgumentException), () => DlmsIdentity.Create("mmm", 1));
            Assert.ThrowsException(typeof(ArgumentException), () => DlmsIdentity.Create("MM", 1));
            Assert.ThrowsException(typeof(ArgumentException), () => DlmsIdentity.Create("MM1", 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => DlmsIdentity.Create("MMM", DlmsIdentity.MaxSerialNumber + 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => DlmsIdentity.Create("MMM", -1));
            Assert.AreEqual("FFFFFFFFFF", DlmsIdentity.Create("ZZZ", DlmsIdentity.MaxSerialNumber).SystemTitleHex.Substring(6));
            Assert.IsNull(DlmsIdentity.FromSystemTitle(Hex.Parse("4d4d000000bc614e"), 0));
            Assert.IsNull(DlmsIdentity.FromSystemTitle(Hex.Parse("4d4d4d0000bc61"), 0));
        }

        [TestMethod]
        public void TheVirtualFactoryDrawsTenDigitSerialNumbers()
        {
            HmacDrbg random = new HmacDrbg(new VirtualTrng(5));
            long previous = -1;
            for (int i = 0; i < 50; i++)
            {
                DlmsIdentity identity = DlmsIdentity.Draw(DlmsIdentity.TestManufacturerId, random);
                Assert.AreEqual("MMM", identity.ManufacturerId);
                Assert.AreEqual(10, identity.SerialNumber.ToString().Length);
                Assert.AreNotEqual(previous, identity.SerialNumber);
                previous = identity.SerialNumber;
            }
        }

        [TestMethod]
        public void TheRecordKeepsTheIdentityAndReportsDamage()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            RecordStore store = StoreTestKit.Mounted(flash);
            bool damaged;
            Assert.IsNull(DlmsIdentityRecord.Read(store, out damaged));
            Assert.IsFalse(damaged);

            DlmsIdentityRecord.Write(store, DlmsIdentity.Create("ABC", 987654321));
            DlmsIdentity read = DlmsIdentityRecord.Read(StoreTestKit.Mounted(flash), out damaged);
            Assert.IsFalse(damaged);
            Assert.AreEqual("ABC", read.ManufacturerId);
            Assert.AreEqual(987654321L, read.SerialNumber);

            store.Write(RecordKeys.DlmsIdentity, new byte[] { 2, 0x41, 0x42, 0x43, 0, 0, 0, 0, 1 }, 0, 9);
            Assert.IsNull(DlmsIdentityRecord.Read(store, out damaged));
            Assert.IsTrue(damaged, "unknown version");
            store.Write(RecordKeys.DlmsIdentity, new byte[] { 1, 0x41, 0x42 }, 0, 3);
            Assert.IsNull(DlmsIdentityRecord.Read(store, out damaged));
            Assert.IsTrue(damaged, "short record");
        }
    }
}
