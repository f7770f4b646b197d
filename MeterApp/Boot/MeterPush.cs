using System;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Push;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Hal.Crypto.Keys;
using Meter.Hal.Crypto.Managed;
using Meter.Storage;

namespace Meter.Boot
{
    /// <summary>
    /// The meter's DLMS push client: its task (started with the others), its two push setups
    /// (0.0.25.9.0.255 on demand, 0.4.25.9.0.255 alarms) and the alarm pushes of security and
    /// tamper events. Nothing is pushed before <see cref="Activate"/> gives it the objects and the
    /// keys: pushes are always ciphered.
    /// </summary>
    public sealed class MeterPush
    {
        /// <summary>Largest plain Data-Notification the meter pushes.</summary>
        public const int MaxApduSize = 1024;

        /// <summary>Logical name of the on-demand push setup.</summary>
        public static readonly byte[] PushSetupName = new byte[] { 0, 0, 25, 9, 0, 255 };

        /// <summary>Logical name of the alarm push setup.</summary>
        public static readonly byte[] AlarmPushSetupName = new byte[] { 0, 4, 25, 9, 0, 255 };

        private const int QueueCapacity = 8;

        private readonly IBoard _board;
        private readonly ObjectPushValues _values = new ObjectPushValues(AssociationPolicy.ManagementClientSap);
        private PushProtector _protector;

        /// <summary>The push client and its task for <paramref name="board"/>.</summary>
        public MeterPush(IBoard board)
        {
            if (board == null)
            {
                throw new ArgumentNullException("board");
            }

            _board = board;
            Client = new PushClient(QueueCapacity, MaxApduSize, new PushNotificationBuilder(_values, board.Rtc), null, new WrapperPushTransports(MaxApduSize), new HmacDrbg(board.Trng));
            Jobs = new PushSetupJobs(Client);
            Task = new PushTask(Client);
        }

        /// <summary>The push queue and sender.</summary>
        public PushClient Client { get; }

        /// <summary>The triggers of the push setups and the alarm job source.</summary>
        public PushSetupJobs Jobs { get; }

        /// <summary>The supervised push task.</summary>
        public PushTask Task { get; }

        /// <summary>
        /// <paramref name="inner"/> with alarm pushes for the security and tamper events (rate
        /// limited per group; see <see cref="AlarmPushRecorder"/>): the event is logged first.
        /// </summary>
        public IEventRecorder WithAlarms(IEventRecorder inner)
        {
            return new AlarmPushRecorder(inner, Jobs, Client, _board.Clock);
        }

        /// <summary>The two push setups, persisted in the record store.</summary>
        public PushSetup[] CreateSetups(RecordStore store)
        {
            PushSetup onDemand = new PushSetup(PushSetupName, Jobs, store, RecordKeys.DlmsPushSetupFirst);
            PushSetup alarm = new PushSetup(AlarmPushSetupName, Jobs, store, (ushort)(RecordKeys.DlmsPushSetupFirst + 1));
            Jobs.AttachAlarmSetup(alarm);
            return new PushSetup[] { onDemand, alarm };
        }

        /// <summary>
        /// Pushes may now carry <paramref name="objects"/>, ciphered as <paramref name="systemTitle"/>
        /// with the EK and AK, counting on <paramref name="counter"/> (shared with the server: one
        /// sending counter per key, never repeated).
        /// </summary>
        public void Activate(ICosemObject[] objects, KeyOperations operations, byte[] systemTitle, KeyHandle globalKey, KeyHandle authenticationKey, SendingInvocationCounter counter)
        {
            _values.Bind(objects);
            _protector = new PushProtector(new ApduCipher(operations, MaxApduSize + PushProtector.Overhead), Context(systemTitle, globalKey, authenticationKey), new SendingCounterAdapter(counter));
            Client.UseProtector(_protector);
        }

        /// <summary>Security setup replaced a key: the next push uses the new ones.</summary>
        public void UseKeys(byte[] systemTitle, KeyHandle globalKey, KeyHandle authenticationKey)
        {
            if (_protector != null)
            {
                _protector.UseContext(Context(systemTitle, globalKey, authenticationKey));
            }
        }

        // A push only sends: the receiving counter guard of this context is never consulted.
        private static SecurityContext Context(byte[] systemTitle, KeyHandle globalKey, KeyHandle authenticationKey)
        {
            return new SecurityContext(globalKey, authenticationKey, new RamInvocationCounterGuard(), systemTitle, 0);
        }
    }
}
