using System;
using Meter.Hal.Io;

namespace Meter.SerialConsole
{
    /// <summary>
    /// One step of the console's work: read what the UART has (waiting at most a short timeout),
    /// feed it to the shell, and let the shell expire an idle session. A step handles at most
    /// <see cref="ChunkSize"/> bytes, so a flood on the console port turns into many short steps
    /// between which the console task heartbeats and lower-priority work is never starved of the
    /// CPU by an endless read. The console task calls <see cref="Step"/> in its loop.
    /// </summary>
    public sealed class ConsolePump
    {
        /// <summary>Most bytes read per step.</summary>
        public const int ChunkSize = 64;

        /// <summary>Default wait for the first byte of a step.</summary>
        public const int DefaultReadTimeoutMilliseconds = 50;

        private readonly ISerialPort _port;
        private readonly ConsoleShell _shell;
        private readonly int _readTimeoutMilliseconds;
        private readonly byte[] _chunk = new byte[ChunkSize];

        public ConsolePump(ISerialPort port, ConsoleShell shell, int readTimeoutMilliseconds)
        {
            if (port == null || shell == null)
            {
                throw new ArgumentNullException(port == null ? "port" : "shell");
            }

            if (readTimeoutMilliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("readTimeoutMilliseconds");
            }

            _port = port;
            _shell = shell;
            _readTimeoutMilliseconds = readTimeoutMilliseconds;
        }

        /// <summary>Bytes received since start.</summary>
        public long BytesReceived { get; private set; }

        /// <summary>Runs one step; returns the number of bytes processed (0 when the read timed out).</summary>
        public int Step()
        {
            int count = _port.Read(_chunk, 0, ChunkSize, _readTimeoutMilliseconds);
            if (count > 0)
            {
                BytesReceived += count;
                _shell.Feed(_chunk, 0, count);
                Array.Clear(_chunk, 0, count);
            }

            _shell.Poll();
            return count;
        }
    }
}
