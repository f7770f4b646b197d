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

        /// <summary>
        /// The interrupted operation leaves arbitrary damage within its range, as NOR cells that
        /// lost power mid-operation can: a program clears a random subset of the bits it was to
        /// clear, anywhere in the range; an erase sets random bits of the sector (some bytes end
        /// 0xFF, others only partly set). Drawn from the flash's seeded generator.
        /// </summary>
        Scattered,
    }
}
