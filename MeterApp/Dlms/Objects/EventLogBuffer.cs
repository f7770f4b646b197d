using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Events;
using Meter.Storage;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The buffer of an event log profile (standard 0.0.99.98.0.255, fraud detection
    /// 0.0.99.98.1.255) over one <see cref="EventLog"/>. Row columns: clock (octet-string(12),
    /// UTC) and event code (long-unsigned, the type of the captured event code object,
    /// <see cref="EventCodeValue"/>). Entries are added by events only, so the capture method is refused; reset clears
    /// the log, which then holds its one "event log cleared" (255) entry.
    /// </summary>
    public sealed class EventLogBuffer : IProfileBuffer
    {
        private readonly EventLog _log;

        public EventLogBuffer(EventLog log)
        {
            if (log == null)
            {
                throw new ArgumentNullException("log");
            }

            _log = log;
        }

        /// <inheritdoc />
        public int EntriesInUse
        {
            get { return _log.Count; }
        }

        /// <inheritdoc />
        public int Capacity
        {
            get { return _log.Capacity; }
        }

        /// <summary>False: events are stamped with the RTC, which may be set back.</summary>
        public bool IsChronological
        {
            get { return false; }
        }

        /// <inheritdoc />
        public bool CanCaptureOnRequest
        {
            get { return false; }
        }

        /// <summary>
        /// Reads the newest Count - first events in one pass (the log reads newest first) and
        /// keeps the oldest <paramref name="count"/> of them, oldest first.
        /// </summary>
        public int Read(int first, int count, DlmsData[][] rows)
        {
            int wanted = _log.Count - first;
            if (wanted <= 0 || count <= 0)
            {
                return 0;
            }

            MeterEvent[] newestFirst = _log.ReadLatest(wanted);
            int read = newestFirst.Length < count ? newestFirst.Length : count;
            for (int i = 0; i < read; i++)
            {
                MeterEvent entry = newestFirst[newestFirst.Length - 1 - i];
                rows[i] = new DlmsData[]
                {
                    ProfileDateTime.ToOctetString(entry.Timestamp),
                    DlmsData.LongUnsigned(entry.Code),
                };
            }

            return read;
        }

        /// <summary>Always false: an event log is filled by events.</summary>
        public bool Capture()
        {
            return false;
        }

        /// <inheritdoc />
        public bool Clear()
        {
            try
            {
                _log.Clear();
                return true;
            }
            catch (StoreFullException)
            {
                return false;
            }
            catch (StoreReadOnlyException)
            {
                return false;
            }
        }
    }
}
