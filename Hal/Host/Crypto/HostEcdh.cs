using System;
using System.Security.Cryptography;
using Meter.Hal.Crypto;

namespace Meter.Hal.Host.Crypto
{
    /// <summary>ECDH over .NET's ECDiffieHellman (raw shared secret, SP 800-56A ECC CDH).</summary>
    internal sealed class HostEcdh : IEcdh
    {
        public HostEcdh(EcCurve curve)
        {
            Curve = curve;
            FieldSizeInBytes = HostCryptoProvider.FieldSize(curve);
        }

        public EcCurve Curve { get; }

        public int FieldSizeInBytes { get; }

        public bool DerivePublicKey(byte[] privateKey, int privateKeyOffset, byte[] publicKey, int publicKeyOffset)
        {
            try
            {
                using ECDiffieHellman own = Private(privateKey, privateKeyOffset);
                ECParameters parameters = own.ExportParameters(false);
                parameters.Q.X.CopyTo(publicKey, publicKeyOffset);
                parameters.Q.Y.CopyTo(publicKey, publicKeyOffset + FieldSizeInBytes);
                return true;
            }
            catch (CryptographicException)
            {
                return false;
            }
        }

        public bool DeriveSharedSecret(byte[] privateKey, int privateKeyOffset, byte[] peerPublicKey, int peerPublicKeyOffset, byte[] sharedSecret, int sharedSecretOffset)
        {
            try
            {
                using ECDiffieHellman own = Private(privateKey, privateKeyOffset);
                using ECDiffieHellman peer = ECDiffieHellman.Create(PublicParameters(Curve, peerPublicKey, peerPublicKeyOffset));
                byte[] z = own.DeriveRawSecretAgreement(peer.PublicKey);
                z.CopyTo(sharedSecret, sharedSecretOffset);
                CryptographicOperations.ZeroMemory(z);
                return true;
            }
            catch (CryptographicException)
            {
                return false;
            }
        }

        internal static ECParameters PublicParameters(EcCurve curve, byte[] publicKey, int offset)
        {
            int size = HostCryptoProvider.FieldSize(curve);
            return new ECParameters
            {
                Curve = HostCryptoProvider.CurveOf(curve),
                Q = new ECPoint
                {
                    X = publicKey.AsSpan(offset, size).ToArray(),
                    Y = publicKey.AsSpan(offset + size, size).ToArray(),
                },
            };
        }

        private ECDiffieHellman Private(byte[] privateKey, int offset)
        {
            return ECDiffieHellman.Create(new ECParameters
            {
                Curve = HostCryptoProvider.CurveOf(Curve),
                D = privateKey.AsSpan(offset, FieldSizeInBytes).ToArray(),
            });
        }
    }
}
