using Meter.Boot;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>MeasurementValue: register values from the published snapshot, with their scaler and unit.</summary>
    [TestClass]
    public class ObjectsMeasurementValueTests
    {
        [TestMethod]
        [DataRow(0, "0600003039")]
        [DataRow(1, "0600000011")]
        [DataRow(2, "06000003e8")]
        [DataRow(3, "0600000002")]
        [DataRow(4, "0600038270")]
        [DataRow(5, "06000013e1")]
        [DataRow(6, "060000c34e")]
        [DataRow(7, "10fc7c")]
        public void ReadsEachQuantityAsAnInteger(int quantity, string expected)
        {
            FakeMeasurementSource source = new FakeMeasurementSource();

            // 230.000 V, 5.0885 A (rounds to 5089 mA), 49.998 Hz, power factor -0.900.
            source.Latest = FakeMeasurementSource.Snapshot(12345, 17, 1000, 2, 230000, 5088500, 49998, -900);
            DlmsData value;
            Assert.AreEqual((int)DataAccessResult.Success, (int)new MeasurementValue(source, (MeasuredQuantity)quantity).Read(out value));
            Assert.AreEqual(expected, CosemTest.Encoded(value));
        }

        [TestMethod]
        public void BeforeTheFirstFrameItIsATemporaryFailure()
        {
            DlmsData value;
            Assert.AreEqual((int)DataAccessResult.TemporaryFailure, (int)new MeasurementValue(new FakeMeasurementSource(), MeasuredQuantity.ActiveEnergyImport).Read(out value));
            Assert.IsNull(value);
        }

        [TestMethod]
        public void AValueBeyondItsTypeIsAHardwareFaultNotAWrap()
        {
            FakeMeasurementSource source = new FakeMeasurementSource();
            source.Latest = FakeMeasurementSource.Snapshot(4294967296L, 0, 0, 0, 0, 0, 0, 0);
            DlmsData value;
            Assert.AreEqual((int)DataAccessResult.HardwareFault, (int)new MeasurementValue(source, MeasuredQuantity.ActiveEnergyImport).Read(out value));
            source.Latest = FakeMeasurementSource.Snapshot(4294967295L, 0, 0, 0, 0, 0, 0, 0);
            Assert.AreEqual((int)DataAccessResult.Success, (int)new MeasurementValue(source, MeasuredQuantity.ActiveEnergyImport).Read(out value));
            Assert.AreEqual(4294967295L, value.AsInt64());
        }

        [TestMethod]
        [DataRow(0, 0, 30)]
        [DataRow(1, 0, 30)]
        [DataRow(2, 0, 32)]
        [DataRow(3, 0, 32)]
        [DataRow(4, -3, 35)]
        [DataRow(5, -3, 33)]
        [DataRow(6, -3, 44)]
        [DataRow(7, -3, 255)]
        public void ScalerAndUnitFollowTheSnapshotsUnits(int quantity, int scaler, int unit)
        {
            ScalerUnit scalerUnit = MeasurementValue.ScalerUnitOf((MeasuredQuantity)quantity);
            Assert.AreEqual(scaler, (int)scalerUnit.Scaler);
            Assert.AreEqual(unit, (int)scalerUnit.Unit);
        }

        [TestMethod]
        public void TheMetersEnergyRegistersCountWholeWattHours()
        {
            // Scaler 0 for energy holds only while a register unit is 1 Wh (1000 mWh).
            Assert.AreEqual(1000, MeterMetrology.MilliwattHoursPerUnit);
        }
    }
}
