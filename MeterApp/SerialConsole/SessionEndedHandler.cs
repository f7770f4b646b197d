namespace Meter.SerialConsole
{
    /// <summary>A privileged console session ended; <paramref name="reason"/> says how ("logout", "idle timeout", "console restart").</summary>
    public delegate void SessionEndedHandler(string reason);
}
