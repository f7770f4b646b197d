using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Crypto.SelfTest;
using Meter.Hal.Entropy;
using Meter.Hal.Virtual;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// The crypto a PC-side client needs, in one place: providers that passed the self-test, a
    /// DRBG, and a key store in RAM (its KEK from a per-process random secret) holding the EK and
    /// AK given on the command line as session keys. The caller zeroises its copies of the keys.
    /// </summary>
    public sealed class ClientKeys
    {
        private ClientKeys(KeyOperations operations, KeyHandle encryptionKey, KeyHandle authenticationKey, IRandomSource random)
        {
            Operations = operations;
            EncryptionKey = encryptionKey;
            AuthenticationKey = authenticationKey;
            Random = random;
        }

        /// <summary>The operations over the keys.</summary>
        public KeyOperations Operations { get; }

        /// <summary>The EK (usage Encryption).</summary>
        public KeyHandle EncryptionKey { get; }

        /// <summary>The AK (usage Authentication).</summary>
        public KeyHandle AuthenticationKey { get; }

        /// <summary>The DRBG (for the CtoS challenge).</summary>
        public IRandomSource Random { get; }

        /// <summary>
        /// Runs the self-test over <paramref name="provider"/> (the managed provider fills in what it
        /// lacks), seeds a DRBG from <paramref name="trng"/> and imports the 16-byte
        /// <paramref name="encryptionKey"/> and <paramref name="authenticationKey"/>. Throws when the
        /// self-test fails or a key is not 16 bytes.
        /// </summary>
        public static ClientKeys Create(ICryptoProvider provider, ITrng trng, byte[] encryptionKey, byte[] authenticationKey)
        {
            if (provider == null || trng == null || encryptionKey == null || authenticationKey == null)
            {
                throw new ArgumentNullException(provider == null ? "provider" : trng == null ? "trng" : encryptionKey == null ? "encryptionKey" : "authenticationKey");
            }

            CryptoProviders providers = new CryptoProviders(new ICryptoProvider[] { provider, new ManagedCryptoProvider() });
            CryptoHealth health = new CryptoHealth();
            SelfTestReport report = new CryptoSelfTest(providers, health).Run();
            if (!health.IsOperational)
            {
                throw new InvalidOperationException("crypto self-test failed: " + report.FirstFailure);
            }

            IRandomSource random = new HmacDrbg(trng);
            byte[] fuses = new byte[VirtualUniqueSecret.SecretLength];
            random.GetBytes(fuses, 0, fuses.Length);
            VirtualUniqueSecret secret = new VirtualUniqueSecret(fuses);
            Array.Clear(fuses, 0, fuses.Length);
            KeyStore store = new KeyStore(providers, random, new RamKeyStorage(), secret, health);
            KeyHandle ek = store.Import(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption, encryptionKey, 0, encryptionKey.Length);
            KeyHandle ak = store.Import(KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Authentication, authenticationKey, 0, authenticationKey.Length);
            return new ClientKeys(new KeyOperations(providers, store, health), ek, ak, random);
        }

        /// <summary>Security settings for an HLS-GMAC association with these keys.</summary>
        public ClientSecurity Security(byte[] systemTitle, uint invocationCounter)
        {
            return new ClientSecurity(Operations, EncryptionKey, AuthenticationKey, systemTitle, invocationCounter, Random);
        }
    }
}
