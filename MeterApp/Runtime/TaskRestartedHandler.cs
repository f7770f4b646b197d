namespace Meter.Runtime
{
    /// <summary>
    /// Raised on the supervisor's thread each time it restarts a task, after its backoff;
    /// <paramref name="restarts"/> counts this restart.
    /// </summary>
    public delegate void TaskRestartedHandler(string taskName, string reason, int restarts);
}
