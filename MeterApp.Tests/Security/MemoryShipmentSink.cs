using System;
using Meter.Security;

namespace Meter.Tests.Security
{
    /// <summary>A shipment sink in RAM (it survives a simulated power cut, as the host's file does); can be told to fail.</summary>
    internal sealed class MemoryShipmentSink : IShipmentSink
    {
        public byte[] Content;
        public int Deliveries;
        public bool Fails;

        public bool Deliver(byte[] content, int offset, int count)
        {
            if (Fails)
            {
                return false;
            }

            Content = new byte[count];
            Array.Copy(content, offset, Content, 0, count);
            Deliveries++;
            return true;
        }

        /// <summary>The delivered file, parsed (asserted well-formed by the caller).</summary>
        public ShipmentFile Parse(out string error)
        {
            return ShipmentFile.Parse(Content, 0, Content.Length, out error);
        }
    }
}
