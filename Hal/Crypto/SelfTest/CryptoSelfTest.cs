using System;

namespace Meter.Hal.Crypto.SelfTest
{
    /// <summary>
    /// The power-on self-test: a known-answer test of every algorithm through the provider the
    /// board chose for it, as a FIPS 140-3 module runs before its first output (section 7.10.2
    /// "pre-operational" and "conditional" self-tests). Signing and agreement are checked both ways
    /// (a known signature is produced and verifies, a corrupted one does not). Any mismatch or
    /// exception puts <see cref="CryptoHealth"/> in the error state; the caller logs it.
    /// </summary>
    public sealed class CryptoSelfTest
    {
        private const int RowCount = 12;

        private readonly CryptoProviders _providers;
        private readonly CryptoHealth _health;

        public CryptoSelfTest(CryptoProviders providers, CryptoHealth health)
        {
            if (providers == null || health == null)
            {
                throw new ArgumentNullException(providers == null ? "providers" : "health");
            }

            _providers = providers;
            _health = health;
        }

        /// <summary>Runs every known-answer test, sets the health state and returns the rows.</summary>
        public SelfTestReport Run()
        {
            SelfTestReport report = new SelfTestReport(RowCount);
            for (int a = 0; a < CryptoProviders.AlgorithmCount; a++)
            {
                CryptoAlgorithm algorithm = (CryptoAlgorithm)a;
                report.Set(a, CryptoProviders.NameOf(algorithm), _providers.For(algorithm).Name, Guarded(algorithm));
            }

            string aesProvider = _providers.For(CryptoAlgorithm.Aes).Name;
            report.Set(10, "AES key wrap", aesProvider, GuardedKeyWrap());
            report.Set(11, "Concat KDF", _providers.For(CryptoAlgorithm.Sha256).Name, GuardedKdf());

            string failure = report.FirstFailure;
            if (failure == null)
            {
                _health.MarkOperational();
            }
            else
            {
                _health.MarkFailed("self-test failed: " + failure);
            }

            return report;
        }

        // A provider that throws fails its row; it must never abort the boot.
        private bool Guarded(CryptoAlgorithm algorithm)
        {
            try
            {
                return Check(algorithm);
            }
            catch (Exception)
            {
                return false;
            }
        }

        private bool GuardedKeyWrap()
        {
            try
            {
                return KnownAnswers.KeyWrap(_providers);
            }
            catch (Exception)
            {
                return false;
            }
        }

        private bool GuardedKdf()
        {
            try
            {
                return KnownAnswers.ConcatKdf(_providers);
            }
            catch (Exception)
            {
                return false;
            }
        }

        private bool Check(CryptoAlgorithm algorithm)
        {
            switch (algorithm)
            {
                case CryptoAlgorithm.Aes: return KnownAnswers.Aes(_providers);
                case CryptoAlgorithm.AesGcm: return KnownAnswers.Gcm(_providers);
                case CryptoAlgorithm.Sha256: return KnownAnswers.Hash(_providers, algorithm, SelfTestVectors.Sha256Abc);
                case CryptoAlgorithm.Sha384: return KnownAnswers.Hash(_providers, algorithm, SelfTestVectors.Sha384Abc);
                case CryptoAlgorithm.HmacSha256: return KnownAnswers.Hmac(_providers, algorithm, SelfTestVectors.HmacSha256);
                case CryptoAlgorithm.HmacSha384: return KnownAnswers.Hmac(_providers, algorithm, SelfTestVectors.HmacSha384);
                case CryptoAlgorithm.EcdsaP256:
                    return KnownAnswers.Ecdsa(_providers, EcCurve.P256, SelfTestVectors.P256PrivateKey, SelfTestVectors.P256PublicKey, SelfTestVectors.P256SampleHash, SelfTestVectors.P256SampleSignature);
                case CryptoAlgorithm.EcdsaP384:
                    return KnownAnswers.Ecdsa(_providers, EcCurve.P384, SelfTestVectors.P384PrivateKey, SelfTestVectors.P384PublicKey, SelfTestVectors.P384SampleHash, SelfTestVectors.P384SampleSignature);
                case CryptoAlgorithm.EcdhP256:
                    return KnownAnswers.Ecdh(_providers, EcCurve.P256, SelfTestVectors.P256DhPrivateKey, SelfTestVectors.P256DhPeerKey, SelfTestVectors.P256DhSecret);
                case CryptoAlgorithm.EcdhP384:
                    return KnownAnswers.Ecdh(_providers, EcCurve.P384, SelfTestVectors.P384DhPrivateKey, SelfTestVectors.P384DhPeerKey, SelfTestVectors.P384DhSecret);
                default:
                    return false;
            }
        }
    }
}
