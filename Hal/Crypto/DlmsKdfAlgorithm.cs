namespace Meter.Hal.Crypto
{
    /// <summary>
    /// The key a DLMS key agreement derives, the last arc of its AlgorithmID OID 2.16.756.5.8.3.x
    /// (DLMS UA 1000-2, the Green Book, security suites 1 and 2), in the order public stacks use.
    /// </summary>
    public enum DlmsKdfAlgorithm
    {
        /// <summary>AES-GCM-128 (suite 1).</summary>
        AesGcm128 = 0,

        /// <summary>AES-GCM-256 (suite 2).</summary>
        AesGcm256 = 1,

        /// <summary>AES-WRAP-128 (suite 1).</summary>
        AesWrap128 = 2,

        /// <summary>AES-WRAP-256 (suite 2).</summary>
        AesWrap256 = 3,
    }
}
