namespace Meter.Dlms.Push
{
    /// <summary>
    /// The "host:port" form of a push setup's send_destination for transport_service TCP
    /// (Blue Book 4.4.8: the destination is an IP address or name and the port, e.g.
    /// "192.0.2.10:4059"; an IPv6 address goes in brackets, "[2001:db8::1]:4059").
    /// </summary>
    public static class PushDestination
    {
        /// <summary>Splits <paramref name="destination"/>; false unless a non-empty host and a port 1..65535.</summary>
        public static bool TryParse(string destination, out string host, out int port)
        {
            host = null;
            port = 0;
            if (destination == null)
            {
                return false;
            }

            int colon = destination.LastIndexOf(':');
            if (colon < 1 || colon == destination.Length - 1 || destination.Length - colon - 1 > 5)
            {
                return false;
            }

            int value = 0;
            for (int i = colon + 1; i < destination.Length; i++)
            {
                char c = destination[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            if (value < 1 || value > 65535)
            {
                return false;
            }

            string name = destination.Substring(0, colon);
            if (name[0] == '[')
            {
                if (name.Length < 3 || name[name.Length - 1] != ']')
                {
                    return false;
                }

                name = name.Substring(1, name.Length - 2);
            }
            else if (name.IndexOf(':') >= 0)
            {
                // An IPv6 address without brackets: its last group would be read as the port.
                return false;
            }

            host = name;
            port = value;
            return true;
        }
    }
}
