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
    /// self-test and its health state, the DRBG, the key store and the device key pairs.
    /// <see cref="Initialize"/> does the slow part (known-answer tests, key generation at first
    /// boot: seconds of interpreted ECC on a device without interop) after the tasks have
    /// started, because metering may not wait for it: IEC 62053-21 wants a meter registering
    /// within 5 s of power-on. Until then the health state is "self-test not run" and nothing
    /// can use a key.
    /// </summary>
    public sealed class MeterCrypto
    {
        private readonly object _sync = new object();
        private readonly IBoard _board;
        private readonly RecordStore _store;
        private readonly IEventRecorder _events;
        private readonly bool _writable;
        private readonly CryptoSelfTest _selfTest;

        private MeterCrypto(IBoard board, RecordStore store, IEventRecorder events, bool writable)
        {
            _board = board;
            _store = store;
            _events = events;
            _writable = writable;
            Providers = board.Crypto;
            Health = new CryptoHealth();
            _selfTest = new CryptoSelfTest(Providers, Health);
        }

        public CryptoProviders Providers { get; }

        public CryptoHealth Health { get; }

        /// <summary>The most recent self-test (start-up or console); null before <see cref="Initialize"/>.</summary>
        public SelfTestReport LastSelfTest { get; private set; }

        /// <summary>The DRBG every key and nonce comes from (SP 800-90A HMAC_DRBG seeded from the board's TRNG); null before <see cref="Initialize"/>.</summary>
        public IRandomSource Random { get; private set; }

        /// <summary>The key store; null before <see cref="Initialize"/>.</summary>
        public KeyStore Keys { get; private set; }

        /// <summary>The device key pairs; null before <see cref="Initialize"/> and while crypto is in the error state.</summary>
        public DeviceKeys DeviceKeys { get; private set; }

        /// <summary>Wires crypto to the board and the store; runs nothing yet.</summary>
        public static MeterCrypto Build(IBoard board, RecordStore store, IEventRecorder events, bool writable)
        {
            if (board == null || store == null || events == null)
            {
                throw new ArgumentNullException(board == null ? "board" : store == null ? "store" : "events");
            }

            return new MeterCrypto(board, store, events, writable);
        }

        /// <summary>
        /// Runs the self-test (a failure is logged and leaves crypto in the error state, with no
        /// keys opened), seeds the DRBG, opens the key store and provisions the device keys.
        /// Runs once; later calls return at once.
        /// </summary>
        public void Initialize()
        {
            lock (_sync)
            {
                if (Keys != null)
                {
                    return;
                }

                RunSelfTest();
                Random = new HmacDrbg(_board.Trng);
                Keys = new KeyStore(Providers, Random, new RecordStoreKeyStorage(_store), _board.UniqueSecret, Health);
                if (Health.IsOperational)
                {
                    DeviceKeys = DeviceKeys.Provision(Keys, _events, _writable);
                }
            }
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
