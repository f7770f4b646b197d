namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Who sends the pushes of a <see cref="PushSetup"/> (the push client task): the object only
    /// asks, it never touches the network itself.
    /// </summary>
    public interface IPushTrigger
    {
        /// <summary>Queues a push of <paramref name="setup"/>; false when it cannot be queued now.</summary>
        bool RequestPush(PushSetup setup);
    }
}
