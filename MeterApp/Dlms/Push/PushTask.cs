using System;
using Meter.Runtime;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// The push client as a task of the runtime, at DLMS priority: each step does one piece of
    /// push work (<see cref="PushClient.Poll"/>), then waits for a job or, between two attempts of
    /// a job, sleeps on the task's clock in slices short enough to heartbeat. Not critical: a
    /// head-end that cannot be reached must never stop the watchdog feed or metering.
    /// </summary>
    public sealed class PushTask : MeterTask
    {
        /// <summary>
        /// Generous, as one step may connect and send over a slow link; the transport factory's
        /// connect and send timeouts must stay well under it.
        /// </summary>
        public const int HeartbeatTimeout = 60000;

        /// <summary>Longest wait of one step (for a job, or towards the next attempt).</summary>
        public const int WaitMilliseconds = 1000;

        private readonly PushClient _client;

        /// <param name="client">The push client the other tasks queue jobs into.</param>
        public PushTask(PushClient client)
            : base("push", TaskPriority.Dlms, false, HeartbeatTimeout, 1, MailboxOverflow.DropOldest)
        {
            if (client == null)
            {
                throw new ArgumentNullException("client");
            }

            _client = client;
        }

        /// <summary>The client the trigger paths queue into.</summary>
        public PushClient Client
        {
            get { return _client; }
        }

        /// <inheritdoc />
        protected internal override void Step(TaskContext context)
        {
            int wait = _client.Poll(context.Clock);
            if (wait == PushClient.Idle)
            {
                _client.WaitForJob(WaitMilliseconds);
            }
            else if (wait > 0)
            {
                context.Clock.Sleep(wait < WaitMilliseconds ? wait : WaitMilliseconds);
            }
        }
    }
}
