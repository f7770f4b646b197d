using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Host.Crypto
{
    /// <summary>
    /// .NET's System.Security.Cryptography (OpenSSL on Linux, CNG on Windows) behind the HAL
    /// interfaces: the oracle the other providers are tested against. Its ECDSA signatures are
    /// valid but randomised (.NET has no RFC 6979), so tests compare them by verification.
    /// </summary>
    public sealed class HostCryptoProvider : ICryptoProvider
    {
        public string Name => "dotnet";

        public bool Supports(CryptoAlgorithm algorithm) => algorithm >= CryptoAlgorithm.Aes && algorithm <= CryptoAlgorithm.EcdhP384;

        public IAesEngine CreateAes(byte[] key, int offset, int count) => new HostAes(key, offset, count);

        public IAesGcm CreateAesGcm(byte[] key, int offset, int count) => new HostAesGcm(key, offset, count);

        public IHash CreateHash(CryptoAlgorithm algorithm) => new HostHash(algorithm);

        public IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count) => new HostHmac(algorithm, key, offset, count);

        public IEcdsa CreateEcdsa(EcCurve curve) => new HostEcdsa(curve);

        public IEcdh CreateEcdh(EcCurve curve) => new HostEcdh(curve);

        internal static System.Security.Cryptography.ECCurve CurveOf(EcCurve curve) => curve switch
        {
            EcCurve.P256 => System.Security.Cryptography.ECCurve.NamedCurves.nistP256,
            EcCurve.P384 => System.Security.Cryptography.ECCurve.NamedCurves.nistP384,
            _ => throw new ArgumentOutOfRangeException(nameof(curve)),
        };

        internal static int FieldSize(EcCurve curve) => curve == EcCurve.P384 ? 48 : 32;
    }
}
