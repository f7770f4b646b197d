namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// How much RAM the managed elliptic-curve code may spend on precomputed points: a device
    /// keeps its heap (tens of KiB on an ESP32), a PC buys speed.
    /// </summary>
    public enum EcTableSize
    {
        /// <summary>
        /// For devices: k·G through the same per-call 8-point table as k·Q (about 1 KiB of scratch),
        /// and a shared wNAF table of odd multiples of G for verification (4 KiB for P-256, 6 KiB for P-384).
        /// </summary>
        Compact = 0,

        /// <summary>
        /// For hosts: shared window tables of G (52 KiB for P-256, 72 KiB for P-384) and, per
        /// instance, the window table of a public key used four times in a row (as large again).
        /// About twice as fast for signing and repeated verification or agreement.
        /// </summary>
        Large = 1,
    }
}
