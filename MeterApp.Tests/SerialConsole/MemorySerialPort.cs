using System;
using System.Threading;
using Meter.Hal.Io;

namespace Meter.Tests.SerialConsole
{
    /// <summary>
    /// An in-memory serial port: tests queue input bytes and read back everything written.
    /// Thread-safe, so a console task may read it while the test thread queues input; a read
    /// with nothing queued waits up to its timeout (at most 5 ms) and returns 0.
    /// </summary>
    public sealed class MemorySerialPort : ISerialPort
    {
        private readonly object _sync = new object();
        private byte[] _input = new byte[0];
        private int _inputPosition;
        private byte[] _output = new byte[256];
        private int _outputLength;

        public void QueueInput(byte[] data)
        {
            lock (_sync)
            {
                int pending = _input.Length - _inputPosition;
                byte[] merged = new byte[pending + data.Length];
                Array.Copy(_input, _inputPosition, merged, 0, pending);
                Array.Copy(data, 0, merged, pending, data.Length);
                _input = merged;
                _inputPosition = 0;
            }
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            lock (_sync)
            {
                if (_inputPosition < _input.Length)
                {
                    return Take(buffer, offset, count);
                }
            }

            Thread.Sleep(timeoutMilliseconds < 5 ? timeoutMilliseconds : 5);
            lock (_sync)
            {
                return Take(buffer, offset, count);
            }
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                if (_outputLength + count > _output.Length)
                {
                    byte[] bigger = new byte[(_outputLength + count) * 2];
                    Array.Copy(_output, bigger, _outputLength);
                    _output = bigger;
                }

                Array.Copy(buffer, offset, _output, _outputLength, count);
                _outputLength += count;
            }
        }

        /// <summary>Everything written since the last call, as text (bytes are ASCII).</summary>
        public string TakeOutput()
        {
            lock (_sync)
            {
                char[] chars = new char[_outputLength];
                for (int i = 0; i < _outputLength; i++)
                {
                    chars[i] = (char)_output[i];
                }

                _outputLength = 0;
                return new string(chars);
            }
        }

        private int Take(byte[] buffer, int offset, int count)
        {
            int n = _input.Length - _inputPosition;
            if (n > count)
            {
                n = count;
            }

            Array.Copy(_input, _inputPosition, buffer, offset, n);
            _inputPosition += n;
            return n;
        }
    }
}
