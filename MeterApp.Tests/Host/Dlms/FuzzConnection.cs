using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Meter.Dlms.Transport;
using Meter.Dlms.Wrapper;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// One fuzzing connection to a wrapper server (IEC 62056-47), in two phases. First a normal
    /// client transport (request, then wait for the answer), so the real DLMS client can associate
    /// and the fuzzer knows the server serves this connection. Then, after <see cref="StartDraining"/>,
    /// a firehose: <see cref="SendRaw"/> writes pre-built wrapper frames without waiting, while a
    /// reader thread drains and counts the answers (so neither side's TCP buffer ever fills) until
    /// the server closes the connection, which <see cref="Finish"/> waits for after a half-close:
    /// when it returns, the server has handled every byte it was going to handle.
    /// </summary>
    internal sealed class FuzzConnection : IApduTransport, IDisposable
    {
        private const int MaxFrame = 0xFFFF;

        private readonly Socket _socket;
        private readonly ushort _clientWPort;
        private readonly ushort _serverWPort;
        private readonly WrapperFramer _framer = new WrapperFramer(MaxFrame);
        private readonly byte[] _chunk = new byte[4096];
        private readonly byte[] _send = new byte[WrapperHeader.Size + MaxFrame];
        private int _chunkStart;
        private int _chunkEnd;
        private Thread _reader;
        private int _answers;
        private volatile string _badAnswer;
        private volatile int _lastAnswerTag = -1;

        public FuzzConnection(int port, ushort clientWPort, ushort serverWPort = 1)
        {
            _clientWPort = clientWPort;
            _serverWPort = serverWPort;
            _socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _socket.Connect(new IPEndPoint(IPAddress.Loopback, port));
        }

        /// <summary>The APDUs sent through <see cref="Send"/> are copied here when set (the handshake's AARQ, for the corpus).</summary>
        public Action<byte[]> SentApdus { get; set; }

        /// <summary>Checks each answer of the draining phase (null: valid, else why not); the first complaint is kept in <see cref="BadAnswer"/>.</summary>
        public Func<byte[], int, int, string> Check { get; set; }

        public int MaxApduSize => 1024;

        /// <summary>Whole wrapper PDUs received (both phases).</summary>
        public int Answers => Volatile.Read(ref _answers);

        /// <summary>The first byte of the last answer, or -1.</summary>
        public int LastAnswerTag => _lastAnswerTag;

        /// <summary>Why an answer was not a well-formed wrapper PDU from the server's wPort to ours, or null.</summary>
        public string BadAnswer => _badAnswer;

        /// <summary>Handshake phase: one APDU behind a correct header.</summary>
        public bool Send(byte[] apdu, int offset, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(apdu, offset, copy, 0, count);
            SentApdus?.Invoke(copy);
            int length = FuzzBatch.Write(_send, 0, _clientWPort, _serverWPort, apdu, offset, count);
            return SendRaw(_send, 0, length);
        }

        /// <summary>Handshake phase: the next answer, or -1 (timeout, closed, too long).</summary>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            _socket.ReceiveTimeout = timeoutMilliseconds < 1 ? 1 : timeoutMilliseconds;
            try
            {
                while (true)
                {
                    int length = NextPdu();
                    if (length == -2)
                    {
                        return -1;
                    }

                    if (length >= 0)
                    {
                        if (length > count)
                        {
                            return -1;
                        }

                        Array.Copy(_framer.Buffer, _framer.ApduOffset, buffer, offset, length);
                        return length;
                    }

                    if (!Fill())
                    {
                        return -1;
                    }
                }
            }
            catch (SocketException)
            {
                return -1;
            }
        }

        public void Close()
        {
            Dispose();
        }

        /// <summary>From now on a reader thread drains and counts every answer until the server closes the connection.</summary>
        public void StartDraining()
        {
            _socket.ReceiveTimeout = 0;
            _reader = new Thread(Drain) { IsBackground = true, Name = "fuzz reader" };
            _reader.Start();
        }

        /// <summary>Firehose phase: writes raw bytes; false once the server has closed the connection.</summary>
        public bool SendRaw(byte[] bytes, int offset, int count)
        {
            try
            {
                while (count > 0)
                {
                    int sent = _socket.Send(bytes, offset, count, SocketFlags.None);
                    if (sent <= 0)
                    {
                        return false;
                    }

                    offset += sent;
                    count -= sent;
                }

                return true;
            }
            catch (SocketException)
            {
                return false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        /// <summary>
        /// Half-closes our side and waits (at most <paramref name="timeoutMilliseconds"/>) for the
        /// server to close its own; true when it did.
        /// </summary>
        public bool Finish(int timeoutMilliseconds)
        {
            try
            {
                _socket.Shutdown(SocketShutdown.Send);
            }
            catch (SocketException)
            {
                // Already reset by the server.
            }

            bool ended = _reader == null || _reader.Join(timeoutMilliseconds);
            Dispose();
            return ended;
        }

        public void Dispose()
        {
            _socket.Close();
        }

        private void Drain()
        {
            try
            {
                while (true)
                {
                    int length;
                    while ((length = NextPdu()) >= 0)
                    {
                    }

                    if (length == -2 || !Fill())
                    {
                        return;
                    }
                }
            }
            catch (SocketException)
            {
                // Reset by the server: the connection is over.
            }
            catch (ObjectDisposedException)
            {
            }
        }

        // The next complete PDU's length from the bytes held, -1 when more bytes are needed, -2 on a bad answer.
        private int NextPdu()
        {
            if (_chunkStart >= _chunkEnd)
            {
                return -1;
            }

            int consumed;
            WrapperResult result = _framer.Push(_chunk, _chunkStart, _chunkEnd - _chunkStart, out consumed);
            _chunkStart += consumed;
            if (result == WrapperResult.Truncated)
            {
                return -1;
            }

            if (result != WrapperResult.Ok)
            {
                _badAnswer = "unframed answer: " + result;
                return -2;
            }

            WrapperHeader header = _framer.Header;
            if (header.Source != _serverWPort || header.Destination != _clientWPort)
            {
                _badAnswer = "answer from wPort " + header.Source + " to " + header.Destination;
                return -2;
            }

            Interlocked.Increment(ref _answers);
            _lastAnswerTag = header.Length > 0 ? _framer.Buffer[_framer.ApduOffset] : -1;
            if (_reader != null && Check != null && _badAnswer == null)
            {
                _badAnswer = Check(_framer.Buffer, _framer.ApduOffset, header.Length);
            }

            return header.Length;
        }

        private bool Fill()
        {
            int read = _socket.Receive(_chunk, 0, _chunk.Length, SocketFlags.None);
            _chunkStart = 0;
            _chunkEnd = read;
            return read > 0;
        }
    }
}
