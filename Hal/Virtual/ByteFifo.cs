using System;
using System.Threading;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// One direction of the virtual serial line: a bounded byte queue with a blocking, timed read.
    /// Overflow policy: like a UART FIFO on overrun, bytes that do not fit are dropped (the
    /// newest ones) and counted; what is already queued is never overwritten. Readers wait on a
    /// wait handle and never spin; closing wakes every reader, each passing the wake-up on.
    /// </summary>
    internal sealed class ByteFifo
    {
        private readonly object _sync = new object();
        private readonly AutoResetEvent _readable = new AutoResetEvent(false);
        private readonly byte[] _ring;
        private int _head;
        private int _count;
        private long _dropped;
        private bool _closed;

        public ByteFifo(int capacity)
        {
            Bounds.CheckPositive(capacity, "capacity");
            _ring = new byte[capacity];
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

        public long DroppedBytes
        {
            get
            {
                lock (_sync)
                {
                    return _dropped;
                }
            }
        }

        public bool IsClosed
        {
            get
            {
                lock (_sync)
                {
                    return _closed;
                }
            }
        }

        /// <summary>Queues what fits and returns how many bytes were accepted; the rest is dropped.</summary>
        public int Write(byte[] data, int offset, int count)
        {
            Bounds.CheckBuffer(data, offset, count);
            int accepted;
            lock (_sync)
            {
                int room = _closed ? 0 : _ring.Length - _count;
                accepted = count < room ? count : room;
                int tail = (_head + _count) % _ring.Length;
                for (int i = 0; i < accepted; i++)
                {
                    _ring[tail] = data[offset + i];
                    tail = tail + 1 == _ring.Length ? 0 : tail + 1;
                }

                _count += accepted;
                _dropped += count - accepted;
            }

            if (accepted > 0)
            {
                _readable.Set();
            }

            return accepted;
        }

        /// <summary>
        /// Reads up to <paramref name="count"/> bytes, waiting at most
        /// <paramref name="timeoutMilliseconds"/> (Timeout.Infinite waits for ever) for the first
        /// one. Returns 0 on timeout and once the FIFO is closed and empty.
        /// </summary>
        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            Bounds.CheckBuffer(buffer, offset, count);
            if (timeoutMilliseconds < Timeout.Infinite)
            {
                throw new ArgumentOutOfRangeException("timeoutMilliseconds");
            }

            if (count == 0)
            {
                return 0;
            }

            long deadline = DateTime.UtcNow.Ticks + (timeoutMilliseconds * TimeSpan.TicksPerMillisecond);
            while (true)
            {
                lock (_sync)
                {
                    if (_count > 0)
                    {
                        int taken = DequeueLocked(buffer, offset, count);
                        if (_count > 0)
                        {
                            // Leave the signal set for another reader waiting on the rest.
                            _readable.Set();
                        }

                        return taken;
                    }

                    if (_closed)
                    {
                        _readable.Set();
                        return 0;
                    }
                }

                int wait = Timeout.Infinite;
                if (timeoutMilliseconds != Timeout.Infinite)
                {
                    long left = (deadline - DateTime.UtcNow.Ticks) / TimeSpan.TicksPerMillisecond;
                    if (left <= 0)
                    {
                        return 0;
                    }

                    wait = left < timeoutMilliseconds ? (int)left : timeoutMilliseconds;
                }

                _readable.WaitOne(wait, false);
            }
        }

        /// <summary>Removes and returns everything queued.</summary>
        public byte[] TakeAll()
        {
            lock (_sync)
            {
                byte[] all = new byte[_count];
                DequeueLocked(all, 0, all.Length);
                return all;
            }
        }

        /// <summary>Refuses further writes and wakes every blocked reader; queued bytes stay readable.</summary>
        public void Close()
        {
            lock (_sync)
            {
                _closed = true;
            }

            _readable.Set();
        }

        private int DequeueLocked(byte[] buffer, int offset, int count)
        {
            int taken = count < _count ? count : _count;
            for (int i = 0; i < taken; i++)
            {
                buffer[offset + i] = _ring[_head];
                _head = _head + 1 == _ring.Length ? 0 : _head + 1;
            }

            _count -= taken;
            return taken;
        }
    }
}
