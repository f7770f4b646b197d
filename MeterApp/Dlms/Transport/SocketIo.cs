using System;
using System.Net;
using System.Net.Sockets;

namespace Meter.Dlms.Transport
{
    /// <summary>Socket helpers the wrapper server and client share (nanoFramework's Socket subset only).</summary>
    internal static class SocketIo
    {
        /// <summary>Sends buffer[offset .. offset + count) whole; false when the socket sends nothing.</summary>
        internal static bool SendAll(Socket socket, byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int sent = socket.Send(buffer, offset, count, SocketFlags.None);
                if (sent <= 0)
                {
                    return false;
                }

                offset += sent;
                count -= sent;
            }

            return true;
        }

        /// <summary>A dotted IPv4 address as is; anything else through DNS (its first IPv4 address).</summary>
        internal static IPAddress Resolve(string host)
        {
            if (IsDottedAddress(host))
            {
                return IPAddress.Parse(host);
            }

            IPAddress[] addresses = Dns.GetHostEntry(host).AddressList;
            for (int i = 0; i < addresses.Length; i++)
            {
                if (addresses[i].AddressFamily == AddressFamily.InterNetwork)
                {
                    return addresses[i];
                }
            }

            throw new ArgumentException("no IPv4 address for " + host);
        }

        private static bool IsDottedAddress(string host)
        {
            if (host.Length == 0)
            {
                return false;
            }

            for (int i = 0; i < host.Length; i++)
            {
                char c = host[i];
                if (c != '.' && (c < '0' || c > '9'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
