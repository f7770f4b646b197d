namespace Meter.Dlms.Acse
{
    /// <summary>Last arc of the DLMS authentication mechanism-name 2.16.756.5.8.2.x (Green Book 9.4.2.2.3).</summary>
    public enum MechanismName
    {
        /// <summary>Lowest level security (no authentication).</summary>
        None = 0,

        /// <summary>Low level security: password.</summary>
        Lls = 1,

        /// <summary>High level security, manufacturer specific.</summary>
        Hls = 2,

        /// <summary>HLS with MD5 (deprecated).</summary>
        HlsMd5 = 3,

        /// <summary>HLS with SHA-1 (deprecated).</summary>
        HlsSha1 = 4,

        /// <summary>HLS with GMAC.</summary>
        HlsGmac = 5,

        /// <summary>HLS with SHA-256.</summary>
        HlsSha256 = 6,

        /// <summary>HLS with ECDSA.</summary>
        HlsEcdsa = 7,
    }
}
