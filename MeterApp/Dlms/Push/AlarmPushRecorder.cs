using System;
using System.Threading;
using Meter.Events;
using Meter.Hal.Clock;
using Meter.Runtime;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// An <see cref="IEventRecorder"/> decorator that turns alarm events (<see cref="AlarmPushPolicy"/>)
    /// into a high-priority push of the alarm push setup: every event is recorded by the inner
    /// recorder as before, then an alarm queues a job built from the push setup as it is now,
    /// within its group's rate limit, so a flood of bad frames cannot turn the meter into a push
    /// flood. Queuing never blocks the recording task; no push failure reaches it.
    /// </summary>
    public sealed class AlarmPushRecorder : IEventRecorder
    {
        private readonly IEventRecorder _inner;
        private readonly IPushJobSource _alarmSetup;
        private readonly IPushQueue _queue;
        private readonly IMonotonicClock _clock;
        private readonly TokenBucket[] _limits = new TokenBucket[AlarmPushPolicy.GroupCount];
        private int _queued;
        private int _suppressed;
        private int _refused;

        /// <summary>A decorator with the default limit (<see cref="AlarmPushPolicy.DefaultBurst"/>, <see cref="AlarmPushPolicy.DefaultRefillMilliseconds"/>).</summary>
        public AlarmPushRecorder(IEventRecorder inner, IPushJobSource alarmSetup, IPushQueue queue, IMonotonicClock clock)
            : this(inner, alarmSetup, queue, clock, AlarmPushPolicy.DefaultBurst, AlarmPushPolicy.DefaultRefillMilliseconds)
        {
        }

        /// <param name="inner">The recorder every event goes to (the event log).</param>
        /// <param name="alarmSetup">Builds the job of the alarm push setup.</param>
        /// <param name="queue">The push client.</param>
        /// <param name="clock">Times the rate limit.</param>
        /// <param name="burst">Alarm pushes per group at once.</param>
        /// <param name="refillMilliseconds">Time for one more alarm push per group.</param>
        public AlarmPushRecorder(IEventRecorder inner, IPushJobSource alarmSetup, IPushQueue queue, IMonotonicClock clock, int burst, int refillMilliseconds)
        {
            if (inner == null || alarmSetup == null || queue == null || clock == null)
            {
                throw new ArgumentNullException(inner == null ? "inner" : alarmSetup == null ? "alarmSetup" : queue == null ? "queue" : "clock");
            }

            _inner = inner;
            _alarmSetup = alarmSetup;
            _queue = queue;
            _clock = clock;
            for (int i = 0; i < _limits.Length; i++)
            {
                _limits[i] = new TokenBucket(burst, refillMilliseconds);
            }
        }

        /// <summary>Alarm pushes queued.</summary>
        public int Queued
        {
            get { return Interlocked.CompareExchange(ref _queued, 0, 0); }
        }

        /// <summary>Alarms not pushed because their group was over its rate limit.</summary>
        public int Suppressed
        {
            get { return Interlocked.CompareExchange(ref _suppressed, 0, 0); }
        }

        /// <summary>Alarms not pushed because the push setup could not be sent or the queue was full.</summary>
        public int Refused
        {
            get { return Interlocked.CompareExchange(ref _refused, 0, 0); }
        }

        /// <summary>Records the event, then pushes it if it is an alarm the limit allows.</summary>
        public void Record(ushort code, string details)
        {
            try
            {
                _inner.Record(code, details);
            }
            finally
            {
                PushIfAlarm(code);
            }
        }

        private void PushIfAlarm(ushort code)
        {
            int group = AlarmPushPolicy.GroupOf(code);
            if (group == AlarmPushPolicy.NoGroup)
            {
                return;
            }

            if (!_limits[group].TryTake(_clock.UptimeMilliseconds))
            {
                Interlocked.Increment(ref _suppressed);
                return;
            }

            bool queued;
            try
            {
                PushJob job = _alarmSetup.CreateJob();
                queued = job != null && _queue.Enqueue(job.WithHighPriority(true));
            }
            catch (Exception)
            {
                // An unreadable push setup or a failing queue must never reach the recording task.
                queued = false;
            }

            if (queued)
            {
                Interlocked.Increment(ref _queued);
            }
            else
            {
                Interlocked.Increment(ref _refused);
            }
        }
    }
}
