using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Client;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Register values with scaler_unit (Blue Book class 3) as exact text.</summary>
    [TestClass]
    public class ScaledValueTextTests
    {
        [TestMethod]
        public void ValuesAreShiftedByTheScalerAndNamedByTheUnit()
        {
            Assert.AreEqual("12345 Wh (scaler 0)", ScaledValueText.Format(DlmsData.DoubleLongUnsigned(12345), ScalerUnit(0, 30)));
            Assert.AreEqual("1234.5 varh (scaler -1)", ScaledValueText.Format(DlmsData.DoubleLongUnsigned(12345), ScalerUnit(-1, 32)));
            Assert.AreEqual("0.012 A (scaler -3)", ScaledValueText.Format(DlmsData.LongUnsigned(12), ScalerUnit(-3, 33)));
            Assert.AreEqual("-4.5 W (scaler -1)", ScaledValueText.Format(DlmsData.DoubleLong(-45), ScalerUnit(-1, 27)));
            Assert.AreEqual("12000 VAh (scaler 3)", ScaledValueText.Format(DlmsData.Long64(12), ScalerUnit(3, 31)));
            Assert.AreEqual("0 var (scaler 2)", ScaledValueText.Format(DlmsData.Long(0), ScalerUnit(2, 29)));
            Assert.AreEqual("50 Hz (scaler 0)", ScaledValueText.Format(DlmsData.Unsigned(50), ScalerUnit(0, 44)));
            Assert.AreEqual("18446744073709551615 (scaler 0)", ScaledValueText.Format(DlmsData.Long64Unsigned(ulong.MaxValue), ScalerUnit(0, CosemUnit.Unitless)));
            Assert.AreEqual("230.1 V (scaler -1)", ScaledValueText.Format(DlmsData.LongUnsigned(2301), ScalerUnit(-1, 35)));
            Assert.AreEqual("7 VA (scaler 0)", ScaledValueText.Format(DlmsData.Integer(7), ScalerUnit(0, 28)));
        }

        [TestMethod]
        public void NonIntegerValuesOrMalformedScalerUnitsAreNotScaled()
        {
            Assert.IsNull(ScaledValueText.Format(DlmsData.VisibleString("x"), ScalerUnit(0, 30)));
            Assert.IsNull(ScaledValueText.Format(DlmsData.DoubleLongUnsigned(1), DlmsData.Structure(DlmsData.Integer(0))));
            Assert.IsNull(ScaledValueText.Format(DlmsData.DoubleLongUnsigned(1), DlmsData.Structure(DlmsData.Unsigned(0), DlmsData.Enum(30))));
            Assert.IsNull(ScaledValueText.Format(DlmsData.DoubleLongUnsigned(1), null));
            Assert.AreEqual("unit 200", CosemUnit.NameOf(200));
        }

        private static DlmsData ScalerUnit(int scaler, int unit)
        {
            return DlmsData.Structure(DlmsData.Integer((sbyte)scaler), DlmsData.Enum((byte)unit));
        }
    }
}
