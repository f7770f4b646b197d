using System;
using Meter.Dlms.Cosem;
using Meter.Dlms.Hdlc;
using Meter.Dlms.Objects;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Dlms.Transport;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Hal.Crypto.Keys;
using Meter.Identity;
using Meter.Metrology;
using Meter.Security;
using Meter.Storage;

namespace Meter.Boot
{
    /// <summary>
    /// The meter's DLMS/COSEM server, composed in two steps. <see cref="Build"/> (at boot) makes
    /// the transports (the wrapper on TCP, HDLC on the DLMS UART) and their tasks, which run from the start but open no session yet.
    /// <see cref="Activate"/> (once crypto is initialised, after metering started) opens or
    /// provisions the DLMS identity and keys, builds the objects and the server, and from then on
    /// the transports' connections get sessions. A meter whose crypto failed its self-test, or that
    /// has no DLMS identity, keeps refusing connections: no association without its keys.
    /// </summary>
    public sealed class MeterDlms : IApduSessionFactory
    {
        /// <summary>Logical name of the management client's invocation counter, 0.0.43.1.0.255.</summary>
        public static readonly byte[] ManagementCounterName = new byte[] { 0, 0, 43, 1, 0, 255 };

        // Security events a peer can raise at frame rate: 5 at once, then one per 5 minutes (12 an
        // hour), so a flood of forged frames keeps the 100-slot fraud log for hours and barely writes.
        private const int SecurityEventBurst = 5;
        private const int SecurityEventRefillMilliseconds = 300000;

        // Security setup's policy minimum: authenticated and encrypted (v0 enum 3), what SAP 1 demands anyway.
        private const byte MinimumSecurityPolicy = 3;

        private readonly IBoard _board;
        private readonly RecordStore _store;
        private readonly IEventRecorder _events;
        private readonly bool _writable;
        private readonly IMeasurementSource _measurements;
        private readonly SoftwareIdentity _software;
        private readonly DlmsOptions _options;
        private readonly ICosemObject[] _profiles;
        private readonly MeterPush _push;
        private byte[] _systemTitle;
        private readonly object _keySync = new object();
        private DlmsServer _server;
        private CipheringSetup _ciphering;
        private DlmsInvocationCounters _counters;
        private KeyHandle _globalKey;
        private KeyHandle _authenticationKey;

        private MeterDlms(IBoard board, RecordStore store, IEventRecorder events, bool writable, IMeasurementSource measurements, SoftwareIdentity software, ICosemObject[] profiles, MeterPush push, DlmsOptions options)
        {
            _profiles = profiles;
            _push = push;
            _board = board;
            _store = store;
            _events = events;
            _writable = writable;
            _measurements = measurements;
            _software = software;
            _options = options;
            Wrapper = new WrapperTcpServer(this, options.WrapperSettings());
            WrapperTask = new WrapperServerTask(Wrapper);
            Hdlc = new HdlcServerLink(board.DlmsPort, board.Clock, this, new HdlcServerSettings());
            HdlcTask = new HdlcServerTask(Hdlc);
        }

        /// <summary>The IEC 62056-47 TCP server.</summary>
        public WrapperTcpServer Wrapper { get; }

        /// <summary>Its accept loop, a supervised task.</summary>
        public WrapperServerTask WrapperTask { get; }

        /// <summary>The IEC 62056-46 link on the board's DLMS UART (the virtual board's TCP serial bridge).</summary>
        public HdlcServerLink Hdlc { get; }

        /// <summary>Its serial task.</summary>
        public HdlcServerTask HdlcTask { get; }

        /// <summary>The DLMS identity and keys; null until <see cref="Activate"/>.</summary>
        public DlmsKeys Keys { get; private set; }

        /// <summary>The server's security events, throttled (how many were left out); null until the server is up.</summary>
        public ThrottledEventRecorder SecurityEvents { get; private set; }

        /// <summary>The standard objects; null until the server is up.</summary>
        public MeterObjects Objects { get; private set; }

        /// <summary>The server; null while connections are refused.</summary>
        public DlmsServer Server
        {
            get { return _server; }
        }

        /// <summary>The persistent invocation counters (ours, the management client's); null until the server is up.</summary>
        public DlmsInvocationCounters Counters
        {
            get { return _counters; }
        }

        /// <summary>Why the server is not up (null once it is): shown by the console.</summary>
        public string Unavailable { get; private set; }

        /// <summary>
        /// Makes the transports; nothing is served before <see cref="Activate"/>.
        /// <paramref name="profiles"/> are the profile generic objects (load profile, event logs)
        /// and the Data objects their capture objects name (<see cref="ProfileObjects.Build"/>),
        /// which the management client reads besides the standard objects; <paramref name="push"/>
        /// the push client whose setups it serves and whose keys it keeps current.
        /// </summary>
        public static MeterDlms Build(IBoard board, RecordStore store, IEventRecorder events, bool writable, IMeasurementSource measurements, SoftwareIdentity software, ICosemObject[] profiles, MeterPush push, DlmsOptions options)
        {
            if (board == null || store == null || events == null || measurements == null || software == null || profiles == null || push == null || options == null)
            {
                throw new ArgumentNullException(board == null ? "board" : store == null ? "store" : events == null ? "events"
                    : measurements == null ? "measurements" : software == null ? "software" : "options");
            }

            MeterDlms dlms = new MeterDlms(board, store, events, writable, measurements, software, profiles, push, options);
            dlms.Unavailable = "crypto not initialised";
            return dlms;
        }

