namespace Meter.Tests.Dlms
{
    /// <summary>An in-memory serial line between two stations, driven by one thread and a <see cref="ManualClock"/>.</summary>
    public sealed class SimulatedSerialLine
    {
        public SimulatedSerialLine()
        {
            Clock = new ManualClock();
            Client = new SimulatedSerialEnd(Clock);
            Server = new SimulatedSerialEnd(Clock);
            Client.Peer = Server;
            Server.Peer = Client;
        }

        public ManualClock Clock { get; private set; }

        /// <summary>The client's port.</summary>
        public SimulatedSerialEnd Client { get; private set; }

        /// <summary>The meter's port.</summary>
        public SimulatedSerialEnd Server { get; private set; }
    }
}
