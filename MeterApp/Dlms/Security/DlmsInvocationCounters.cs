using System;
using Meter.Events;
using Meter.Storage;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// The meter's persistent invocation counters (<see cref="InvocationCounterKeys"/>), opened
    /// once at start and shared by every association: our sending counter under the EK, the
    /// management client's counter under the EK and the head-end's under the broadcast key.
    /// A counter found corrupt is logged (<see cref="EventCode.NvMemoryError"/>) and refuses
    /// until its key is replaced.
    /// </summary>
    public sealed class DlmsInvocationCounters
    {
        private DlmsInvocationCounters(RecordStore store, int sendingBlockSize)
        {
            OwnUnicast = new SendingInvocationCounter(store, InvocationCounterKeys.OwnGlobalUnicast, sendingBlockSize);
            ManagementClientUnicast = new PersistentInvocationCounterGuard(store, InvocationCounterKeys.ManagementClientUnicast);
            Broadcast = new PersistentInvocationCounterGuard(store, InvocationCounterKeys.GlobalBroadcast);
        }

        /// <summary>Our counter for what we send under the global unicast key.</summary>
        public SendingInvocationCounter OwnUnicast { get; }

        /// <summary>The management client's (SAP 1) counter under the global unicast key.</summary>
        public PersistentInvocationCounterGuard ManagementClientUnicast { get; }

        /// <summary>The head-end's counter under the global broadcast key.</summary>
        public PersistentInvocationCounterGuard Broadcast { get; }

        /// <summary>Opens the counters on a mounted store and logs any found corrupt.</summary>
        public static DlmsInvocationCounters Open(RecordStore store, IEventRecorder events, int sendingBlockSize)
        {
            if (store == null || events == null)
            {
                throw new ArgumentNullException(store == null ? "store" : "events");
            }

            DlmsInvocationCounters counters = new DlmsInvocationCounters(store, sendingBlockSize);
            ReportIfCorrupt(events, counters.OwnUnicast.IsCorrupt, counters.OwnUnicast.Key);
            ReportIfCorrupt(events, counters.ManagementClientUnicast.IsCorrupt, counters.ManagementClientUnicast.Key);
            ReportIfCorrupt(events, counters.Broadcast.IsCorrupt, counters.Broadcast.Key);
            return counters;
        }

        /// <summary>
        /// Restarts the peer counters of the key that security setup global_key_transfer replaced
        /// (<paramref name="keyId"/>: 0 global unicast, 1 broadcast; 2 (AK) and 3 (KEK) do not
        /// enter the IV and have no counter): the head-end starts over with the new key. Call
        /// after the new key is stored.
        /// <para>
        /// Our own sending counter goes on: associations and pushes that still hold the old key
        /// may send while it is replaced (the reply to global_key_transfer itself is one), and a
        /// counter that never repeats keeps every key and IV pair unique whatever key they use.
        /// Only a corrupt one restarts, which is safe for a fresh key.
        /// </para>
        /// </summary>
        public void ResetForNewKey(int keyId)
        {
            switch (keyId)
            {
                case 0:
                    if (OwnUnicast.IsCorrupt)
                    {
                        OwnUnicast.ResetForNewKey();
                    }

                    ManagementClientUnicast.ResetForNewKey();
                    break;
                case 1:
                    Broadcast.ResetForNewKey();
                    break;
                case 2:
                case 3:
                    break;
                default:
                    throw new ArgumentOutOfRangeException("keyId");
            }
        }

        private static void ReportIfCorrupt(IEventRecorder events, bool corrupt, ushort key)
        {
            if (corrupt)
            {
                events.Record(EventCode.NvMemoryError, "DLMS invocation counter 0x" + key.ToString("X4") + " damaged: refused until its key is replaced");
            }
        }
    }
}
