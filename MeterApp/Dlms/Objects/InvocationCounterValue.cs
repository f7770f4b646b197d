using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The value of an invocation-counter Data object 0.0.43.1.x.255 (Blue Book 4.4.7 /
    /// Green Book 9.2.7.2.4.2): the last counter the meter accepted from that client under the
    /// current key (0 before the first), so a head-end that lost track continues from value + 1.
    /// Readable by the public client: knowing it helps no one forge a frame.
    /// </summary>
    public sealed class InvocationCounterValue : ICosemValueSource
    {
        private readonly IInvocationCounterGuard _guard;

        /// <summary>The counter <paramref name="guard"/> keeps.</summary>
        public InvocationCounterValue(IInvocationCounterGuard guard)
        {
            if (guard == null)
            {
                throw new ArgumentNullException("guard");
            }

            _guard = guard;
        }

        /// <inheritdoc />
        public DataAccessResult Read(out DlmsData value)
        {
            uint lowest = _guard.LowestAcceptable;
            if (lowest == uint.MaxValue)
            {
                // Exhausted or corrupt: no value to continue from until the key changes.
                value = null;
                return DataAccessResult.TemporaryFailure;
            }

            value = DlmsData.DoubleLongUnsigned(lowest == 0 ? 0 : lowest - 1);
            return DataAccessResult.Success;
        }
    }
}
