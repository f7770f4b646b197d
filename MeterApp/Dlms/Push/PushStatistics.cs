using System.Threading;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// What the push client has done since start, for diagnostics (console, a manufacturer
    /// register). Written by the push task, readable from any task.
    /// </summary>
    public sealed class PushStatistics
    {
        private int _sent;
        private int _failed;
        private int _attempts;
        private int _valueErrors;
        private int _lastFailure;

        /// <summary>Jobs delivered (one attempt succeeded).</summary>
        public int Sent
        {
            get { return Interlocked.CompareExchange(ref _sent, 0, 0); }
        }

        /// <summary>Jobs given up: every attempt failed, or a final failure.</summary>
        public int Failed
        {
            get { return Interlocked.CompareExchange(ref _failed, 0, 0); }
        }

        /// <summary>Delivery attempts made (first tries and retries).</summary>
        public int Attempts
        {
            get { return Interlocked.CompareExchange(ref _attempts, 0, 0); }
        }

        /// <summary>Push object list entries that could not be read and were pushed as null-data.</summary>
        public int ValueErrors
        {
            get { return Interlocked.CompareExchange(ref _valueErrors, 0, 0); }
        }

        /// <summary>Why the latest failed attempt (or job that could not be built) failed (<see cref="PushFailure.None"/> before any).</summary>
        public PushFailure LastFailure
        {
            get { return (PushFailure)Interlocked.CompareExchange(ref _lastFailure, 0, 0); }
        }

        internal void CountSent()
        {
            Interlocked.Increment(ref _sent);
        }

        internal void CountFailed()
        {
            Interlocked.Increment(ref _failed);
        }

        internal void CountAttempt(PushFailure outcome)
        {
            Interlocked.Increment(ref _attempts);
            if (outcome != PushFailure.None)
            {
                NoteFailure(outcome);
            }
        }

        internal void NoteFailure(PushFailure failure)
        {
            Interlocked.Exchange(ref _lastFailure, (int)failure);
        }

        internal void CountValueErrors(int count)
        {
            for (int i = 0; i < count; i++)
            {
                Interlocked.Increment(ref _valueErrors);
            }
        }
    }
}
