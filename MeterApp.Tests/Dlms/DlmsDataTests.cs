using System;
using Meter.Dlms.Axdr;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class DlmsDataTests
    {
        [TestMethod]
        public void AccessorsOfAnotherTypeFailCleanly()
        {
            DlmsData number = DlmsData.LongUnsigned(7);
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.AsBoolean());
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.AsString());
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.GetBytes());
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.AsDouble());
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.AsDateTime());
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.AsDate());
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.AsTime());
            Assert.ThrowsException(typeof(InvalidOperationException), () => number.FloatBits());
            Assert.ThrowsException(typeof(InvalidOperationException), () => { int unused = number.Count; });
            Assert.ThrowsException(typeof(InvalidOperationException), () => { int unused = number.BitCount; });

            DlmsData text = DlmsData.OctetString(new byte[] { 1 });
            Assert.ThrowsException(typeof(InvalidOperationException), () => text.AsInt64());
            Assert.ThrowsException(typeof(InvalidOperationException), () => text.AsUInt64());
            Assert.ThrowsException(typeof(InvalidOperationException), () => text.AsString());
        }

        [TestMethod]
        public void IntegerAccessorsCheckTheRange()
        {
            Assert.AreEqual(-128L, DlmsData.Integer(-128).AsInt64());
            Assert.AreEqual(65535L, DlmsData.LongUnsigned(65535).AsInt64());
            Assert.AreEqual(5UL, DlmsData.Long(5).AsUInt64());
            Assert.ThrowsException(typeof(InvalidOperationException), () => DlmsData.Long(-1).AsUInt64());
            Assert.ThrowsException(typeof(InvalidOperationException), () => DlmsData.Long64Unsigned(ulong.MaxValue).AsInt64());
            Assert.AreEqual(long.MaxValue, DlmsData.Long64Unsigned(long.MaxValue).AsInt64());
        }

        [TestMethod]
        public void FactoriesCopyTheirArrays()
        {
            byte[] bytes = new byte[] { 1, 2, 3 };
            DlmsData octets = DlmsData.OctetString(bytes);
            bytes[0] = 9;
            Assert.AreEqual((byte)1, octets.ByteAt(0));
            octets.GetBytes()[1] = 9;
            Assert.AreEqual((byte)2, octets.ByteAt(1));

            DlmsData[] elements = new DlmsData[] { DlmsData.Null() };
            DlmsData structure = DlmsData.Structure(elements);
            elements[0] = DlmsData.Boolean(true);
            Assert.IsTrue(structure[0].IsNull);
        }

        [TestMethod]
        public void FactoriesRejectInconsistentArguments()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => DlmsData.BitString(new byte[1], 9));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => DlmsData.BitString(new byte[2], 8));
            Assert.ThrowsException(typeof(ArgumentException), () => DlmsData.VisibleString("\u00e9"));
            Assert.ThrowsException(typeof(ArgumentNullException), () => DlmsData.Structure(DlmsData.Null(), null));
            Assert.ThrowsException(typeof(ArgumentNullException), () => DlmsData.OctetString(null));
        }

        [TestMethod]
        public void CopyBytesToFillsTheDestination()
        {
            byte[] destination = new byte[5];
            DlmsData.VisibleString("abc").CopyBytesTo(destination, 1);
            Assert.AreEqual("0061626300", Hex.Format(destination));
        }

        [TestMethod]
        public void FloatAccessorsGiveTheValue()
        {
            Assert.AreEqual(0x3FC00000UL, DlmsData.Float32(1.5f).FloatBits());
            Assert.AreEqual(1.5, DlmsData.Float32(1.5f).AsDouble());
            Assert.AreEqual(-1234.5, DlmsData.Float64(-1234.5).AsDouble());
        }
    }
}
