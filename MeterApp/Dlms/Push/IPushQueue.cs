namespace Meter.Dlms.Push
{
    /// <summary>Where push jobs are queued for the push task (<see cref="PushClient"/>). Never blocks the caller.</summary>
    public interface IPushQueue
    {
        /// <summary>Queues <paramref name="job"/>; false, counted, when the queue is full.</summary>
        bool Enqueue(PushJob job);
    }
}
