using System;
using Meter.Dlms.Client;
using Meter.Dlms.Hdlc;
using Meter.Dlms.Transport;
using Meter.Hal.Host;

namespace Meter.Host
{
    /// <summary>
    /// One `meter read` connection to the meter, closed when disposed: a wrapper TCP connection, or
    /// an HDLC link (SNRM/UA done) over a TCP byte stream to the meter's serial line.
    /// </summary>
    internal sealed class ReadConnection : IDisposable
    {
        private readonly SocketSerialPort _line;

        /// <summary>Connects as <paramref name="client"/>; throws <see cref="DlmsClientException"/> when the meter is not there or refuses the link.</summary>
        public ReadConnection(ReadOptions options, ushort client, int maxApdu)
        {
            if (options.Transport == ReadTransport.Wrapper)
            {
                Transport = new WrapperClientTransport(options.Host, options.Port, client, options.Server, maxApdu);
                return;
            }

            try
            {
                _line = SocketSerialPort.Connect(options.Host, options.Port, options.TimeoutMilliseconds);
            }
            catch (OperationCanceledException)
            {
                throw new DlmsClientException("no connection to " + options.Host + ":" + options.Port + " within " + options.TimeoutMilliseconds + " ms");
            }

            var link = new HdlcClientLink(_line, new HostMonotonicClock(), Settings(options, client, maxApdu));
            if (!link.Connect())
            {
                _line.Dispose();
                throw new DlmsClientException("no HDLC connection: the meter at " + options.Host + ":" + options.Port
                    + " refused SNRM (DM) or did not answer for server " + options.Server + ", physical " + options.Physical + ", client " + client);
            }

            Transport = link;
        }

        public IApduTransport Transport { get; }

        public void Dispose()
        {
            Transport.Close();
            _line?.Dispose();
        }

        // 62056-46 6.4.2.2: a two-byte server address carries upper and lower in one byte each; four bytes for larger values.
        private static HdlcClientSettings Settings(ReadOptions options, ushort client, int maxApdu)
        {
            bool small = options.Server <= HdlcAddress.MaxOneByteValue && options.Physical <= HdlcAddress.MaxOneByteValue;
            return new HdlcClientSettings
            {
                ClientSap = client,
                ServerUpper = options.Server,
                ServerLower = options.Physical,
                ServerAddressSize = small ? 2 : 4,
                MaxApduSize = maxApdu,

                // --timeout bounds each wait, so a meter that never answers SNRM is given up on in (retries + 1) x timeout.
                ResponseTimeoutMilliseconds = Math.Min(options.TimeoutMilliseconds, HdlcClientSettings.DefaultResponseTimeoutMilliseconds),
            };
        }
    }
}
