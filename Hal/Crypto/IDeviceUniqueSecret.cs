namespace Meter.Hal.Crypto
{
    /// <summary>
    /// The secret that makes this device's key-encryption key unique to its silicon (an eFuse key
    /// block, an OTP area, a secure element). The key store derives its KEK from it and never
    /// stores the KEK; wrapped keys copied to another device's flash are useless there.
    /// </summary>
    public interface IDeviceUniqueSecret
    {
        /// <summary>Length of the secret in bytes (at least 32).</summary>
        int Length { get; }

        /// <summary>Copies the secret into <paramref name="buffer"/>; the caller zeroises its copy after use.</summary>
        void CopyTo(byte[] buffer, int offset);
    }
}
