using System;
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
        // Above the longest wrapped record the key store writes (164 bytes, Hal KeyRecordFormat).
        private const int LargestRecord = 256;

        public readonly CryptoProviders Providers;
        public readonly CryptoHealth Health = new CryptoHealth();
        public readonly RamKeyStorage Storage;
        public readonly VirtualUniqueSecret Secret;
        public readonly KeyStore Keys;
        public readonly KeyOperations Operations;

        private CryptoRig(ICryptoProvider provider, int chipSeed, RamKeyStorage storage, bool runSelfTest)
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
            return new CryptoRig(new ManagedCryptoProvider(), chipSeed, new RamKeyStorage(), true);
        }

        /// <summary>The same chip after a restart: same secret, same storage, fresh RAM.</summary>
        public static CryptoRig Restart(int chipSeed, RamKeyStorage storage)
        {
            return new CryptoRig(new ManagedCryptoProvider(), chipSeed, storage, true);
        }

        /// <summary>A chip whose self-test was never run (crypto untested).</summary>
        public static CryptoRig Untested(int chipSeed)
        {
            return new CryptoRig(new ManagedCryptoProvider(), chipSeed, new RamKeyStorage(), false);
        }

        /// <summary>A chip whose crypto goes through <paramref name="provider"/>.</summary>
        public static CryptoRig With(ICryptoProvider provider, int chipSeed)
        {
            return new CryptoRig(provider, chipSeed, new RamKeyStorage(), true);
        }

        /// <summary>A copy of the wrapped record in <paramref name="slot"/> (null when there is none), as it would sit in flash.</summary>
        public byte[] Record(ushort slot)
        {
            byte[] buffer = new byte[LargestRecord];
            int length = Storage.Read(slot, buffer, 0);
            if (length < 0)
            {
                return null;
            }

            byte[] record = new byte[length];
            Array.Copy(buffer, record, length);
            return record;
        }

        /// <summary>Replaces the record in <paramref name="slot"/> with <paramref name="record"/> (copied, edited or moved by a test).</summary>
        public void PutRecord(ushort slot, byte[] record)
        {
            Storage.Write(slot, record, 0, record.Length);
        }

        public static byte[] PublicKeyOf(KeyHandle key)
        {
            byte[] publicKey = new byte[key.PublicKeyLength];
            key.ExportPublicKey(publicKey, 0);
            return publicKey;
        }
    }
}
