namespace Meter.SerialConsole
{
    /// <summary>
    /// Where the console records security events: the meter's event log (Meter.Events.EventLog.Record
    /// has this shape). A seam so the console core does not depend on the log's storage.
    /// </summary>
    public interface IEventRecorder
    {
        void Record(ushort code, string details);
    }
}
