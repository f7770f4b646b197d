using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Security setup, interface class 64 version 0 (IEC 62056-6-2 / Blue Book 4.4.7) for
    /// security suite 0. Attributes: 2 security_policy (enum 0..3, changed only through
    /// security_activate), 3 security_suite (0), 4 client_system_title (the calling client's,
    /// from its AARQ; empty when it sent none), 5 server_system_title; all read-only.
    /// Methods: 1 security_activate only strengthens the policy and persists it first
    /// (<see cref="PersistentSecurityPolicy"/>); 2 global_key_transfer replaces keys all or
    /// nothing (<see cref="GlobalKeyTransfer"/>), records <see cref="EventCode.GlobalKeyChanged"/>
    /// and raises <see cref="KeyChanged"/> for each key.
    /// <para>
    /// Answers: a parameter of the wrong type or shape is type-unmatched; a policy that would
    /// weaken the current one is read-write-denied; a key that fails its integrity check (also
    /// recorded as <see cref="EventCode.DecryptionOrAuthenticationFailure"/>) or a missing master
    /// key is other-reason; a store or crypto failure underneath is hardware-fault.
    /// </para>
    /// </summary>
    public sealed class SecuritySetup : CosemObject
    {
        /// <summary>Class id of Security setup.</summary>
        public const ushort Class = 64;

        /// <summary>Length of a system title (Green Book ed. 9, 4.3.4).</summary>
        public const int SystemTitleLength = 8;

        private static readonly DlmsData NoSystemTitle = DlmsData.OctetString(new byte[0]);

        private readonly object _sync = new object();
        private readonly PersistentSecurityPolicy _policy;
        private readonly GlobalKeyTransfer _transfer;
        private readonly IEventRecorder _events;
        private readonly DlmsData _serverSystemTitle;
        private readonly KeyHandle[] _replaced = new KeyHandle[4];

        /// <summary>A security setup (0.0.43.0.0.255) for the server system title <paramref name="serverSystemTitle"/> (8 bytes).</summary>
        public SecuritySetup(byte[] logicalName, PersistentSecurityPolicy policy, GlobalKeyTransfer transfer, IEventRecorder events, byte[] serverSystemTitle)
            : base(Class, 0, logicalName, 5, 2)
        {
            if (policy == null || transfer == null || events == null)
            {
                throw new ArgumentNullException(policy == null ? "policy" : transfer == null ? "transfer" : "events");
            }

            if (serverSystemTitle == null || serverSystemTitle.Length != SystemTitleLength)
            {
                throw new ArgumentException("a system title has 8 bytes", "serverSystemTitle");
            }

            _policy = policy;
            _transfer = transfer;
            _events = events;
            _serverSystemTitle = DlmsData.OctetString(serverSystemTitle);
        }

        /// <summary>
        /// Raised (on the calling thread, after the keys are stored and the event recorded) for each
        /// key a global_key_transfer replaced. A listener that throws is recorded as TaskFaulted;
        /// the answer stays success and the other listeners are still told.
        /// </summary>
        public event GlobalKeyChangedHandler KeyChanged;

        /// <summary>The security policy in force (<see cref="SecurityPolicy"/>).</summary>
        public byte Policy
        {
            get { return _policy.Value; }
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            switch (attribute)
            {
                case 2: value = DlmsData.Enum(_policy.Value); break;
                case 3: value = DlmsData.Enum(0); break;
                case 4: value = ClientSystemTitle(context); break;
                default: value = _serverSystemTitle; break;
            }

            return DataAccessResult.Success;
        }

        /// <inheritdoc/>
        protected override ActionResult InvokeMethod(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;

            // Associations on other connections may call at the same time; the key transfer's
            // buffers and its KeyOperations are not thread-safe.
            lock (_sync)
            {
                try
                {
                    return method == 1 ? Activate(parameters) : TransferKeys(parameters);
                }
                catch (Exception)
                {
                    // The store or the crypto engine failed under us (flash full, crypto error state).
                    return ActionResult.HardwareFault;
                }
            }
        }

        private static DlmsData ClientSystemTitle(CosemRequestContext context)
        {
            byte[] title = context == null ? null : context.ClientSystemTitle;
            return title == null ? NoSystemTitle : DlmsData.OctetString(title);
        }

        // security_activate (security_policy enum).
        private ActionResult Activate(DlmsData parameters)
        {
            if (!CosemValues.Is(parameters, DlmsDataType.Enum))
            {
                return ActionResult.TypeUnmatched;
            }

            long requested = parameters.AsInt64();
            if (requested > SecurityPolicy.AuthenticatedAndEncrypted)
            {
                return ActionResult.OtherReason;
            }

            byte before = _policy.Value;
            if (!_policy.Strengthen((byte)requested))
            {
                return ActionResult.ReadWriteDenied;
            }

            if (before != requested)
            {
                _events.Record(EventCode.ParametersChanged, "security policy " + before + " -> " + requested);
            }

            return ActionResult.Success;
        }

        // global_key_transfer (array of key_data).
        private ActionResult TransferKeys(DlmsData parameters)
        {
            Array.Clear(_replaced, 0, _replaced.Length);
            GlobalKeyTransferResult result = _transfer.Apply(parameters, _replaced);
            switch (result)
            {
                case GlobalKeyTransferResult.Success:
                    break;
                case GlobalKeyTransferResult.Malformed:
                    return ActionResult.TypeUnmatched;
                case GlobalKeyTransferResult.UnwrapFailed:
                    _events.Record(EventCode.DecryptionOrAuthenticationFailure, "global_key_transfer: key unwrap failed");
                    return ActionResult.OtherReason;
                default:
                    return ActionResult.OtherReason;
            }

            string ids = string.Empty;
            for (int id = 0; id < _replaced.Length; id++)
            {
                if (_replaced[id] != null)
                {
                    ids += ids.Length == 0 ? id.ToString() : " " + id.ToString();
                }
            }

            _events.Record(EventCode.GlobalKeyChanged, "key_id " + ids);
            Notify();
            return ActionResult.Success;
        }

        // The keys are replaced whatever a listener does: one that throws must not turn the answer
        // into a failure (the client would keep using the old keys) nor keep the others from hearing.
        private void Notify()
        {
            GlobalKeyChangedHandler listeners = KeyChanged;
            for (int id = 0; id < _replaced.Length; id++)
            {
                if (_replaced[id] == null || listeners == null)
                {
                    continue;
                }

                Delegate[] each = listeners.GetInvocationList();
                for (int i = 0; i < each.Length; i++)
                {
                    try
                    {
                        ((GlobalKeyChangedHandler)each[i])(id, _replaced[id]);
                    }
                    catch (Exception)
                    {
                        _events.Record(EventCode.TaskFaulted, "dlms: listener of global key " + id + " failed");
                    }
                }
            }

            Array.Clear(_replaced, 0, _replaced.Length);
        }
    }
}
