using System;
using System.Net.Sockets;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Managed;
using Meter.Hal.Host;

namespace Meter.Host
{
    /// <summary>
    /// `meter read`: reads attributes from a meter over the IEC 62056-47 wrapper (default, TCP 4059)
    /// or IEC 62056-46 HDLC on a serial line reached over TCP (--transport hdlc, 4061: the virtual
    /// meter's bridge), as the public client (--auth none, client 16) or with HLS-GMAC and suite 0
    /// (--auth gmac, client 1, keys and system title given in hex, or --shipment FILE: the meter's
    /// system title, keys, client SAP and logical device from the shipment file the meter maker
    /// hands over, the client's own system title from --system-title or a test default). Prints one
    /// line per target, `obis:attr = value`; a Register or Extended register value (class 3/4,
    /// attribute 2) is read with its scaler_unit and printed scaled, e.g.
    /// `1.0.1.8.0.255:2 = 12345 Wh (scaler 0)`. Without --ic, the invocation counter continues after
    /// the one the meter publishes in 0.0.43.1.0.255 (read publicly first). Exit code 0 when every
    /// target was read, 1 when one was refused or the exchange failed, 2 for bad arguments.
    /// </summary>
    internal sealed class ReadVerb : IVerb
    {
        private const int MaxApdu = 2048;
        private static readonly byte[] InvocationCounterObject = { 0, 0, 43, 1, 0, 255 };

        public string Name => "read";

        public string Summary => "read a meter over DLMS/COSEM: [--transport wrapper|hdlc] [--host --port --physical] "
            + "--auth none | --auth gmac --ek --ak --system-title | --shipment FILE, [--ic] [class/]obis:attr ...";

        public int Execute(string[] args)
        {
            ReadOptions options = ReadOptions.Parse(args);
            try
            {
                uint counter = options.Gmac ? options.InvocationCounter ?? ReadInvocationCounter(options) : 0;
                return Read(options, counter);
            }
            catch (Exception e) when (e is DlmsClientException || e is SocketException)
            {
                Console.Error.WriteLine("meter read: " + e.Message);
                return 1;
            }
        }

        private static int Read(ReadOptions options, uint counter)
        {
            using var connection = new ReadConnection(options, options.Client, MaxApdu);
            ClientSecurity security = null;
            if (options.Gmac)
            {
                ClientKeys keys = ClientKeys.Create(new ManagedCryptoProvider(), new HostTrng(), options.EncryptionKey, options.AuthenticationKey);
                security = keys.Security(options.SystemTitle, counter);
                security.ExpectedServerSystemTitle = options.ServerSystemTitle;
            }

            var client = new DlmsClient(connection.Transport, security) { ResponseTimeoutMilliseconds = options.TimeoutMilliseconds };
            client.Associate();
            bool allRead = true;
            foreach (ReadTarget target in options.Targets)
            {
                string text = ReadOne(client, target, out bool read);
                Console.WriteLine(target.Text + " = " + text);
                allRead &= read;
            }

            client.Release();
            return allRead ? 0 : 1;
        }

        private static string ReadOne(DlmsClient client, ReadTarget target, out bool read)
        {
            GetDataResult value = client.Get(new CosemAttributeDescriptor(target.ClassId, target.LogicalName, target.Attribute));
            read = value.IsData;
            if (!value.IsData)
            {
                return "error: " + ResultText.Of(value.AccessResult);
            }

            if (target.IsRegisterValue)
            {
                GetDataResult scalerUnit = client.Get(new CosemAttributeDescriptor(target.ClassId, target.LogicalName, 3));
                string scaled = scalerUnit.IsData ? ScaledValueText.Format(value.Data, scalerUnit.Data) : null;
                if (scaled != null)
                {
                    return scaled;
                }
            }

            return DlmsValueText.Format(value.Data, target.ClassId == 8 && target.Attribute == 2);
        }

        // The counter the meter last accepted from us, published as Data 0.0.43.1.0.255 to the public client: continue after it.
        private static uint ReadInvocationCounter(ReadOptions options)
        {
            using var connection = new ReadConnection(options, 16, MaxApdu);
            var client = new DlmsClient(connection.Transport, null) { ResponseTimeoutMilliseconds = options.TimeoutMilliseconds };
            client.Associate();
            GetDataResult result = client.Get(new CosemAttributeDescriptor(1, InvocationCounterObject, 2));
            client.Release();
            if (!result.IsData || result.Data.Type != DlmsDataType.DoubleLongUnsigned)
            {
                throw new DlmsClientException("cannot read the invocation counter 0.0.43.1.0.255 (" + (result.IsData ? "not a double-long-unsigned" : ResultText.Of(result.AccessResult)) + "): give --ic");
            }

            return checked((uint)result.Data.AsUInt64() + 1);
        }
    }
}
