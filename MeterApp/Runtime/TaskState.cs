namespace Meter.Runtime
{
    /// <summary>Where a supervised task is in its life.</summary>
    public enum TaskState
    {
        /// <summary>Added but the supervisor has not started it yet.</summary>
        Created = 0,
        Running = 1,
        /// <summary>It threw; the supervisor restarts it when its backoff ends.</summary>
        Faulted = 2,
        /// <summary>It stopped heartbeating; its thread was abandoned and a restart is pending.</summary>
        Hung = 3,
        Stopped = 4,
    }
}
