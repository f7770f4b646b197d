using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Crypto.SelfTest;
using Meter.Hal.Virtual;

namespace Meter.Tests.Crypto
{
    /// <summary>One simulated chip's crypto: managed providers, a passed self-test, a seeded DRBG and a key store over RAM.</summary>
    internal sealed class CryptoRig
    {
        public readonly CryptoProviders Providers;
        public readonly CryptoHealth Health = new CryptoHealth();
        public readonly MemoryKeyStorage Storage;
        public readonly VirtualUniqueSecret Secret;
        public readonly KeyStore Keys;
        public readonly KeyOperations Operations;

        private CryptoRig(ICryptoProvider provider, int chipSeed, MemoryKeyStorage storage, bool runSelfTest)
        {
            Providers = new CryptoProviders(new ICryptoProvider[] { provider });
            Storage = storage;
            Secret = VirtualUniqueSecret.FromSeed(chipSeed);
            if (runSelfTest)
            {
                new CryptoSelfTest(Providers, Health).Run();
            }

            Keys = new KeyStore(Providers, new HmacDrbg(new VirtualTrng(chipSeed + 1000)), storage, Secret, Health);
            Operations = new KeyOperations(Providers, Keys, Health);
        }

        /// <summary>A chip identified by <paramref name="chipSeed"/> with empty storage, self-test passed.</summary>
        public static CryptoRig Create(int chipSeed)
        {
            return new CryptoRig(new ManagedCryptoProvider(), chipSeed, new MemoryKeyStorage(), true);
        }

        /// <summary>The same chip after a restart: same secret, same storage, fresh RAM.</summary>
        public static CryptoRig Restart(int chipSeed, MemoryKeyStorage storage)
        {
            return new CryptoRig(new ManagedCryptoProvider(), chipSeed, storage, true);
        }

        /// <summary>A chip whose self-test was never run (crypto untested).</summary>
        public static CryptoRig Untested(int chipSeed)
        {
            return new CryptoRig(new ManagedCryptoProvider(), chipSeed, new MemoryKeyStorage(), false);
        }

        /// <summary>A chip whose crypto goes through <paramref name="provider"/>.</summary>
        public static CryptoRig With(ICryptoProvider provider, int chipSeed)
        {
            return new CryptoRig(provider, chipSeed, new MemoryKeyStorage(), true);
        }

        public static byte[] PublicKeyOf(KeyHandle key)
        {
            byte[] publicKey = new byte[key.PublicKeyLength];
            key.ExportPublicKey(publicKey, 0);
            return publicKey;
        }
    }
}
