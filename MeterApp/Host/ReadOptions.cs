using System;
using System.Collections.Generic;
using System.Globalization;
using Meter.Dlms.Hdlc;

namespace Meter.Host
{
    /// <summary>The command line of `meter read` (see <see cref="ReadVerb"/>).</summary>
    internal sealed class ReadOptions
    {
        public const string Usage = "usage: meter read [--transport wrapper|hdlc] [--host H] [--port P] [--physical N] [--client SAP] [--server SAP] "
            + "(--auth none | --auth gmac --ek HEX --ak HEX --system-title HEX [--server-system-title HEX] | --shipment FILE [--system-title HEX]) "
            + "[--ic N] [--timeout MS] [class/]a.b.c.d.e.f:attr ...";

        /// <summary>TCP port of the IEC 62056-47 wrapper (IANA "dlms/cosem", 4059).</summary>
        public const int WrapperPort = 4059;

        /// <summary>
        /// The client's own system title when --shipment is used without --system-title: "TST" (a
        /// test head-end's FLAG-style manufacturer letters) and serial 1. A shipment holds the
        /// meter's title, not the head-end's; any 8 bytes other than the meter's do.
        /// </summary>
        public static readonly byte[] DefaultClientSystemTitle = { 0x54, 0x53, 0x54, 0x00, 0x00, 0x00, 0x00, 0x01 };

        // What a shipment file decides: giving them as well would leave two answers to one question.
        private static readonly string[] ShipmentDecides = { "--auth", "--ek", "--ak", "--server-system-title", "--client", "--server" };

        public ReadTransport Transport { get; private set; } = ReadTransport.Wrapper;

        public string Host { get; private set; } = "127.0.0.1";

        /// <summary>TCP port: <see cref="WrapperPort"/> for the wrapper, the virtual meter's serial bridge (4061) for HDLC.</summary>
        public int Port { get; private set; }

        public ushort Client { get; private set; }

        /// <summary>Server SAP: the wrapper's destination wPort, or HDLC's upper address (logical device).</summary>
        public ushort Server { get; private set; } = 1;

        /// <summary>HDLC lower address (physical device); the meter's default is 17.</summary>
        public int Physical { get; private set; } = new HdlcServerSettings().PhysicalAddress;

        public bool Gmac { get; private set; }

        public byte[] EncryptionKey { get; private set; }

        public byte[] AuthenticationKey { get; private set; }

        /// <summary>The client's own system title.</summary>
        public byte[] SystemTitle { get; private set; }

        public byte[] ServerSystemTitle { get; private set; }

        /// <summary>The shipment file the keys came from, or null.</summary>
        public string ShipmentPath { get; private set; }

        /// <summary>The first invocation counter; null: read 0.0.43.1.0.255 publicly and continue after it.</summary>
        public uint? InvocationCounter { get; private set; }

        public int TimeoutMilliseconds { get; private set; } = 10000;

        public List<ReadTarget> Targets { get; } = new List<ReadTarget>();

        public static ReadOptions Parse(string[] args)
        {
            var options = new ReadOptions();
            var given = new HashSet<string>(StringComparer.Ordinal);
            string auth = null;
            int port = 0;
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    options.Targets.Add(ReadTarget.Parse(arg));
                    continue;
                }

