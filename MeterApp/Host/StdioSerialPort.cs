using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using Meter.Hal.Io;
using Microsoft.Win32.SafeHandles;

namespace Meter.Host
{
    /// <summary>
    /// The virtual board's console UART wired to this process's stdin and stdout, so the
    /// terminal you start the meter from is a real session with the meter's serial console.
    /// Both directions go through bounded queues with their own threads, as a UART's FIFOs do:
    /// the meter never blocks on a terminal or pipe that stops reading; bytes that do not fit
    /// are dropped and counted, like a UART overrun.
    /// </summary>
    internal sealed class StdioSerialPort : ISerialPort, IDisposable
    {
        private const int QueueBytes = 64 * 1024;
        private readonly BlockingCollection<byte> _input = new BlockingCollection<byte>(QueueBytes);
        private readonly BlockingCollection<byte[]> _output = new BlockingCollection<byte[]>(QueueBytes / 64);
        private long _droppedOutputBytes;

        public StdioSerialPort()
        {
            new Thread(ReadStdin) { IsBackground = true, Name = "stdin" }.Start();
            new Thread(WriteStdout) { IsBackground = true, Name = "stdout" }.Start();
        }

        /// <summary>Set when stdin reached its end (the terminal or pipe closed).</summary>
        public bool InputClosed => _input.IsAddingCompleted;

        /// <summary>Bytes received from stdin that the console has not read yet.</summary>
        public int PendingInput => _input.Count;

        /// <summary>Output bytes dropped because stdout was not being read.</summary>
        public long DroppedOutputBytes => Interlocked.Read(ref _droppedOutputBytes);

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
            byte[] chunk = new byte[count];
            Array.Copy(buffer, offset, chunk, 0, count);
            try
            {
                if (_output.TryAdd(chunk))
                {
                    return;
                }
            }
            catch (InvalidOperationException)
            {
                // Closed: stdout is gone or the port is disposed.
            }

            Interlocked.Add(ref _droppedOutputBytes, count);
        }

        /// <summary>Waits (briefly) until queued output has reached stdout, so the last answer is not lost at exit.</summary>
        public void Drain(int timeoutMilliseconds)
        {
            for (int waited = 0; _output.Count > 0 && waited < timeoutMilliseconds; waited += 10)
            {
                Thread.Sleep(10);
            }
        }

        public void Dispose()
        {
            _input.CompleteAdding();
            _output.CompleteAdding();
        }

        private void ReadStdin()
        {
            try
            {
                using Stream stdin = Console.OpenStandardInput();
                byte[] chunk = new byte[256];
                int n;
                while ((n = stdin.Read(chunk, 0, chunk.Length)) > 0)
                {
                    for (int i = 0; i < n; i++)
                    {
                        // A full queue means nobody reads the console: hold stdin back, like UART flow control.
                        _input.Add(chunk[i]);
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // Disposed while reading.
            }
            catch (IOException)
            {
                // The terminal went away.
            }
            finally
            {
                if (!_input.IsAddingCompleted)
                {
                    _input.CompleteAdding();
                }
            }
        }

        private void WriteStdout()
        {
            try
            {
                // The raw descriptor, not Console.OpenStandardOutput(): .NET's console stream holds
                // a lock shared with Console.Error while it writes, so a stdout pipe nobody reads
                // would also block every status line the program writes to stderr.
                using Stream stdout = OperatingSystem.IsWindows()
                    ? Console.OpenStandardOutput()
                    : new FileStream(new SafeFileHandle((IntPtr)1, ownsHandle: false), FileAccess.Write, 1);
                foreach (byte[] chunk in _output.GetConsumingEnumerable())
                {
                    stdout.Write(chunk, 0, chunk.Length);
                    stdout.Flush();
                }
            }
            catch (IOException)
            {
                // stdout closed (a pipe whose reader exited): drop further output.
                _output.CompleteAdding();
            }
        }
    }
}
