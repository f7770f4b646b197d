namespace Meter.Runtime
{
    /// <summary>Raised on the supervisor's thread each time it restarts a task.</summary>
    public delegate void TaskRestartedHandler(string taskName, string reason, int restarts);
}
