namespace Meter.Dlms.Server
{
    /// <summary>
    /// The server's own invocation counter under the global unicast key (Green Book ed. 9,
    /// 9.2.7.2.4: the IV must never repeat under one key, so the counter only moves forward, also
    /// across restarts). Shared by the sessions of one key: implementations are thread-safe.
    /// </summary>
    public interface IInvocationCounterSource
    {
        /// <summary>
        /// The next counter to send with (never returned before); throws InvalidOperationException
        /// once the counter is exhausted (the key must then be changed).
        /// </summary>
        uint Next();
    }
}
