using System;
using Meter.Events;

namespace Meter.SerialConsole
{
    /// <summary>An <see cref="IEventRecorder"/> writing to the meter's <see cref="EventLog"/>.</summary>
    public sealed class EventLogRecorder : IEventRecorder
    {
        private readonly EventLog _log;

        public EventLogRecorder(EventLog log)
        {
            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _log = log;
        }

        public void Record(ushort code, string details)
        {
            _log.Record(code, details);
        }
    }
}
