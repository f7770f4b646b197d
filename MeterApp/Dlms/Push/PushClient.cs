using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Hal.Clock;
using Meter.Hal.Crypto;
using Meter.Runtime;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// The meter's push client (Blue Book 4.4.8 push setup, Green Book ed. 9, 9.5
    /// Data-Notification). Other tasks queue jobs (<see cref="Enqueue"/>, never blocking: a full
    /// queue refuses the newest job and counts it, so the caller, e.g. an ACTION push, learns it
    /// was not served). The push task calls <see cref="Poll"/>: it takes one job at a time, builds
    /// its notification once (values, invoke id, date-time), waits a random part of its
    /// randomisation_start_interval, then makes up to 1 +
    /// number_of_retries attempts, repetition_delay apart on the task's clock; each attempt
    /// ciphers anew (a fresh invocation counter) when the job asks for it, connects, sends and
    /// closes. Jobs go one after another, in order. Nothing a value source, cipher or transport
    /// throws escapes <see cref="Poll"/>.
    /// </summary>
    public sealed class PushClient : IPushQueue
    {
        /// <summary><see cref="Poll"/>: nothing to do until a job is queued.</summary>
        public const int Idle = -1;

        private readonly object _stepLock = new object();
        private readonly Mailbox _queue;
        private readonly PushNotificationBuilder _builder;
        private readonly PushProtector _protector;
        private readonly IPushTransportFactory _transports;
        private readonly PushStatistics _statistics = new PushStatistics();
        private readonly byte[] _plain;
        private readonly byte[] _ciphered;
        private readonly IRandomSource _random;
        private readonly byte[] _randomBytes = new byte[4];

        // The job in progress; touched only under _stepLock (by the push task).
        private PushJob _taken;
        private PushJob _job;
        private int _plainLength;
        private int _attempts;
        private long _nextAttemptAt;

        /// <param name="queueCapacity">Jobs waiting at most; more are refused (counted in <see cref="Refused"/>).</param>
        /// <param name="maxApduSize">Largest plain Data-Notification built; larger ones fail as <see cref="PushFailure.TooLarge"/>.</param>
        /// <param name="builder">Builds the notifications.</param>
        /// <param name="protector">Ciphers them; null when the meter has no keys (ciphered jobs then fail, never go out plain).</param>
        /// <param name="transports">Opens the connections.</param>
        public PushClient(int queueCapacity, int maxApduSize, PushNotificationBuilder builder, PushProtector protector, IPushTransportFactory transports)
            : this(queueCapacity, maxApduSize, builder, protector, transports, null)
        {
        }

        /// <param name="queueCapacity">Jobs waiting at most; more are refused (counted in <see cref="Refused"/>).</param>
        /// <param name="maxApduSize">Largest plain Data-Notification built; larger ones fail as <see cref="PushFailure.TooLarge"/>.</param>
        /// <param name="builder">Builds the notifications.</param>
        /// <param name="protector">Ciphers them; null when the meter has no keys (ciphered jobs then fail, never go out plain).</param>
        /// <param name="transports">Opens the connections.</param>
        /// <param name="random">Draws the randomisation_start_interval delays; null starts every job at once.</param>
        public PushClient(int queueCapacity, int maxApduSize, PushNotificationBuilder builder, PushProtector protector, IPushTransportFactory transports, IRandomSource random)
        {
            if (builder == null || transports == null)
            {
                throw new ArgumentNullException(builder == null ? "builder" : "transports");
            }

            if (maxApduSize < 16)
            {
                throw new ArgumentOutOfRangeException("maxApduSize");
            }

            _queue = new Mailbox(queueCapacity, MailboxOverflow.RejectNewest);
            _builder = builder;
            _protector = protector;
            _transports = transports;
            _plain = new byte[maxApduSize];
            _ciphered = protector == null ? null : new byte[maxApduSize + PushProtector.Overhead];
            _random = random;
        }

        /// <summary>Sent, failed, attempts.</summary>
        public PushStatistics Statistics
        {
            get { return _statistics; }
        }

        /// <summary>Jobs refused because the queue was full.</summary>
        public int Refused
        {
            get { return _queue.Dropped; }
        }

        /// <summary>Jobs waiting (not counting the one in progress).</summary>
        public int Queued
        {
            get { return _queue.Count; }
        }

        /// <inheritdoc />
        public bool Enqueue(PushJob job)
        {
            if (job == null)
            {
                throw new ArgumentNullException("job");
            }

            return _queue.Post(job);
        }

        /// <summary>
        /// Does the next piece of push work: takes a job when none is in progress, and makes its
        /// next attempt when it is due by <paramref name="clock"/>. Returns 0 when there is more to
        /// do at once, the milliseconds until the next attempt is due, or <see cref="Idle"/>.
        /// Never throws. Serialised: a run abandoned by the supervisor mid-attempt finishes its
        /// attempt before the next run's Poll continues the same job.
        /// </summary>
        public int Poll(IMonotonicClock clock)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            lock (_stepLock)
            {
                try
                {
                    return Advance(clock);
                }
                catch (Exception)
                {
                    // Defensive: the parts catch their own failures; whatever is left ends the job, not the task.
                    _statistics.NoteFailure(PushFailure.Unexpected);
                    Finish();
                    return 0;
                }
            }
        }

        /// <summary>
        /// Waits up to <paramref name="milliseconds"/> (real time) for a job when none is in
        /// progress; the next <see cref="Poll"/> starts it.
        /// </summary>
        public void WaitForJob(int milliseconds)
        {
            lock (_stepLock)
            {
                if (_job == null && _taken == null)
                {
                    _taken = (PushJob)_queue.Take(milliseconds);
                }
            }
        }

        private int Advance(IMonotonicClock clock)
        {
            if (_job == null)
            {
                PushJob next = _taken != null ? _taken : (PushJob)_queue.TryTake();
                _taken = null;
                if (next == null)
                {
                    return Idle;
                }

                PushFailure built = Start(next);
                if (built != PushFailure.None)
                {
                    _statistics.NoteFailure(built);
                    Finish();
                    return 0;
                }

                _nextAttemptAt = clock.UptimeMilliseconds + StartDelay(next);
            }

            long now = clock.UptimeMilliseconds;
            if (now < _nextAttemptAt)
            {
                long wait = _nextAttemptAt - now;
                return wait > int.MaxValue ? int.MaxValue : (int)wait;
            }

            PushFailure outcome = Attempt();
            _statistics.CountAttempt(outcome);
            _attempts++;
            if (outcome == PushFailure.None)
            {
                _statistics.CountSent();
                _job = null;
                return 0;
            }

            if (IsFinal(outcome) || _attempts > _job.NumberOfRetries)
            {
                Finish();
                return 0;
            }

            int delay = _job.RepetitionDelaySeconds * 1000;
            _nextAttemptAt = clock.UptimeMilliseconds + delay;
            return delay;
        }

        private PushFailure Start(PushJob job)
        {
            _job = job;
            _attempts = 0;
            _plainLength = 0;
            int valueErrors;
            DataNotification notification;
            try
            {
                notification = _builder.Build(job, out valueErrors);
            }
            catch (Exception)
            {
                return PushFailure.BuildFailed;
            }

            _statistics.CountValueErrors(valueErrors);
            int written = notification.Encode(_plain, 0, _plain.Length);
            if (written == AxdrEncoder.DoesNotFit)
            {
                return PushFailure.TooLarge;
            }

            _plainLength = written;
            return PushFailure.None;
        }

        private PushFailure Attempt()
        {
            byte[] apdu = _plain;
            int length = _plainLength;
            if (_job.Protection == PushProtection.AuthenticatedEncrypted)
            {
                if (_protector == null)
                {
                    return PushFailure.NotProtected;
                }

                PushFailure protectedResult = _protector.Protect(_plain, 0, _plainLength, _ciphered, 0, _ciphered.Length, out length);
                if (protectedResult != PushFailure.None)
                {
                    return protectedResult;
                }

                apdu = _ciphered;
            }

            return PushDelivery.Deliver(_transports, _job.Destination, apdu, 0, length);
        }

        private void Finish()
        {
            if (_job != null)
            {
                _statistics.CountFailed();
            }

            _job = null;
        }

        // Blue Book 4.4.8 randomisation_start_interval: the first attempt waits 0 .. interval s at
        // random, so meters pushing on one trigger (power back, a broadcast) do not all connect at once.
        private int StartDelay(PushJob job)
        {
            int range = job.RandomisationStartIntervalSeconds * 1000;
            if (_random == null || range == 0)
            {
                return 0;
            }

            try
            {
                _random.GetBytes(_randomBytes, 0, 4);
            }
            catch (Exception)
            {
                return 0;
            }

            uint draw = ((uint)_randomBytes[0] << 24) | ((uint)_randomBytes[1] << 16) | ((uint)_randomBytes[2] << 8) | _randomBytes[3];
            return (int)(draw % (uint)(range + 1));
        }

        // Failures another attempt cannot mend.
        private static bool IsFinal(PushFailure failure)
        {
            return failure == PushFailure.TooLarge || failure == PushFailure.NotProtected || failure == PushFailure.CounterExhausted;
        }
    }
}
