using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Crypto.SelfTest;
using Meter.Hal.Virtual;
using Meter.Security;
using Meter.Storage;
using Meter.Tests.SerialConsole;
using Meter.Tests.Storage;

namespace Meter.Tests.Security
{
    /// <summary>One boot of a meter's crypto on a virtual flash: record store, key store over it (as MeterCrypto builds them), events.</summary>
    internal sealed class ProvisioningRig
    {
        public readonly RecordStore Store;
        public readonly KeyStore Keys;
        public readonly KeyOperations Operations;
        public readonly RecordingEvents Events = new RecordingEvents();

        private ProvisioningRig(VirtualFlash flash, int chipSeed, int boot)
        {
            CryptoProviders providers = new CryptoProviders(new ICryptoProvider[] { new ManagedCryptoProvider() });
            CryptoHealth health = new CryptoHealth();
            new CryptoSelfTest(providers, health).Run();
            Store = StoreTestKit.Mounted(flash);
            Keys = new KeyStore(providers, new HmacDrbg(new VirtualTrng((chipSeed * 100) + boot)), new RecordStoreKeyStorage(Store), VirtualUniqueSecret.FromSeed(chipSeed), health);
            Operations = new KeyOperations(providers, Keys, health);
        }

        /// <summary>Boot number <paramref name="boot"/> of chip <paramref name="chipSeed"/> on <paramref name="flash"/>.</summary>
        public static ProvisioningRig Boot(VirtualFlash flash, int chipSeed, int boot)
        {
            return new ProvisioningRig(flash, chipSeed, boot);
        }

        public static FactoryStation Station(long serialNumber, MemoryShipmentSink sink)
        {
            return new FactoryStation(DlmsIdentity.Create(DlmsIdentity.TestManufacturerId, serialNumber), 1, 1, sink);
        }

        public DlmsKeys Provision(FactoryStation station)
        {
            return DlmsKeys.Provision(Keys, Store, Events, true, station);
        }

        /// <summary>How many events of <paramref name="code"/> this boot recorded.</summary>
        public int Count(ushort code)
        {
            int count = 0;
            for (int i = 0; i < Events.Codes.Count; i++)
            {
                if ((int)Events.Codes[i] == code)
                {
                    count++;
                }
            }

            return count;
        }
    }
}
