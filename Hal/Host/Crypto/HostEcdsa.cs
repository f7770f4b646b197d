using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Host.Crypto
{
    /// <summary>ECDSA over .NET's ECDsa with IEEE P1363 (r‖s) signatures.</summary>
    internal sealed class HostEcdsa : IEcdsa
    {
        public HostEcdsa(EcCurve curve)
        {
            Curve = curve;
            FieldSizeInBytes = HostCryptoProvider.FieldSize(curve);
        }

        public EcCurve Curve { get; }

        public int FieldSizeInBytes { get; }

        public bool SignHash(byte[] privateKey, int privateKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset)
        {
            ECDsa ecdsa;
            try
            {
                ecdsa = ECDsa.Create(new ECParameters
                {
                    Curve = HostCryptoProvider.CurveOf(Curve),
                    D = privateKey.AsSpan(privateKeyOffset, FieldSizeInBytes).ToArray(),
                });
            }
            catch (CryptographicException)
            {
                return false;
            }

            using (ecdsa)
            {
                return ecdsa.TrySignHash(hash.AsSpan(hashOffset, hashLength), signature.AsSpan(signatureOffset, 2 * FieldSizeInBytes), DSASignatureFormat.IeeeP1363FixedFieldConcatenation, out _);
            }
        }

        public bool VerifyHash(byte[] publicKey, int publicKeyOffset, byte[] hash, int hashOffset, int hashLength, byte[] signature, int signatureOffset, int signatureLength)
        {
            if (signatureLength != 2 * FieldSizeInBytes)
            {
                return false;
            }

            ECDsa ecdsa;
            try
            {
                ecdsa = ECDsa.Create(HostEcdh.PublicParameters(Curve, publicKey, publicKeyOffset));
            }
            catch (CryptographicException)
            {
                return false;
            }

            using (ecdsa)
            {
                return ecdsa.VerifyHash(hash.AsSpan(hashOffset, hashLength), signature.AsSpan(signatureOffset, signatureLength), DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
            }
        }
    }
}
