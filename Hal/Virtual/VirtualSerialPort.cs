using System;
using System.Text;
using Meter.Hal.Io;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// An in-memory serial line. The meter uses it as its <see cref="ISerialPort"/>; tests and
    /// the host console stand at the other end: they push bytes in with <see cref="Inject(byte[])"/>
    /// or <see cref="InjectLine"/> and collect what the meter wrote with <see cref="TakeOutput"/>
    /// or <see cref="ReadOutput"/>. Each direction is a bounded FIFO that drops, and counts, the
    /// bytes that do not fit, as a UART does on overrun. Reads wait on wait handles with the
    /// given real-time timeout; <see cref="Close"/> wakes every blocked reader.
    /// </summary>
    public sealed class VirtualSerialPort : ISerialPort
    {
        /// <summary>Default capacity of each direction, in bytes.</summary>
        public const int DefaultCapacity = 4096;

        private readonly ByteFifo _toMeter;
        private readonly ByteFifo _fromMeter;

        public VirtualSerialPort()
            : this(DefaultCapacity, DefaultCapacity)
        {
        }

        public VirtualSerialPort(int inputCapacity, int outputCapacity)
        {
            _toMeter = new ByteFifo(inputCapacity);
            _fromMeter = new ByteFifo(outputCapacity);
        }

        /// <summary>Bytes injected while the meter's input FIFO was full.</summary>
        public long InputOverflowBytes
        {
            get { return _toMeter.DroppedBytes; }
        }

        /// <summary>Bytes the meter wrote while nobody drained its output FIFO.</summary>
        public long OutputOverflowBytes
        {
            get { return _fromMeter.DroppedBytes; }
        }

        /// <summary>Bytes injected and not yet read by the meter.</summary>
        public int PendingInputBytes
        {
            get { return _toMeter.Count; }
        }

        public bool IsClosed
        {
            get { return _toMeter.IsClosed; }
        }

        /// <summary>The meter side: see <see cref="ISerialPort.Read"/>. Returns 0 once closed and drained.</summary>
        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            return _toMeter.Read(buffer, offset, count, timeoutMilliseconds);
        }

        /// <summary>The meter side: never blocks; what does not fit the output FIFO is dropped.</summary>
        public void Write(byte[] buffer, int offset, int count)
        {
            _fromMeter.Write(buffer, offset, count);
        }

        /// <summary>Sends bytes to the meter; returns how many fitted in its input FIFO.</summary>
        public int Inject(byte[] data)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            return _toMeter.Write(data, 0, data.Length);
        }

        public int Inject(byte[] data, int offset, int count)
        {
            return _toMeter.Write(data, offset, count);
        }

        /// <summary>Sends a UTF-8 line followed by a line feed, as a host pipe does.</summary>
        public int InjectLine(string line)
        {
            if (line == null)
            {
                throw new ArgumentNullException("line");
            }

            return Inject(Encoding.UTF8.GetBytes(line + "\n"));
        }

        /// <summary>Everything the meter wrote since the last take, removed from the port.</summary>
        public byte[] TakeOutputBytes()
        {
            return _fromMeter.TakeAll();
        }

        /// <summary>
        /// <see cref="TakeOutputBytes"/> decoded as UTF-8 (a character split across two takes is
        /// not reassembled; the console writes ASCII).
        /// </summary>
        public string TakeOutput()
        {
            byte[] bytes = _fromMeter.TakeAll();
            return bytes.Length == 0 ? string.Empty : Encoding.UTF8.GetString(bytes, 0, bytes.Length);
        }

        /// <summary>The host side of the meter's output, with the same timeout rules as <see cref="Read"/>.</summary>
        public int ReadOutput(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            return _fromMeter.Read(buffer, offset, count, timeoutMilliseconds);
        }

        /// <summary>Hangs up both directions: writes are dropped and blocked readers return.</summary>
        public void Close()
        {
            _toMeter.Close();
            _fromMeter.Close();
        }
    }
}
