using System;
using Meter.Hal.Io;

namespace Meter.SerialConsole
{
    /// <summary>
    /// Writes console output to the serial port as ASCII lines ending in CR LF, through one reused
    /// buffer. Characters outside printable ASCII are written as '?', so text that came from
    /// outside (event details, names) can never send control or escape sequences to the
    /// operator's terminal. The writer itself never waits: each flush is one
    /// <see cref="ISerialPort.Write"/> of at most <see cref="BufferSize"/> bytes, so how long output
    /// can hold the console is what the port's Write guarantees (a device UART driver's write
    /// timeout; the host's stdio port is meant never to block). A write that throws is dropped and
    /// counted (<see cref="FailedWrites"/>), never retried; a write that blocks blocks the console.
    /// </summary>
    public sealed class ConsoleWriter
    {
        /// <summary>Bytes buffered before the port is written.</summary>
        public const int BufferSize = 128;

        private const byte Cr = 0x0D;
        private const byte Lf = 0x0A;

        private readonly ISerialPort _port;
        private readonly byte[] _buffer = new byte[BufferSize];
        private int _count;
        private bool _atLineStart = true;
        private int _errorLines;
        private int _failedWrites;

        public ConsoleWriter(ISerialPort port)
        {
            if (port == null)
            {
                throw new ArgumentNullException("port");
            }

            _port = port;
        }

        /// <summary>Error lines written since start (each one reports one rejected input or failure).</summary>
        public int ErrorLines
        {
            get { return _errorLines; }
        }

        /// <summary>Port writes that failed and whose bytes were dropped.</summary>
        public int FailedWrites
        {
            get { return _failedWrites; }
        }

        /// <summary>Buffers text without ending the line.</summary>
        public void Write(string text)
        {
            if (text == null)
            {
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                Put(c >= ' ' && c <= '~' ? (byte)c : (byte)'?');
            }
        }

        /// <summary>Writes text and ends the line.</summary>
        public void WriteLine(string text)
        {
            Write(text);
            WriteLine();
        }

        /// <summary>Ends the current line and sends it.</summary>
        public void WriteLine()
        {
            Put(Cr);
            Put(Lf);
            Flush();
        }

        /// <summary>Ends a partly written line, if any, so the next output starts at column 0.</summary>
        public void BeginLine()
        {
            if (!_atLineStart)
            {
                WriteLine();
            }
        }

        /// <summary>Writes one "error: ..." line, on a line of its own, and counts it.</summary>
        public void WriteError(string message)
        {
            BeginLine();
            _errorLines++;
            Write("error: ");
            WriteLine(message);
        }

        /// <summary>
        /// Buffers one byte as is. Only the line editor's echo uses this (characters it has
        /// already checked, backspace sequences, CR LF); everything else goes through Write.
        /// </summary>
        public void WriteRaw(byte value)
        {
            Put(value);
        }

        /// <summary>Sends whatever is buffered.</summary>
        public void Flush()
        {
            if (_count == 0)
            {
                return;
            }

            int count = _count;
            _count = 0;
            try
            {
                _port.Write(_buffer, 0, count);
            }
            catch (Exception)
            {
                // A timed-out or broken port loses this output; the console itself goes on.
                _failedWrites++;
            }
        }

        private void Put(byte value)
        {
            if (_count == BufferSize)
            {
                Flush();
            }

            _buffer[_count++] = value;
            _atLineStart = value == Lf;
        }
    }
}
