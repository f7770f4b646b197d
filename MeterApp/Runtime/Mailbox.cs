using System;
using System.Threading;

namespace Meter.Runtime
{
    /// <summary>
    /// A task's bounded inbox of immutable messages: a fixed ring, so it never allocates after
    /// construction and never grows under a flood. Post never blocks the sender, whatever its
    /// priority; the lock is held only for a few array operations.
    /// </summary>
    public sealed class Mailbox
    {
        private readonly object _sync = new object();
        private readonly object[] _ring;
        private readonly MailboxOverflow _overflow;
        private readonly AutoResetEvent _arrived = new AutoResetEvent(false);
        private int _head;
        private int _count;
        private int _dropped;

        public Mailbox(int capacity, MailboxOverflow overflow)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _ring = new object[capacity];
            _overflow = overflow;
        }

        public int Capacity
        {
            get { return _ring.Length; }
        }

        public MailboxOverflow Overflow
        {
            get { return _overflow; }
        }

        public int Count
        {
            get
            {
                lock (_sync)
                {
                    return _count;
                }
            }
        }

        /// <summary>Messages refused or discarded since start.</summary>
        public int Dropped
        {
            get
            {
                lock (_sync)
                {
                    return _dropped;
                }
            }
        }

        /// <summary>
        /// Queues a message. Returns false only when the mailbox is full and refuses new messages
        /// (<see cref="MailboxOverflow.RejectNewest"/>).
        /// </summary>
        public bool Post(object message)
        {
            if (message == null)
            {
                throw new ArgumentNullException("message");
            }

            lock (_sync)
            {
                if (_count == _ring.Length)
                {
                    _dropped++;
                    if (_overflow == MailboxOverflow.RejectNewest)
                    {
                        return false;
                    }

                    _ring[_head] = null;
                    _head = (_head + 1) % _ring.Length;
                    _count--;
                }

                _ring[(_head + _count) % _ring.Length] = message;
                _count++;
            }

            _arrived.Set();
            return true;
        }

        /// <summary>Takes the oldest message, or returns null at once when empty.</summary>
        public object TryTake()
        {
            lock (_sync)
            {
                if (_count == 0)
                {
                    return null;
                }

                object message = _ring[_head];
                _ring[_head] = null;
                _head = (_head + 1) % _ring.Length;
                _count--;
                return message;
            }
        }

        /// <summary>
        /// Takes the oldest message, waiting up to <paramref name="timeoutMilliseconds"/> of real
        /// time for one to arrive; null on timeout. Keep the timeout well under the task's
        /// heartbeat timeout.
        /// </summary>
        public object Take(int timeoutMilliseconds)
        {
            object message = TryTake();
            if (message != null || timeoutMilliseconds <= 0)
            {
                return message;
            }

            _arrived.WaitOne(timeoutMilliseconds, false);
            return TryTake();
        }
    }
}
