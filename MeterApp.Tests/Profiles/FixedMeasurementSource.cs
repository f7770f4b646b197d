using Meter.Metrology;

namespace Meter.Tests.Profiles
{
    /// <summary>An <see cref="IMeasurementSource"/> whose registers a test sets (null until the first <see cref="Publish"/>).</summary>
    public sealed class FixedMeasurementSource : IMeasurementSource
    {
        public MeasurementSnapshot Latest { get; private set; }

        public void Publish(long activeImport, long activeExport, long reactiveImport, long reactiveExport)
        {
            EnergyRegisters registers = new EnergyRegisters(4000, 1000);
            registers.ActiveImport.Restore(activeImport, 0);
            registers.ActiveExport.Restore(activeExport, 0);
            registers.ReactiveImport.Restore(reactiveImport, 0);
            registers.ReactiveExport.Restore(reactiveExport, 0);
            Latest = new MeasurementSnapshot(new Measurement(), registers, 1, 0);
        }
    }
}
