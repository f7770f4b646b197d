namespace Meter.Events
{
    /// <summary>An <see cref="IEventRecorder"/> that records nothing: for a read-only store, where no event may be written.</summary>
    public sealed class DiscardingEventRecorder : IEventRecorder
    {
        public void Record(ushort code, string details)
        {
        }
    }
}
