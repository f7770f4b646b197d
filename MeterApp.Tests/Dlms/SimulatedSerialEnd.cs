using System;
using Meter.Hal.Io;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// One end of a <see cref="SimulatedSerialLine"/>: single-threaded and deterministic. A read that
    /// finds nothing first lets the other station run (<see cref="Stepper"/>), then, if still nothing
    /// arrived, moves the shared clock by the timeout instead of waiting.
    /// </summary>
    public sealed class SimulatedSerialEnd : ISerialPort
    {
        private readonly ManualClock _clock;
        private byte[] _inbound = new byte[4096];
        private int _head;
        private int _tail;

        internal SimulatedSerialEnd(ManualClock clock)
        {
            _clock = clock;
        }

        /// <summary>Where this end's writes go.</summary>
        internal SimulatedSerialEnd Peer { get; set; }

        /// <summary>Runs when a read finds nothing; null: nothing to run.</summary>
        public ISerialLineStepper Stepper { get; set; }

        /// <summary>Writes (frames) from this end to drop, from the next one on.</summary>
        public int DropWrites { get; set; }

        /// <summary>Writes to let through before <see cref="DropWrites"/> applies.</summary>
        public int PassWrites { get; set; }

        /// <summary>Bytes waiting to be read at this end.</summary>
        public int Available
        {
            get { return _tail - _head; }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (Available == 0 && Stepper != null)
            {
                Stepper.Run();
            }

            if (Available == 0)
            {
                _clock.Advance(timeoutMilliseconds);
                return 0;
            }

            int n = Available < count ? Available : count;
            Array.Copy(_inbound, _head, buffer, offset, n);
            _head += n;
            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            if (PassWrites > 0)
            {
                PassWrites--;
            }
            else if (DropWrites > 0)
            {
                DropWrites--;
                return;
            }

            Peer.Deliver(buffer, offset, count);
        }

        /// <summary>Puts bytes in this end's inbound queue, as if the other end wrote them.</summary>
        public void Deliver(byte[] buffer, int offset, int count)
        {
            if (_tail + count > _inbound.Length)
            {
                byte[] larger = new byte[(Available + count) * 2];
                Array.Copy(_inbound, _head, larger, 0, Available);
                _tail = Available;
                _head = 0;
                _inbound = larger;
            }

            Array.Copy(buffer, offset, _inbound, _tail, count);
            _tail += count;
        }

        /// <summary>Takes everything waiting at this end.</summary>
        public byte[] TakeAll()
        {
            byte[] all = new byte[Available];
            Array.Copy(_inbound, _head, all, 0, all.Length);
            _head = _tail;
            return all;
        }
    }
}
