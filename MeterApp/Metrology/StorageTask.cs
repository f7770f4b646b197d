using System;
using Meter.Events;
using Meter.Runtime;

namespace Meter.Metrology
{
    /// <summary>
    /// Writes to the record store what the metrology task hands off without waiting: the newest
    /// register snapshot (<see cref="RegisterPersistence.WritePending"/>) and the queued tamper
    /// events (<see cref="DeferredEventRecorder"/>). It is the one that waits when another task
    /// holds the store (a compaction, an event flood), so metrology never does. Second priority,
    /// right below metrology and above every communication task, so a busy lower task cannot
    /// delay persistence; it sleeps on the handoff between snapshots, so it costs them nothing.
    /// Critical: registers that are no longer persisted must reset the board.
    /// </summary>
    public sealed class StorageTask : MeterTask
    {
        /// <summary>Longest sleep between two looks at the event queue.</summary>
        public const int WaitMilliseconds = 100;

        /// <summary>Events recorded per step at most, so a snapshot never waits behind a long burst.</summary>
        public const int EventsPerStep = 4;

        // Generous: a step may wait for another task's compaction on a slow flash.
        private const int HeartbeatMilliseconds = 10000;

        private readonly RegisterPersistence _persistence;
        private readonly DeferredEventRecorder _events;
        private readonly IEventRecorder _target;

        /// <param name="persistence">The registers' persistence, published into by the metrology task.</param>
        /// <param name="events">The queue the metrology task records into.</param>
        /// <param name="target">Where the queued events go (the event log).</param>
        public StorageTask(RegisterPersistence persistence, DeferredEventRecorder events, IEventRecorder target)
            : base("storage", TaskPriority.Storage, true, HeartbeatMilliseconds, 1, MailboxOverflow.DropOldest)
        {
            if (persistence == null || events == null || target == null)
            {
                throw new ArgumentNullException(persistence == null ? "persistence" : "events or target");
            }

            _persistence = persistence;
            _events = events;
            _target = target;
        }

        /// <summary>Writes the pending snapshot, then records queued events; returns true when anything was written.</summary>
        public bool WriteOnce()
        {
            bool wrote = _persistence.WritePending();
            return _events.DrainInto(_target, EventsPerStep) > 0 || wrote;
        }

        /// <summary>
        /// Writes everything still handed off: the registers as they are (<see cref="RegisterPersistence.Flush"/>)
        /// and every queued event. Only once the metrology task and this task have stopped (orderly shutdown).
        /// </summary>
        public void Flush()
        {
            _persistence.Flush();
            while (_events.DrainInto(_target, EventsPerStep) > 0)
            {
            }
        }

        /// <inheritdoc />
        protected internal override void Step(TaskContext context)
        {
            if (_events.Count == 0)
            {
                _persistence.WaitForPending(WaitMilliseconds);
            }

            WriteOnce();
        }
    }
}
