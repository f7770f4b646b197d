namespace Meter.Metrology.Accuracy
{
    /// <summary>What an <see cref="AccuracyPoint"/> checks.</summary>
    public enum AccuracyPointKind
    {
        /// <summary>A load point: the percentage error is measured against the limits.</summary>
        Load,

        /// <summary>
        /// A reactive load point (IEC 62053-23/-24): the percentage error of the reactive register
        /// the load drives (R+ inductive, R− capacitive) is measured against the reactive limits.
        /// </summary>
        Reactive,

        /// <summary>Starting current (IEC 62053-22 §8.3.3): the meter must start and keep registering.</summary>
        Starting,

        /// <summary>No load at 1.15 Un, I = 0 (IEC 62053-22 §8.3.2): no register movement, no pulse.</summary>
        NoLoad
    }
}
