using System;

namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// What a key may be used for, fixed when it is created and enforced on every operation
    /// (NIST SP 800-57 Part 1 section 5.2: one key, one purpose). Stored in key records: never renumber.
    /// </summary>
    [Flags]
    public enum KeyUsage
    {
        None = 0,

        /// <summary>ECDSA signatures (P-256/P-384 key pairs).</summary>
        Sign = 1,

        /// <summary>ECDH (P-256/P-384 key pairs).</summary>
        KeyAgreement = 2,

        /// <summary>AES-GCM encryption and decryption (a DLMS EK).</summary>
        Encryption = 4,

        /// <summary>GMAC authentication only (a DLMS AK).</summary>
        Authentication = 8,

        /// <summary>AES key wrap of other keys (a DLMS KEK).</summary>
        KeyWrap = 16,
    }
}
