namespace Meter.Events
{
    /// <summary>
    /// Where a part of the meter records events: the meter's event log (<see cref="EventLog"/>
    /// through an adapter) or a test double. A seam so the console and metrology do not depend on
    /// the log's storage.
    /// </summary>
    public interface IEventRecorder
    {
        void Record(ushort code, string details);
    }
}
