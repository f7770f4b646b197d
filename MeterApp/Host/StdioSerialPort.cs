using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Meter.Hal.Io;

namespace Meter.Host
{
    /// <summary>
    /// The virtual board's console UART wired to this process's stdin and stdout, so the
    /// terminal you start the meter from is a real session with the meter's serial console.
    /// A reader thread moves stdin bytes into a bounded queue; end of input closes the port.
    /// </summary>
    internal sealed class StdioSerialPort : ISerialPort, IDisposable
    {
        private const int MaxQueuedBytes = 64 * 1024;
        private readonly BlockingCollection<byte> _input = new BlockingCollection<byte>(MaxQueuedBytes);
        private readonly Stream _stdout = Console.OpenStandardOutput();
        private readonly object _writeLock = new object();
        private readonly Thread _reader;

        public StdioSerialPort()
        {
            _reader = new Thread(ReadStdin) { IsBackground = true, Name = "stdin" };
            _reader.Start();
        }

        /// <summary>Set when stdin reached its end (the terminal or pipe closed).</summary>
        public bool InputClosed => _input.IsAddingCompleted;

        public int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (count <= 0 || !_input.TryTake(out byte first, timeoutMilliseconds))
            {
                return 0;
            }

            buffer[offset] = first;
            int n = 1;
            while (n < count && _input.TryTake(out byte next))
            {
                buffer[offset + n++] = next;
            }

            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            lock (_writeLock)
            {
                _stdout.Write(buffer, offset, count);
                _stdout.Flush();
            }
        }

        public void Dispose()
        {
            _input.CompleteAdding();
        }

        private void ReadStdin()
        {
            using Stream stdin = Console.OpenStandardInput();
            byte[] chunk = new byte[256];
            try
            {
                int n;
                while ((n = stdin.Read(chunk, 0, chunk.Length)) > 0)
                {
                    for (int i = 0; i < n; i++)
                    {
                        // A full queue means nobody reads the console: block stdin, like a UART's flow control.
                        _input.Add(chunk[i]);
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // Disposed while reading.
            }
            finally
            {
                if (!_input.IsAddingCompleted)
                {
                    _input.CompleteAdding();
                }
            }
        }
    }
}
