namespace Meter.Runtime
{
    /// <summary>
    /// Raised on the supervisor's thread on the pass that finds a task faulted (it threw) or hung
    /// (it stopped heartbeating): once per failure, before the backoff, so the fault is on record
    /// even if the watchdog resets the board before the restart.
    /// </summary>
    public delegate void TaskFaultedHandler(string taskName, string reason);
}
