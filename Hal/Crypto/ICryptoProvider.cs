namespace Meter.Hal.Crypto
{
    /// <summary>
    /// One source of crypto primitives: the managed code, the nanoFramework platform's native
    /// classes, a custom firmware's interop assembly, or .NET on the host. A provider may
    /// implement only some algorithms; <see cref="CryptoProviders"/> picks one per algorithm.
    /// Factory methods throw <see cref="System.NotSupportedException"/> for an algorithm
    /// <see cref="Supports"/> denies. Objects returned are not thread-safe: one per user.
    /// </summary>
    public interface ICryptoProvider
    {
        /// <summary>Short name shown by the console's <c>crypto</c> command.</summary>
        string Name { get; }

        bool Supports(CryptoAlgorithm algorithm);

        /// <summary>AES engine under a 16- or 32-byte key.</summary>
        IAesEngine CreateAes(byte[] key, int offset, int count);

        /// <summary>AES-GCM under a 16- or 32-byte key.</summary>
        IAesGcm CreateAesGcm(byte[] key, int offset, int count);

        /// <summary><see cref="CryptoAlgorithm.Sha256"/> or <see cref="CryptoAlgorithm.Sha384"/>.</summary>
        IHash CreateHash(CryptoAlgorithm algorithm);

        /// <summary><see cref="CryptoAlgorithm.HmacSha256"/> or <see cref="CryptoAlgorithm.HmacSha384"/> under a key of any length.</summary>
        IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count);

        IEcdsa CreateEcdsa(EcCurve curve);

        IEcdh CreateEcdh(EcCurve curve);
    }
}
