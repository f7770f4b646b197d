using System;
using Meter.Dlms.Cosem;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Turns push setup objects into push jobs: the trigger of every push setup (method 1 push
    /// queues a job) and, once <see cref="AttachAlarmSetup"/> named it, the job source of the
    /// alarm push setup that security and tamper events push through. Pushes are always
    /// authenticated and encrypted (suite 0): the meter never pushes its data in clear.
    /// </summary>
    public sealed class PushSetupJobs : IPushTrigger, IPushJobSource
    {
        private readonly object _sync = new object();
        private readonly IPushQueue _queue;
        private PushSetup _alarm;

        /// <summary>Queues jobs on <paramref name="queue"/> (the push client).</summary>
        public PushSetupJobs(IPushQueue queue)
        {
            if (queue == null)
            {
                throw new ArgumentNullException("queue");
            }

            _queue = queue;
        }

        /// <summary>The push setup whose settings alarm pushes use; none before (alarms are then not pushed).</summary>
        public void AttachAlarmSetup(PushSetup alarm)
        {
            lock (_sync)
            {
                _alarm = alarm;
            }
        }

        /// <inheritdoc />
        public bool RequestPush(PushSetup setup)
        {
            PushJob job = JobOf(setup, false);
            return job != null && _queue.Enqueue(job);
        }

        /// <inheritdoc />
        public PushJob CreateJob()
        {
            PushSetup alarm;
            lock (_sync)
            {
                alarm = _alarm;
            }

            return alarm == null ? null : JobOf(alarm, true);
        }

        // A setup without a usable destination or object list yields no job (the push is refused).
        private static PushJob JobOf(PushSetup setup, bool alarm)
        {
            PushJob job;
            return PushSetupAttributes.TryCreateJob(setup.ObjectList, setup.SendDestinationAndMethod, setup.RandomisationStartInterval, setup.NumberOfRetries, setup.RepetitionDelay, PushProtection.AuthenticatedEncrypted, alarm, out job) ? job : null;
        }
    }
}