        /// <summary>
        /// Opens (or, at first start with a factory station, provisions) the DLMS identity and keys
        /// and brings the server up. Runs once; call it after <see cref="MeterCrypto.Initialize"/>.
        /// </summary>
        public void Activate(MeterCrypto crypto)
        {
            if (crypto == null)
            {
                throw new ArgumentNullException("crypto");
            }

            if (_server != null || Keys != null)
            {
                return;
            }

            if (crypto.Keys == null || !crypto.Health.IsOperational)
            {
                Unavailable = "crypto is not operational";
                return;
            }

            FactoryStation station = null;
            if (_options.Shipment != null)
            {
                station = new FactoryStation(DlmsIdentity.Draw(DlmsIdentity.TestManufacturerId, crypto.Random), DlmsServer.ManagementLogicalDevice, AssociationPolicy.ManagementClientSap, _options.Shipment);
            }

            Keys = DlmsKeys.Provision(crypto.Keys, _store, _events, _writable, station);
            if (!Keys.IsReady)
            {
                Unavailable = Keys.Identity == null ? "no DLMS identity (unprovisioned)" : "DLMS keys damaged";
                return;
            }

            byte[] systemTitle = new byte[DlmsIdentity.SystemTitleLength];
            Keys.Identity.CopySystemTitle(systemTitle, 0);
            _systemTitle = systemTitle;
            _counters = DlmsInvocationCounters.Open(_store, _events, SendingInvocationCounter.DefaultBlockSize);
            _globalKey = Keys.Get(DlmsKeySlots.GlobalUnicast);
            _authenticationKey = Keys.Get(DlmsKeySlots.Authentication);

            SecurityEvents = new ThrottledEventRecorder(_events, _board.Clock, new ushort[] { EventCode.AuthenticationFailure, EventCode.DecryptionOrAuthenticationFailure, EventCode.ReplayAttack }, SecurityEventBurst, SecurityEventRefillMilliseconds);

            // Security setup gets a KeyOperations of its own: the class is not thread-safe.
            SecuritySetup securitySetup = MeterObjects.BuildSecuritySetup(_store, crypto.Keys, new KeyOperations(crypto.Providers, crypto.Keys, crypto.Health), SecurityEvents, systemTitle, MinimumSecurityPolicy);
            MeterObjects objects = new MeterObjects(new IdentityNameplate(Keys.Identity), _software, _measurements, _board.Rtc, _events, 0, null, securitySetup);
            _ciphering = new CipheringSetup(crypto.Providers, crypto.Keys, crypto.Health, systemTitle, _globalKey, _authenticationKey, _counters.ManagementClientUnicast, new PersistentInvocationCounterSource(_counters.OwnUnicast));
            securitySetup.KeyChanged += OnKeyChanged;

            Data managementCounter = new Data(ManagementCounterName, new InvocationCounterValue(_counters.ManagementClientUnicast));
            PushSetup[] pushSetups = _push.CreateSetups(_store);
            ICosemObject[] all = new ICosemObject[objects.Count + 1 + _profiles.Length + pushSetups.Length];
            for (int i = 0; i < objects.Count; i++)
            {
                all[i] = objects[i];
            }

            all[objects.Count] = managementCounter;
            Array.Copy(_profiles, 0, all, objects.Count + 1, _profiles.Length);
            Array.Copy(pushSetups, 0, all, objects.Count + 1 + _profiles.Length, pushSetups.Length);
            ICosemObject[] identification = new ICosemObject[]
            {
                objects.Find(1, ObisOf(0, 0, 42, 0, 0), 0),
                objects.Find(1, ObisOf(0, 0, 96, 1, 0), 0),
                objects.Find(1, ObisOf(1, 0, 0, 2, 0), 0),
                objects.Clock,
                managementCounter,
            };

            DlmsServer server = new DlmsServer(crypto.Random, SecurityEvents);
            server.AddPolicy(AssociationPolicy.PublicClient(DlmsAccessPlan.PublicClient(identification)));
            server.AddPolicy(AssociationPolicy.ManagementClient(DlmsAccessPlan.ManagementClient(all), _ciphering));
            _push.Activate(all, new KeyOperations(crypto.Providers, crypto.Keys, crypto.Health), systemTitle, _globalKey, _authenticationKey, _counters.OwnUnicast);
            Objects = objects;
            Unavailable = null;
            _server = server;
        }

        /// <summary>A session for a new connection, or null while the server is down or the SAP pair unknown.</summary>
        public IApduSession Open(ushort clientSap, ushort serverSap)
        {
            DlmsServer server = _server;
            return server == null ? null : server.Open(clientSap, serverSap);
        }

        /// <summary>Closes the listener and every connection (after the supervisor stopped the tasks).</summary>
        public void Stop()
        {
            Wrapper.Stop();
        }

        // Green Book 9.2.7.2.4.2: a new key restarts its counters. Called after the key is stored.
        private void OnKeyChanged(int keyId, KeyHandle key)
        {
            lock (_keySync)
            {
                if (keyId == 0)
                {
                    _globalKey = key;
                }
                else if (keyId == 2)
                {
                    _authenticationKey = key;
                }

                _ciphering.SetKeys(_globalKey, _authenticationKey);
                _push.UseKeys(_systemTitle, _globalKey, _authenticationKey);
                _counters.ResetForNewKey(keyId);
            }
        }

        private static byte[] ObisOf(byte a, byte b, byte c, byte d, byte e)
        {
            return new byte[] { a, b, c, d, e, 255 };
        }
    }
}
