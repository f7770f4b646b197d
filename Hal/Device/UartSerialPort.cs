using System;
using System.IO.Ports;
using System.Threading;
using Meter.Hal.Clock;
using Meter.Hal.Io;

namespace Meter.Hal.Device
{
    /// <summary>
    /// A UART (System.IO.Ports.SerialPort, 8N1) as an <see cref="ISerialPort"/>. Read never
    /// relies on the port's TimeoutException: it waits on the DataReceived event with a wait
    /// handle for at most the caller's timeout (measured on the monotonic clock) and then
    /// reads only what BytesToRead reports, so it neither spins nor throws on a quiet line.
    /// Bytes that overrun the driver's receive buffer are lost in the native driver.
    /// </summary>
    public sealed class UartSerialPort : ISerialPort, IDisposable
    {
        /// <summary>Native receive buffer: a console line or a DLMS frame fits with room to spare.</summary>
        public const int ReceiveBufferSize = 1024;

        private const int DriverReadTimeoutMilliseconds = 50;
        private const int WriteTimeoutMilliseconds = 1000;

        private readonly SerialPort _port;
        private readonly IMonotonicClock _clock;
        private readonly AutoResetEvent _dataReceived = new AutoResetEvent(false);
        private readonly object _readLock = new object();
        private readonly object _writeLock = new object();

        public UartSerialPort(string portName, int baudRate, IMonotonicClock clock)
        {
            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _clock = clock;
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
            _port.ReadBufferSize = ReceiveBufferSize;
            _port.ReadTimeout = DriverReadTimeoutMilliseconds;
            _port.WriteTimeout = WriteTimeoutMilliseconds;
            _port.DataReceived += OnDataReceived;
            _port.Open();
        }

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

            lock (_readLock)
            {
                long deadline = _clock.UptimeMilliseconds + timeoutMilliseconds;
                while (true)
                {
                    int available = _port.BytesToRead;
                    if (available > 0)
                    {
                        return _port.Read(buffer, offset, available < count ? available : count);
                    }

                    if (timeoutMilliseconds == Timeout.Infinite)
                    {
                        _dataReceived.WaitOne();
                        continue;
                    }

                    long left = deadline - _clock.UptimeMilliseconds;
                    if (left <= 0)
                    {
                        return 0;
                    }

                    // A stale signal from bytes already read only costs one more loop.
                    _dataReceived.WaitOne((int)left, false);
                }
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            Bounds.CheckBuffer(buffer, offset, count);
            lock (_writeLock)
            {
                _port.Write(buffer, offset, count);
            }
        }

        public void Dispose()
        {
            _port.DataReceived -= OnDataReceived;
            _port.Close();
            _port.Dispose();
        }

        private void OnDataReceived(object sender, SerialDataReceivedEventArgs e)
        {
            _dataReceived.Set();
        }
    }
}
