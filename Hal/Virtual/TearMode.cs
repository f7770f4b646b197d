namespace Meter.Hal.Virtual
{
    /// <summary>What an operation interrupted by a simulated power cut leaves behind.</summary>
    public enum TearMode
    {
        /// <summary>The interrupted operation has no effect at all.</summary>
        None,

        /// <summary>
        /// The interrupted operation applies part of its effect: a program writes its first k bytes
        /// and clears some of the bits of byte k; an erase resets only the start or the end of the
        /// sector to 0xFF. k comes from the flash's seeded generator.
        /// </summary>
        Partial,
    }
}
