namespace Meter.Dlms.Security
{
    /// <summary>
    /// The receiving side's memory of a peer's invocation counter under one key (Green Book ed. 9,
    /// 9.2.7.2.4: an IC not greater than the last accepted one is a replay). The server backs it
    /// with the record store so the counter stays strictly increasing across restarts.
    /// </summary>
    public interface IInvocationCounterGuard
    {
        /// <summary>True if <paramref name="invocationCounter"/> is greater than the last accepted one (any value before the first).</summary>
        bool IsFresh(uint invocationCounter);

        /// <summary>
        /// Records <paramref name="invocationCounter"/> as the last accepted one. Called only after the
        /// APDU verified, so a forged APDU cannot advance the counter.
        /// </summary>
        void Accept(uint invocationCounter);

        /// <summary>The lowest counter now acceptable (sent with invocation-counter-error); uint.MaxValue once exhausted.</summary>
        uint LowestAcceptable { get; }
    }
}
