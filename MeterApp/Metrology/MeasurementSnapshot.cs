namespace Meter.Metrology
{
    /// <summary>
    /// An immutable copy of one <see cref="Measurement"/>, published by the metrology task for other
    /// tasks (console, DLMS) to read without locking: a reader keeps the reference it got and the
    /// values never change under it.
    /// </summary>
    public sealed class MeasurementSnapshot
    {
        public MeasurementSnapshot(Measurement source)
        {
            Sequence = source.Sequence;
            VoltageMillivolts = source.VoltageMillivolts;
            CurrentMicroamps = source.CurrentMicroamps;
            NeutralMicroamps = source.NeutralMicroamps;
            ActiveMicrowatts = source.ActiveMicrowatts;
            ReactiveMicrovars = source.ReactiveMicrovars;
            ApparentMicrovoltAmperes = source.ApparentMicrovoltAmperes;
            PowerFactorPerMille = source.PowerFactorPerMille;
            FrequencyMillihertz = source.FrequencyMillihertz;
            OverRange = source.OverRange;
        }

        public long Sequence { get; }

        public long VoltageMillivolts { get; }

        public long CurrentMicroamps { get; }

        public long NeutralMicroamps { get; }

        public long ActiveMicrowatts { get; }

        public long ReactiveMicrovars { get; }

        public long ApparentMicrovoltAmperes { get; }

        public int PowerFactorPerMille { get; }

        public int FrequencyMillihertz { get; }

        public int OverRange { get; }
    }
}
