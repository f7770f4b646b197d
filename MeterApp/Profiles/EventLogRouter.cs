using System;
using Meter.Events;

namespace Meter.Profiles
{
    /// <summary>
    /// An <see cref="IEventRecorder"/> that writes each event to the log it belongs in: the
    /// fraud detection log (a second <see cref="EventLog"/> on
    /// <see cref="Meter.Storage.RecordKeys.FraudDetectionLogFirstSlot"/>) for
    /// <see cref="FraudEvents.IsFraud"/> codes, the standard event log for the rest. The boot
    /// hands this recorder wherever it now hands an EventLogRecorder, so every producer
    /// (tamper, security, console) reaches the right log without knowing there are two.
    /// </summary>
    public sealed class EventLogRouter : IEventRecorder
    {
        private readonly EventLog _standard;
        private readonly EventLog _fraud;

        public EventLogRouter(EventLog standard, EventLog fraud)
        {
            if (standard == null || fraud == null)
            {
                throw new ArgumentNullException(standard == null ? "standard" : "fraud");
            }

            _standard = standard;
            _fraud = fraud;
        }

        /// <summary>Records into the fraud or the standard log.</summary>
        public void Record(ushort code, string details)
        {
            (FraudEvents.IsFraud(code) ? _fraud : _standard).Record(code, details);
        }
    }
}
