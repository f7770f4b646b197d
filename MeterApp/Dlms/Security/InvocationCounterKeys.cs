using Meter.Storage;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// Where each persistent invocation counter lives in the record store, inside
    /// <see cref="RecordKeys.DlmsInvocationCounterFirst"/> .. <see cref="RecordKeys.DlmsInvocationCounterLast"/>.
    /// Counters are per key and per direction (Green Book ed. 9, 9.2.7.2.4.2):
    /// <code>
    /// 0x0110  ours, sending under the global unicast key (EK)   SendingInvocationCounter
    /// 0x0111  management client (SAP 1) under the EK            PersistentInvocationCounterGuard
    /// 0x0112  the head-end under the global broadcast key       PersistentInvocationCounterGuard
    /// 0x0113 - 0x011F  free: more clients with their own keys
    /// </code>
    /// The meter never sends under the broadcast key, and dedicated keys live one association
    /// (their counters stay in RAM: <see cref="RamInvocationCounterGuard"/>). Keys are stored:
    /// never renumber.
    /// </summary>
    public static class InvocationCounterKeys
    {
        /// <summary>Our own invocation counter under the EK (responses, pushes).</summary>
        public const ushort OwnGlobalUnicast = RecordKeys.DlmsInvocationCounterFirst;

        /// <summary>The management client's (SAP 1) counter under the EK, as last accepted.</summary>
        public const ushort ManagementClientUnicast = RecordKeys.DlmsInvocationCounterFirst + 1;

        /// <summary>The head-end's counter under the global broadcast key, as last accepted.</summary>
        public const ushort GlobalBroadcast = RecordKeys.DlmsInvocationCounterFirst + 2;

        /// <summary>True for a key of the DLMS invocation-counter range.</summary>
        public static bool IsCounterKey(ushort key)
        {
            return key >= RecordKeys.DlmsInvocationCounterFirst && key <= RecordKeys.DlmsInvocationCounterLast;
        }
    }
}
