namespace Meter.SerialConsole
{
    /// <summary>
    /// The seam between the status command and the task runtime: a fresh snapshot of every
    /// supervised task (Meter.Runtime.TaskSupervisor provides it through a small adapter).
    /// </summary>
    public interface ITaskStatusSource
    {
        TaskStatusRow[] GetTaskStatus();
    }
}
