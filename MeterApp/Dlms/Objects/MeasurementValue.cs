using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using Meter.Metrology;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// One quantity of the metrology task's latest published snapshot
    /// (<see cref="IMeasurementSource.Latest"/>, immutable), as a register value: integers only, in
    /// the unit <see cref="ScalerUnitOf"/> gives. Before the first frame there is no snapshot and
    /// the value is temporary-failure (it will come, the object exists). A value outside its
    /// DLMS type (never for a working meter: 4.29 GWh, 4.29 MV) is hardware-fault, not a wrap.
    /// </summary>
    public sealed class MeasurementValue : ICosemValueSource
    {
        private readonly IMeasurementSource _source;
        private readonly MeasuredQuantity _quantity;

        /// <summary>Reads <paramref name="quantity"/> from <paramref name="source"/>.</summary>
        public MeasurementValue(IMeasurementSource source, MeasuredQuantity quantity)
        {
            if (source == null)
            {
                throw new System.ArgumentNullException("source");
            }

            _source = source;
            _quantity = quantity;
        }

        /// <summary>The quantity read.</summary>
        public MeasuredQuantity Quantity
        {
            get { return _quantity; }
        }

        /// <summary>
        /// The scaler and unit of a quantity's value (Blue Book 4.3.2 units): energy in whole Wh /
        /// varh as the registers count them (register unit 1000 mWh, Meter.Boot.MeterMetrology),
        /// voltage in mV, current in mA, frequency in mHz, power factor in thousandths.
        /// </summary>
        public static ScalerUnit ScalerUnitOf(MeasuredQuantity quantity)
        {
            switch (quantity)
            {
                case MeasuredQuantity.ActiveEnergyImport:
                case MeasuredQuantity.ActiveEnergyExport:
                    return new ScalerUnit(0, CosemUnit.WattHour);
                case MeasuredQuantity.ReactiveEnergyImport:
                case MeasuredQuantity.ReactiveEnergyExport:
                    return new ScalerUnit(0, CosemUnit.VarHour);
                case MeasuredQuantity.VoltageL1:
                    return new ScalerUnit(-3, CosemUnit.Volt);
                case MeasuredQuantity.CurrentL1:
                    return new ScalerUnit(-3, CosemUnit.Ampere);
                case MeasuredQuantity.Frequency:
                    return new ScalerUnit(-3, CosemUnit.Hertz);
                default:
                    return new ScalerUnit(-3, CosemUnit.Unitless);
            }
        }

        /// <inheritdoc/>
        public DataAccessResult Read(out DlmsData value)
        {
            value = null;
            MeasurementSnapshot snapshot = _source.Latest;
            if (snapshot == null)
            {
                return DataAccessResult.TemporaryFailure;
            }

            switch (_quantity)
            {
                case MeasuredQuantity.ActiveEnergyImport: return Unsigned32(snapshot.ActiveImportUnits, out value);
                case MeasuredQuantity.ActiveEnergyExport: return Unsigned32(snapshot.ActiveExportUnits, out value);
                case MeasuredQuantity.ReactiveEnergyImport: return Unsigned32(snapshot.ReactiveImportUnits, out value);
                case MeasuredQuantity.ReactiveEnergyExport: return Unsigned32(snapshot.ReactiveExportUnits, out value);
                case MeasuredQuantity.VoltageL1: return Unsigned32(snapshot.VoltageMillivolts, out value);
                case MeasuredQuantity.CurrentL1: return Unsigned32((snapshot.CurrentMicroamps + 500) / 1000, out value);
                case MeasuredQuantity.Frequency: return Unsigned32(snapshot.FrequencyMillihertz, out value);
                default: return Signed16(snapshot.PowerFactorPerMille, out value);
            }
        }

        // double-long-unsigned, the IDIS type of energy registers and of these instantaneous values.
        private static DataAccessResult Unsigned32(long number, out DlmsData value)
        {
            if (number < 0 || number > uint.MaxValue)
            {
                value = null;
                return DataAccessResult.HardwareFault;
            }

            value = DlmsData.DoubleLongUnsigned((uint)number);
            return DataAccessResult.Success;
        }

        private static DataAccessResult Signed16(int number, out DlmsData value)
        {
            if (number < short.MinValue || number > short.MaxValue)
            {
                value = null;
                return DataAccessResult.HardwareFault;
            }

            value = DlmsData.Long((short)number);
            return DataAccessResult.Success;
        }
    }
}
