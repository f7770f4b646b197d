using System;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Crypto.SelfTest;
using Meter.Storage;

namespace Meter.Security
{
    /// <summary>
    /// The meter's crypto as the application sees it: the board's providers, the power-on
    /// self-test and its health state, the DRBG, the key store and the device key pairs. Built
    /// once at boot, before any task that needs a key.
    /// </summary>
    public sealed class MeterCrypto
    {
        private readonly CryptoSelfTest _selfTest;
        private readonly IEventRecorder _events;

        private MeterCrypto(CryptoProviders providers, CryptoHealth health, CryptoSelfTest selfTest, IEventRecorder events)
        {
            Providers = providers;
            Health = health;
            _selfTest = selfTest;
            _events = events;
        }

        public CryptoProviders Providers { get; }

        public CryptoHealth Health { get; }

        /// <summary>The most recent self-test (boot or console).</summary>
        public SelfTestReport LastSelfTest { get; private set; }

        /// <summary>The DRBG every key and nonce comes from (SP 800-90A HMAC_DRBG seeded from the board's TRNG).</summary>
        public IRandomSource Random { get; private set; }

        public KeyStore Keys { get; private set; }

        /// <summary>The device key pairs; null while crypto is in the error state.</summary>
        public DeviceKeys DeviceKeys { get; private set; }

        /// <summary>
        /// Runs the self-test (a failure is logged and leaves crypto in the error state, with no
        /// keys opened), then opens the key store and provisions the device keys.
        /// </summary>
        public static MeterCrypto Build(IBoard board, RecordStore store, IEventRecorder events, bool writable)
        {
            if (board == null || store == null || events == null)
            {
                throw new ArgumentNullException(board == null ? "board" : store == null ? "store" : "events");
            }

            CryptoHealth health = new CryptoHealth();
            MeterCrypto crypto = new MeterCrypto(board.Crypto, health, new CryptoSelfTest(board.Crypto, health), events);
            crypto.RunSelfTest();
            crypto.Random = new HmacDrbg(board.Trng);
            crypto.Keys = new KeyStore(board.Crypto, crypto.Random, new RecordStoreKeyStorage(store), board.UniqueSecret, health);
            if (health.IsOperational)
            {
                crypto.DeviceKeys = DeviceKeys.Provision(crypto.Keys, events, writable);
            }

            return crypto;
        }

        /// <summary>Runs the known-answer tests again (console <c>selftest</c>); a failure is logged and puts crypto in the error state.</summary>
        public SelfTestReport RunSelfTest()
        {
            SelfTestReport report = _selfTest.Run();
            LastSelfTest = report;
            if (!report.AllPassed)
            {
                _events.Record(EventCode.SelfTestFailed, "crypto " + report.FirstFailure);
            }

            return report;
        }
    }
}
