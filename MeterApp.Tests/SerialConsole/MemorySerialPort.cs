using System;
using Meter.Hal.Io;

namespace Meter.Tests.SerialConsole
{
    /// <summary>An in-memory serial port: tests queue input bytes and read back everything written.</summary>
    public sealed class MemorySerialPort : ISerialPort
    {
        private byte[] _input = new byte[0];
        private int _inputPosition;
        private byte[] _output = new byte[256];
        private int _outputLength;

        public int WriteCalls { get; private set; }

        public void QueueInput(byte[] data)
        {
            byte[] merged = new byte[_input.Length - _inputPosition + data.Length];
            Array.Copy(_input, _inputPosition, merged, 0, _input.Length - _inputPosition);
            Array.Copy(data, 0, merged, _input.Length - _inputPosition, data.Length);
            _input = merged;
            _inputPosition = 0;
        }

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
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

        public void Write(byte[] buffer, int offset, int count)
        {
            WriteCalls++;
            if (_outputLength + count > _output.Length)
            {
                byte[] bigger = new byte[(_outputLength + count) * 2];
                Array.Copy(_output, bigger, _outputLength);
                _output = bigger;
            }

            Array.Copy(buffer, offset, _output, _outputLength, count);
            _outputLength += count;
        }

        /// <summary>Everything written since the last call, as text (bytes are ASCII).</summary>
        public string TakeOutput()
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
}
