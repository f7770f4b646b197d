namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// A persistent counter that never goes backwards, even across a power cut
    /// (Meter.Storage.PersistentCounter): counts console login attempts.
    /// </summary>
    public interface IAttemptCounter
    {
        long Value { get; }

        /// <summary>Adds one and returns only once the new value is persistent.</summary>
        void Increment();
    }
}
