using Meter.Dlms.Server;

namespace Meter.Tests.Dlms
{
    /// <summary>Opens <see cref="FakeApduSession"/>s, refusing client SAP <see cref="RefusedClient"/>; remembers the last one.</summary>
    public sealed class FakeApduSessionFactory : IApduSessionFactory
    {
        public FakeApduSessionFactory(int maxApduSize)
        {
            MaxApduSize = maxApduSize;
            RefusedClient = -1;
        }

        public int MaxApduSize { get; set; }

        public int RefusedClient { get; set; }

        /// <summary>Answer every new session gives (null: echo).</summary>
        public byte[] Response { get; set; }

        public FakeApduSession Last { get; private set; }

        public int Opened { get; private set; }

        public int LastClientSap { get; private set; }

        public int LastServerSap { get; private set; }

        public IApduSession Open(ushort clientSap, ushort serverSap)
        {
            LastClientSap = clientSap;
            LastServerSap = serverSap;
            if (clientSap == RefusedClient)
            {
                return null;
            }

            Opened++;
            Last = new FakeApduSession(MaxApduSize);
            Last.Response = Response;
            return Last;
        }
    }
}
