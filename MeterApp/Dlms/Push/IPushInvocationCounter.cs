namespace Meter.Dlms.Push
{
    /// <summary>
    /// The meter's own sending invocation counter under the global unicast key (wired to
    /// <see cref="Meter.Dlms.Security.SendingInvocationCounter"/>): every ciphered push takes a
    /// value never used before, shared with everything else the meter protects under that key.
    /// </summary>
    public interface IPushInvocationCounter
    {
        /// <summary>Takes the next unused value; false when none is left (the key must change). May throw when the reservation cannot be stored.</summary>
        bool TryNext(out uint value);
    }
}
