using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// The provider chosen for each algorithm: the first provider, in the board's order of
    /// preference (interop, platform, managed), that implements it. It is itself an
    /// <see cref="ICryptoProvider"/>, so the rest of the meter never sees the choice; the
    /// console's <c>crypto</c> command shows it through <see cref="For"/>.
    /// </summary>
    public sealed class CryptoProviders : ICryptoProvider
    {
        /// <summary>Number of <see cref="CryptoAlgorithm"/> values (they run from 0).</summary>
        public const int AlgorithmCount = 10;

        private readonly ICryptoProvider[] _chosen = new ICryptoProvider[AlgorithmCount];

        /// <summary>Chooses per algorithm; throws if no provider implements one of them, because a meter must not boot half-equipped.</summary>
        public CryptoProviders(ICryptoProvider[] preferenceOrder)
        {
            if (preferenceOrder == null)
            {
                throw new ArgumentNullException("preferenceOrder");
            }

            for (int a = 0; a < AlgorithmCount; a++)
            {
                for (int p = 0; p < preferenceOrder.Length && _chosen[a] == null; p++)
                {
                    if (preferenceOrder[p] != null && preferenceOrder[p].Supports((CryptoAlgorithm)a))
                    {
                        _chosen[a] = preferenceOrder[p];
                    }
                }

                if (_chosen[a] == null)
                {
                    throw new ArgumentException("no provider implements " + NameOf((CryptoAlgorithm)a));
                }
            }
        }

        /// <inheritdoc/>
        public string Name
        {
            get { return "per-algorithm"; }
        }

        /// <summary>The provider that serves <paramref name="algorithm"/>.</summary>
        public ICryptoProvider For(CryptoAlgorithm algorithm)
        {
            Bounds.CheckIndex((int)algorithm, AlgorithmCount, "algorithm");
            return _chosen[(int)algorithm];
        }

        /// <summary>The algorithm's standard name (Enum.ToString prints a number on the device).</summary>
        public static string NameOf(CryptoAlgorithm algorithm)
        {
            switch (algorithm)
            {
                case CryptoAlgorithm.Aes: return "AES";
                case CryptoAlgorithm.AesGcm: return "AES-GCM";
                case CryptoAlgorithm.Sha256: return "SHA-256";
                case CryptoAlgorithm.Sha384: return "SHA-384";
                case CryptoAlgorithm.HmacSha256: return "HMAC-SHA256";
                case CryptoAlgorithm.HmacSha384: return "HMAC-SHA384";
                case CryptoAlgorithm.EcdsaP256: return "ECDSA P-256";
                case CryptoAlgorithm.EcdsaP384: return "ECDSA P-384";
                case CryptoAlgorithm.EcdhP256: return "ECDH P-256";
                case CryptoAlgorithm.EcdhP384: return "ECDH P-384";
                default: return "unknown";
            }
        }

        /// <summary>The ECDSA algorithm of a curve.</summary>
        public static CryptoAlgorithm EcdsaOf(EcCurve curve)
        {
            return curve == EcCurve.P384 ? CryptoAlgorithm.EcdsaP384 : CryptoAlgorithm.EcdsaP256;
        }

        /// <summary>The ECDH algorithm of a curve.</summary>
        public static CryptoAlgorithm EcdhOf(EcCurve curve)
        {
            return curve == EcCurve.P384 ? CryptoAlgorithm.EcdhP384 : CryptoAlgorithm.EcdhP256;
        }

        /// <inheritdoc/>
        public bool Supports(CryptoAlgorithm algorithm)
        {
            return (int)algorithm >= 0 && (int)algorithm < AlgorithmCount;
        }

        /// <inheritdoc/>
        public IAesEngine CreateAes(byte[] key, int offset, int count)
        {
            return For(CryptoAlgorithm.Aes).CreateAes(key, offset, count);
        }

        /// <inheritdoc/>
        public IAesGcm CreateAesGcm(byte[] key, int offset, int count)
        {
            return For(CryptoAlgorithm.AesGcm).CreateAesGcm(key, offset, count);
        }

        /// <inheritdoc/>
        public IHash CreateHash(CryptoAlgorithm algorithm)
        {
            return For(algorithm).CreateHash(algorithm);
        }

        /// <inheritdoc/>
        public IMac CreateHmac(CryptoAlgorithm algorithm, byte[] key, int offset, int count)
        {
            return For(algorithm).CreateHmac(algorithm, key, offset, count);
        }

        /// <inheritdoc/>
        public IEcdsa CreateEcdsa(EcCurve curve)
        {
            return For(EcdsaOf(curve)).CreateEcdsa(curve);
        }

        /// <inheritdoc/>
        public IEcdh CreateEcdh(EcCurve curve)
        {
            return For(EcdhOf(curve)).CreateEcdh(curve);
        }
    }
}
