using System;
using System.Collections.Generic;
using System.Threading;
using Meter.Dlms.Server;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// A stand-in for the server application layer: each session answers an APDU with
    /// [session number, APDUs served so far, the APDU's bytes], so a test can see which session
    /// answered and that sessions share nothing. Records every Open and Close.
    /// </summary>
    internal sealed class ScriptedSessionFactory : IApduSessionFactory
    {
        private readonly object _sync = new object();
        private readonly List<EchoSession> _sessions = new List<EchoSession>();
        private readonly int _maxApduSize;
        private readonly ushort _refusedClient;

        public ScriptedSessionFactory(int maxApduSize, ushort refusedClient = 0xFFFF)
        {
            _maxApduSize = maxApduSize;
            _refusedClient = refusedClient;
        }

        public int Opened
        {
            get
            {
                lock (_sync)
                {
                    return _sessions.Count;
                }
            }
        }

        public IApduSession Open(ushort clientSap, ushort serverSap)
        {
            if (clientSap == _refusedClient)
            {
                return null;
            }

            lock (_sync)
            {
                var session = new EchoSession(_sessions.Count + 1, clientSap, serverSap, _maxApduSize);
                _sessions.Add(session);
                return session;
            }
        }

        public EchoSession Session(int number)
        {
            lock (_sync)
            {
                return _sessions[number - 1];
            }
        }

        /// <summary>Waits (bounded) until <paramref name="count"/> sessions were opened.</summary>
        public bool WaitOpened(int count)
        {
            return Wait.Until(() => Opened >= count);
        }
    }

    internal sealed class EchoSession : IApduSession
    {
        private readonly ManualResetEvent _closed = new ManualResetEvent(false);
        private int _served;
        private int _closes;

        public EchoSession(int number, ushort clientSap, ushort serverSap, int maxApduSize)
        {
            Number = number;
            ClientSap = clientSap;
            ServerSap = serverSap;
            MaxApduSize = maxApduSize;
        }

        public int Number { get; }

        public ushort ClientSap { get; }

        public ushort ServerSap { get; }

        public int MaxApduSize { get; }

        public int Closes => Volatile.Read(ref _closes);

        public int Process(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            // 0xFF as the first byte: an unconfirmed service, nothing to answer.
            if (request[offset] == 0xFF)
            {
                return 0;
            }

            int served = Interlocked.Increment(ref _served);
            response[responseOffset] = (byte)Number;
            response[responseOffset + 1] = (byte)served;
            int copy = Math.Min(count, responseCount - 2);
            Array.Copy(request, offset, response, responseOffset + 2, copy);
            return copy + 2;
        }

        public void Close()
        {
            Interlocked.Increment(ref _closes);
            _closed.Set();
        }

        public bool WaitClosed()
        {
            return _closed.WaitOne(Wait.Limit);
        }
    }

    internal static class Wait
    {
        /// <summary>How long a test waits for something that should happen at once; never a timing assertion.</summary>
        public const int Limit = 10000;

        public static bool Until(Func<bool> condition)
        {
            DateTime end = DateTime.UtcNow.AddMilliseconds(Limit);
            while (!condition())
            {
                if (DateTime.UtcNow > end)
                {
                    return false;
                }

                Thread.Sleep(5);
            }

            return true;
        }
    }
}
