using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Register (class 3) and Extended register (class 4).</summary>
    [TestClass]
    public class CosemRegisterTests
    {
        [TestMethod]
        public void ScalerUnitIsStructureOfIntegerAndEnum()
        {
            Register register = new Register(CosemTest.AnyName, new SettableValue(), new ScalerUnit(-3, CosemUnit.Volt));
            Assert.AreEqual((ushort)3, register.ClassId);
            Assert.AreEqual(3, register.AttributeCount);
            Assert.AreEqual(1, register.MethodCount);

            // 02 02 0F FD 16 23: structure {integer -3, enum 35 (V)}.
            Assert.AreEqual("02020ffd1623", CosemTest.Encoded(CosemTest.Get(register, 3)));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(register, 3, DlmsData.Structure(DlmsData.Integer(0), DlmsData.Enum(30))));
        }

        [TestMethod]
        public void ResetNeedsAResettableSourceAndTheZeroParameter()
        {
            SettableValue source = new SettableValue();
            Register register = new Register(CosemTest.AnyName, source, new ScalerUnit(0, CosemUnit.WattHour));
            Assert.IsTrue(register.IsResettable);
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(register, 1, DlmsData.Integer(1)));
            Assert.AreEqual(0, source.Resets);
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(register, 1, DlmsData.Integer(0)));
            Assert.AreEqual(1, source.Resets);
            Assert.AreEqual(0L, CosemTest.Get(register, 2).AsInt64());
            Assert.AreEqual((int)ActionResult.ObjectUndefined, (int)CosemTest.Invoke(register, 2, DlmsData.Integer(0)));
        }

        [TestMethod]
        public void ARegisterWithoutResettableSourceRefusesReset()
        {
            Register register = new Register(CosemTest.AnyName, new FixedValue(DlmsData.DoubleLongUnsigned(1234)), new ScalerUnit(0, CosemUnit.WattHour));
            Assert.IsFalse(register.IsResettable);
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)CosemTest.Invoke(register, 1, DlmsData.Integer(0)));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(register, 2, DlmsData.DoubleLongUnsigned(0)));
            Assert.AreEqual(1234L, CosemTest.Get(register, 2).AsInt64());
        }

        [TestMethod]
        public void ExtendedRegisterAddsStatusAndCaptureTime()
        {
            DlmsData captured = DlmsData.OctetString(new byte[] { 0x07, 0xEA, 11, 22, 7, 10, 0, 0, 0, 0xFF, 0xC4, 0 });
            ExtendedRegister register = new ExtendedRegister(CosemTest.AnyName, new SettableValue(), new ScalerUnit(1, CosemUnit.Watt),
                new FixedValue(DlmsData.Unsigned(0x80)), new FixedValue(captured));
            Assert.AreEqual((ushort)4, register.ClassId);
            Assert.AreEqual(5, register.AttributeCount);
            Assert.AreEqual(1, register.MethodCount);
            Assert.AreEqual(5L, CosemTest.Get(register, 2).AsInt64());
            Assert.AreEqual("0202" + "0f01" + "161b", CosemTest.Encoded(CosemTest.Get(register, 3)));
            Assert.AreEqual(0x80L, CosemTest.Get(register, 4).AsInt64());
            Assert.AreEqual(CosemTest.Encoded(captured), CosemTest.Encoded(CosemTest.Get(register, 5)));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(register, 4, DlmsData.Unsigned(0)));
            Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(register, 5, captured));
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(register, 2, DlmsData.DoubleLongUnsigned(6)));
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(register, 1, null));
            Assert.AreEqual((int)DataAccessResult.ObjectUndefined, (int)CosemTest.Set(register, 6, DlmsData.Unsigned(0)));
        }

        [TestMethod]
        public void AFailingSourceGivesItsResultAndNoValue()
        {
            Register register = new Register(CosemTest.AnyName, new UnavailableValue(), new ScalerUnit(0, CosemUnit.WattHour));
            DlmsData value;
            Assert.AreEqual((int)DataAccessResult.TemporaryFailure, (int)register.Get(new CosemRequestContext(), 2, null, out value));
            Assert.IsNull(value);
        }

        private sealed class UnavailableValue : ICosemValueSource
        {
            public DataAccessResult Read(out DlmsData value)
            {
                value = DlmsData.Null();
                return DataAccessResult.TemporaryFailure;
            }
        }
    }
}
