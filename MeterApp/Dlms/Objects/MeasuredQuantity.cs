namespace Meter.Dlms.Objects
{
    /// <summary>The values of a <see cref="Meter.Metrology.MeasurementSnapshot"/> the meter's registers publish.</summary>
    public enum MeasuredQuantity
    {
        /// <summary>+A, active energy import (1.0.1.8.0.255), Wh.</summary>
        ActiveEnergyImport = 0,

        /// <summary>−A, active energy export (1.0.2.8.0.255), Wh.</summary>
        ActiveEnergyExport = 1,

        /// <summary>+R, reactive energy import (1.0.3.8.0.255), varh.</summary>
        ReactiveEnergyImport = 2,

        /// <summary>−R, reactive energy export (1.0.4.8.0.255), varh.</summary>
        ReactiveEnergyExport = 3,

        /// <summary>Instantaneous voltage L1 (1.0.32.7.0.255), mV.</summary>
        VoltageL1 = 4,

        /// <summary>Instantaneous current L1 (1.0.31.7.0.255), mA.</summary>
        CurrentL1 = 5,

        /// <summary>Instantaneous net frequency (1.0.14.7.0.255), mHz.</summary>
        Frequency = 6,

        /// <summary>Instantaneous power factor (1.0.13.7.0.255), per mille, signed like P.</summary>
        PowerFactor = 7,
    }
}
