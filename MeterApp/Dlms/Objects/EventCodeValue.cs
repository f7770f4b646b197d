using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using Meter.Events;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The value of an event code object 0.0.96.11.e.255 (Blue Book 6.2 "Event code objects",
    /// IDIS event logs): the code of the newest event of one <see cref="EventLog"/>, long-unsigned,
    /// 0 while the log is empty. It is the attribute an event log profile names as its capture
    /// object, so it has the type of that profile's event code column (<see cref="EventLogBuffer"/>).
    /// An entry that cannot be read is skipped: the value is then the newest readable one.
    /// </summary>
    public sealed class EventCodeValue : ICosemValueSource
    {
        private readonly EventLog _log;

        /// <summary>The newest code of <paramref name="log"/>.</summary>
        public EventCodeValue(EventLog log)
        {
            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _log = log;
        }

        /// <inheritdoc />
        public DataAccessResult Read(out DlmsData value)
        {
            MeterEvent[] newest = _log.ReadLatest(1);
            value = DlmsData.LongUnsigned(newest.Length == 0 ? (ushort)0 : newest[0].Code);
            return DataAccessResult.Success;
        }
    }
}
