using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Hal.Clock;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Builds the Data-Notification of a push (Green Book ed. 9, 9.5; Blue Book 4.4.8): the body
    /// is a structure of the push object list's values, in order; long-invoke-id-and-priority
    /// carries an invoke id counted per notification (bits 0-23, from 1 after each start,
    /// wrapping) and the priority bit for alarms, and is unconfirmed, continue-on-error, not
    /// self-descriptive; the date-time is the meter's UTC time, or absent without a real-time
    /// clock. A value that cannot be read (null or an exception) is pushed as null-data, so the
    /// rest of an alarm still reaches the head-end. Used by the push task only.
    /// </summary>
    public sealed class PushNotificationBuilder
    {
        /// <summary>Bit 31 of long-invoke-id-and-priority: high priority.</summary>
        public const uint HighPriorityBit = 0x80000000;

        /// <summary>Bits 0-23 of long-invoke-id-and-priority: the invoke id.</summary>
        public const uint InvokeIdMask = 0x00FFFFFF;

        private readonly IPushValueSource _values;
        private readonly IRealTimeClock _clock;
        private uint _invokeId;

        /// <param name="values">Reads the pushed attributes.</param>
        /// <param name="clock">Stamps the notification; null sends it without a date-time.</param>
        public PushNotificationBuilder(IPushValueSource values, IRealTimeClock clock)
        {
            if (values == null)
            {
                throw new ArgumentNullException("values");
            }

            _values = values;
            _clock = clock;
        }

        /// <summary>
        /// The notification of <paramref name="job"/>, with the next invoke id;
        /// <paramref name="valueErrors"/> counts the entries pushed as null-data.
        /// </summary>
        public DataNotification Build(PushJob job, out int valueErrors)
        {
            if (job == null)
            {
                throw new ArgumentNullException("job");
            }

            DlmsData body = ReadValues(job, out valueErrors);
            _invokeId = (_invokeId + 1) & InvokeIdMask;
            uint longInvokeIdAndPriority = _invokeId | (job.HighPriority ? HighPriorityBit : 0);
            CosemDateTime stamp = _clock == null ? null : PushTimestamp.FromUtc(_clock.UtcNow);
            return new DataNotification(longInvokeIdAndPriority, stamp, body);
        }

        private DlmsData ReadValues(PushJob job, out int valueErrors)
        {
            valueErrors = 0;
            DlmsData[] values = new DlmsData[job.ObjectCount];
            for (int i = 0; i < values.Length; i++)
            {
                DlmsData value = Read(job.ObjectAt(i));
                if (value == null)
                {
                    valueErrors++;
                    value = DlmsData.Null();
                }

                values[i] = value;
            }

            return DlmsData.Structure(values);
        }

        private DlmsData Read(PushObject entry)
        {
            DlmsData value;
            try
            {
                value = _values.Read(entry.ClassId, entry.CopyLogicalName(), entry.AttributeIndex);
            }
            catch (Exception)
            {
                return null;
            }

            if (value == null || entry.DataIndex == 0)
            {
                return value;
            }

            // data_index n selects the n-th element of an array or structure (Blue Book 4.4.8);
            // an index the value does not have is an unreadable entry.
            bool compound = value.Type == DlmsDataType.Array || value.Type == DlmsDataType.Structure;
            return compound && entry.DataIndex <= value.Count ? value[entry.DataIndex - 1] : null;
        }
    }
}
