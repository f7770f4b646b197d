namespace Meter.Metrology
{
    /// <summary>Read-only view of the metrology task for other tasks (console, later DLMS).</summary>
    public interface IMeasurementSource
    {
        /// <summary>The latest published measurement with its registers, or null before the first frame.</summary>
        MeasurementSnapshot Latest { get; }
    }
}
