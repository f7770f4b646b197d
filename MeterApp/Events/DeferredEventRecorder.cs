using System;

namespace Meter.Events
{
    /// <summary>
    /// An <see cref="IEventRecorder"/> for a task that must never wait on the record store (the
    /// metrology task: tamper events): <see cref="Record"/> only queues the event in a fixed ring
    /// and returns; a lower-priority task moves the queue into the real recorder with
    /// <see cref="DrainInto"/>. The ring's lock is held for a few array operations only, never
    /// across a store write. A full ring refuses the newest event and counts it in
    /// <see cref="Dropped"/>, so the first events of a burst (the raising ones) are kept. The
    /// event is stamped when it is drained, normally within one wait of the draining task.
    /// </summary>
    public sealed class DeferredEventRecorder : IEventRecorder
    {
        private readonly object _sync = new object();
        private readonly ushort[] _codes;
        private readonly string[] _details;
        private int _head;
        private int _count;
        private int _dropped;

        public DeferredEventRecorder(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _codes = new ushort[capacity];
            _details = new string[capacity];
        }

        /// <summary>Events queued and not drained yet.</summary>
        public int Count
        {
            get { lock (_sync) { return _count; } }
        }

        /// <summary>Events refused because the ring was full.</summary>
        public int Dropped
        {
            get { lock (_sync) { return _dropped; } }
        }

        /// <summary>Queues the event; never blocks on storage.</summary>
        public void Record(ushort code, string details)
        {
            lock (_sync)
            {
                if (_count == _codes.Length)
                {
                    _dropped++;
                    return;
                }

                int slot = (_head + _count) % _codes.Length;
                _codes[slot] = code;
                _details[slot] = details;
                _count++;
            }
        }

        /// <summary>
        /// Records up to <paramref name="max"/> queued events, oldest first, into
        /// <paramref name="target"/> (outside the ring's lock); returns how many. An event whose
        /// recording throws is not retried (it has left the ring) and the exception passes on.
        /// </summary>
        public int DrainInto(IEventRecorder target, int max)
        {
            if (target == null)
            {
                throw new ArgumentNullException("target");
            }

            int drained = 0;
            while (drained < max)
            {
                ushort code;
                string details;
                lock (_sync)
                {
                    if (_count == 0)
                    {
                        break;
                    }

                    code = _codes[_head];
                    details = _details[_head];
                    _details[_head] = null;
                    _head = (_head + 1) % _codes.Length;
                    _count--;
                }

                target.Record(code, details);
                drained++;
            }

            return drained;
        }
    }
}
