using System;
using Meter.Runtime;

namespace Meter.Profiles
{
    /// <summary>
    /// The task that captures the load profile at every capture_period boundary
    /// (<see cref="LoadProfileCapture.CaptureIfDue"/>), polling once a second so it also sees
    /// RTC adjustments. Storage priority, right below metrology, so a flood on a communication
    /// port cannot delay a capture; not critical: a fault loses nothing the next run cannot
    /// catch up (the due boundary is decided from flash), so it need not reset the board.
    /// Add it to the supervisor only when the store is writable.
    /// </summary>
    public sealed class LoadProfileTask : MeterTask
    {
        /// <summary>Longest sleep between two polls.</summary>
        public const int PollMilliseconds = 1000;

        // Generous: a capture may wait for another task's compaction on a slow flash.
        private const int HeartbeatMilliseconds = 10000;

        private readonly LoadProfileCapture _capture;

        public LoadProfileTask(LoadProfileCapture capture)
            : base("load profile", TaskPriority.Storage, false, HeartbeatMilliseconds, 1, MailboxOverflow.DropOldest)
        {
            if (capture == null)
            {
                throw new ArgumentNullException("capture");
            }

            _capture = capture;
        }

        /// <inheritdoc />
        protected internal override void Step(TaskContext context)
        {
            _capture.CaptureIfDue();
            long wait = _capture.MillisecondsToNextBoundary();
            context.Clock.Sleep(wait < PollMilliseconds ? (int)wait : PollMilliseconds);
        }
    }
}
