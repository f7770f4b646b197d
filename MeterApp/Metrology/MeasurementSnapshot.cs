namespace Meter.Metrology
{
    /// <summary>
    /// An immutable copy of one <see cref="Measurement"/>, published by the metrology task for other
    /// tasks (console, DLMS) to read without locking: a reader keeps the reference it got and the
    /// values never change under it. It also carries the whole units of the energy registers and
    /// the task's frame counters as they were after that frame, so a reader never sees a torn
    /// 64-bit register (a long is not read atomically on a 32-bit device).
    /// </summary>
    public sealed class MeasurementSnapshot
    {
        public MeasurementSnapshot(Measurement source, EnergyRegisters registers, long frames, long lostFrames)
        {
            ActiveImportUnits = registers.ActiveImport.Units;
            ActiveExportUnits = registers.ActiveExport.Units;
            ReactiveImportUnits = registers.ReactiveImport.Units;
            ReactiveExportUnits = registers.ReactiveExport.Units;
            Frames = frames;
            LostFrames = lostFrames;
            Sequence = source.Sequence;
            VoltageMillivolts = source.VoltageMillivolts;
            CurrentMicroamps = source.CurrentMicroamps;
            NeutralMicroamps = source.NeutralMicroamps;
            ActiveMicrowatts = source.ActiveMicrowatts;
            ReactiveMicrovars = source.ReactiveMicrovars;
            NeutralActiveMicrowatts = source.NeutralActiveMicrowatts;
            BilledFromNeutral = source.BilledFromNeutral;
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

        /// <summary>Active power seen by the neutral channel, µW.</summary>
        public long NeutralActiveMicrowatts { get; }

        /// <summary>The frame's active energy was billed from the neutral channel (L/N imbalance, neutral larger).</summary>
        public bool BilledFromNeutral { get; }

        public long ApparentMicrovoltAmperes { get; }

        public int PowerFactorPerMille { get; }

        public int FrequencyMillihertz { get; }

        public int OverRange { get; }

        /// <summary>A+ in register units (Wh for the meter's registers).</summary>
        public long ActiveImportUnits { get; }

        /// <summary>A− in register units.</summary>
        public long ActiveExportUnits { get; }

        /// <summary>R+ in register units (varh).</summary>
        public long ReactiveImportUnits { get; }

        /// <summary>R− in register units.</summary>
        public long ReactiveExportUnits { get; }

        /// <summary>Frames processed, this one included.</summary>
        public long Frames { get; }

        /// <summary>Frames missing from the sequence so far.</summary>
        public long LostFrames { get; }
    }
}
