using System;
using System.Collections.Generic;
using System.Globalization;

namespace Meter.Host
{
    /// <summary>The command line of `meter read` (see <see cref="ReadVerb"/>).</summary>
    internal sealed class ReadOptions
    {
        public const string Usage = "usage: meter read [--host H] [--port P] [--client SAP] [--server SAP] --auth none|gmac "
            + "[--ek HEX --ak HEX --system-title HEX [--server-system-title HEX] [--ic N]] [--timeout MS] [class/]a.b.c.d.e.f:attr ...";

        public string Host { get; private set; } = "127.0.0.1";

        public int Port { get; private set; } = 4059;

        public ushort Client { get; private set; }

        public ushort Server { get; private set; } = 1;

        public bool Gmac { get; private set; }

        public byte[] EncryptionKey { get; private set; }

        public byte[] AuthenticationKey { get; private set; }

        public byte[] SystemTitle { get; private set; }

        public byte[] ServerSystemTitle { get; private set; }

        /// <summary>The first invocation counter; null: read 0.0.43.1.0.255 publicly and continue after it.</summary>
        public uint? InvocationCounter { get; private set; }

        public int TimeoutMilliseconds { get; private set; } = 10000;

        public List<ReadTarget> Targets { get; } = new List<ReadTarget>();

        public static ReadOptions Parse(string[] args)
        {
            var options = new ReadOptions();
            string auth = null;
            bool clientGiven = false;
            for (int i = 0; i < args.Length; i++)
            {
                string arg = args[i];
                if (!arg.StartsWith("--", StringComparison.Ordinal))
                {
                    options.Targets.Add(ReadTarget.Parse(arg));
                    continue;
                }

                string value = i + 1 < args.Length ? args[++i] : throw new UsageException(arg + " needs a value; " + Usage);
                switch (arg)
                {
                    case "--host": options.Host = value; break;
                    case "--port": options.Port = (int)Number(arg, value, 1, 65535); break;
                    case "--client": options.Client = (ushort)Number(arg, value, 0, 65535); clientGiven = true; break;
                    case "--server": options.Server = (ushort)Number(arg, value, 0, 65535); break;
                    case "--auth": auth = value; break;
                    case "--ek": options.EncryptionKey = HexBytes(arg, value, 16); break;
                    case "--ak": options.AuthenticationKey = HexBytes(arg, value, 16); break;
                    case "--system-title": options.SystemTitle = HexBytes(arg, value, 8); break;
                    case "--server-system-title": options.ServerSystemTitle = HexBytes(arg, value, 8); break;
                    case "--ic": options.InvocationCounter = (uint)Number(arg, value, 0, uint.MaxValue); break;
                    case "--timeout": options.TimeoutMilliseconds = (int)Number(arg, value, 1, int.MaxValue); break;
                    default: throw new UsageException("unknown option " + arg + "; " + Usage);
                }
            }

            if (auth != "none" && auth != "gmac")
            {
                throw new UsageException("--auth none or --auth gmac; " + Usage);
            }

            options.Gmac = auth == "gmac";
            if (options.Gmac && (options.EncryptionKey == null || options.AuthenticationKey == null || options.SystemTitle == null))
            {
                throw new UsageException("--auth gmac needs --ek, --ak and --system-title; " + Usage);
            }

            options.Client = clientGiven ? options.Client : options.Gmac ? (ushort)1 : (ushort)16;
            if (options.Targets.Count == 0)
            {
                throw new UsageException("nothing to read; " + Usage);
            }

            return options;
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
