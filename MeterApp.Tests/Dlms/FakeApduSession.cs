using System;
using Meter.Dlms.Server;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// An application layer for link tests: answers each APDU with <see cref="Response"/> when set,
    /// else echoes it; records the last request and whether it was closed.
    /// </summary>
    public sealed class FakeApduSession : IApduSession
    {
        public FakeApduSession(int maxApduSize)
        {
            MaxApduSize = maxApduSize;
        }

        public int MaxApduSize { get; private set; }

        /// <summary>The fixed answer; null: echo the request.</summary>
        public byte[] Response { get; set; }

        public byte[] LastRequest { get; private set; }

        public int Requests { get; private set; }

        public bool Closed { get; private set; }

        public int Process(byte[] request, int offset, int count, byte[] response, int responseOffset, int responseCount)
        {
            Requests++;
            LastRequest = new byte[count];
            Array.Copy(request, offset, LastRequest, 0, count);
            byte[] answer = Response != null ? Response : LastRequest;
            if (answer.Length > responseCount)
            {
                return 0;
            }

            Array.Copy(answer, 0, response, responseOffset, answer.Length);
            return answer.Length;
        }

        public void Close()
        {
            Closed = true;
        }
    }
}
