namespace Meter.Hal.Crypto
{
    /// <summary>The NIST prime curves DLMS security suites 1 and 2 use (FIPS 186-4 D.1.2.3, D.1.2.4).</summary>
    public enum EcCurve
    {
        /// <summary>secp256r1, suite 1; scalars and coordinates are 32 bytes.</summary>
        P256 = 1,

        /// <summary>secp384r1, suite 2; scalars and coordinates are 48 bytes.</summary>
        P384 = 2,
    }
}