                string value = i + 1 < args.Length ? args[++i] : throw new UsageException(arg + " needs a value; " + Usage);
                given.Add(arg);
                switch (arg)
                {
                    case "--transport": options.Transport = TransportOf(value); break;
                    case "--host": options.Host = value; break;
                    case "--port": port = (int)Number(arg, value, 1, 65535); break;
                    case "--physical": options.Physical = (int)Number(arg, value, 0, HdlcAddress.MaxTwoByteValue); break;
                    case "--client": options.Client = (ushort)Number(arg, value, 0, 65535); break;
                    case "--server": options.Server = (ushort)Number(arg, value, 0, 65535); break;
                    case "--auth": auth = value; break;
                    case "--ek": options.EncryptionKey = HexBytes(arg, value, 16); break;
                    case "--ak": options.AuthenticationKey = HexBytes(arg, value, 16); break;
                    case "--system-title": options.SystemTitle = HexBytes(arg, value, 8); break;
                    case "--server-system-title": options.ServerSystemTitle = HexBytes(arg, value, 8); break;
                    case "--shipment": options.ShipmentPath = value; break;
                    case "--ic": options.InvocationCounter = (uint)Number(arg, value, 0, uint.MaxValue); break;
                    case "--timeout": options.TimeoutMilliseconds = (int)Number(arg, value, 1, int.MaxValue); break;
                    default: throw new UsageException("unknown option " + arg + "; " + Usage);
                }
            }

            bool hdlc = options.Transport == ReadTransport.Hdlc;
            if (!hdlc && given.Contains("--physical"))
            {
                throw new UsageException("--physical is the HDLC lower address: it needs --transport hdlc");
            }

            options.Port = port != 0 ? port : hdlc ? TcpSerialBridge.DefaultPort : WrapperPort;
            if (options.ShipmentPath != null)
            {
                options.UseShipment(given);
            }
            else
            {
                options.UseKeyOptions(auth, given.Contains("--client"));
            }

            if (options.Targets.Count == 0)
            {
                throw new UsageException("nothing to read; " + Usage);
            }

            return options;
        }

        // Checked before the file is read, so a mix is refused whatever the file holds.
        private void UseShipment(HashSet<string> given)
        {
            var mixed = new List<string>();
            foreach (string option in ShipmentDecides)
            {
                if (given.Contains(option))
                {
                    mixed.Add(option);
                }
            }

            if (mixed.Count > 0)
            {
                throw new UsageException("--shipment gives the authentication (gmac), keys, meter system title, client SAP and logical device: "
                    + "drop " + string.Join(", ", mixed) + " or drop --shipment");
            }

            ReadShipment shipment = ReadShipment.Load(ShipmentPath);
            Gmac = true;
            EncryptionKey = shipment.EncryptionKey;
            AuthenticationKey = shipment.AuthenticationKey;
            ServerSystemTitle = shipment.ServerSystemTitle;
            Client = shipment.ClientSap;
            Server = shipment.LogicalDevice;
            SystemTitle ??= (byte[])DefaultClientSystemTitle.Clone();
        }

        private void UseKeyOptions(string auth, bool clientGiven)
        {
            if (auth != "none" && auth != "gmac")
            {
                throw new UsageException("--auth none, --auth gmac or --shipment FILE; " + Usage);
            }

            Gmac = auth == "gmac";
            if (Gmac && (EncryptionKey == null || AuthenticationKey == null || SystemTitle == null))
            {
                throw new UsageException("--auth gmac needs --ek, --ak and --system-title (or use --shipment FILE); " + Usage);
            }

            Client = clientGiven ? Client : Gmac ? (ushort)1 : (ushort)16;
        }

        private static ReadTransport TransportOf(string value)
        {
            switch (value)
            {
                case "wrapper": return ReadTransport.Wrapper;
                case "hdlc": return ReadTransport.Hdlc;
                default: throw new UsageException("--transport wrapper (IEC 62056-47 over TCP) or --transport hdlc (IEC 62056-46 over a TCP serial bridge)");
            }
        }

        private static long Number(string option, string value, long min, long max)
        {
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long number) || number < min || number > max)
            {
                throw new UsageException(option + " takes a number from " + min + " to " + max);
            }

            return number;
        }

        private static byte[] HexBytes(string option, string value, int length)
        {
            try
            {
                byte[] bytes = Convert.FromHexString(value);
                if (bytes.Length == length)
                {
                    return bytes;
                }
            }
            catch (FormatException)
            {
            }

            throw new UsageException(option + " takes " + length + " bytes in hex (" + (2 * length) + " digits)");
        }
    }
}
