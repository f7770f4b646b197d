using System;
using System.IO;
using System.Net;
using Meter.Dlms.Transport;

namespace Meter.Host
{
    /// <summary>Options of `meter run`.</summary>
    internal sealed class RunOptions
    {
        /// <summary>Default state directory: beside where you start the meter, so each checkout has its own meter.</summary>
        public const string DefaultDataDirectory = "meter-data";

        /// <summary>
        /// Virtual time may run faster, but the console's real I/O and login hashing may not: past
        /// this factor a console step (30 s virtual heartbeat timeout) would look hung.
        /// </summary>
        public const int MaxSpeed = 60;

        /// <summary>The options, for the help text and error messages.</summary>
        public static readonly string Summary = "--data DIR, --speed N (1-" + MaxSpeed + "), --dlms-address A (default 127.0.0.1), --dlms-port N (default 4059, 0: any free port), --hdlc-port N (default 4061, 0: any free port)";

        public string DataDirectory { get; private set; } = Path.GetFullPath(DefaultDataDirectory);

        /// <summary>How many times faster than real time the virtual clock runs.</summary>
        public int Speed { get; private set; } = 1;

        /// <summary>
        /// Address the meter's DLMS endpoints listen on: the wrapper server and the HDLC serial
        /// bridge. Loopback by default (issue 5: bound to 127.0.0.1 unless configured).
        /// </summary>
        public string DlmsAddress { get; private set; } = "127.0.0.1";

        /// <summary>TCP port of the IEC 62056-47 wrapper server (<see cref="WrapperServerSettings.DefaultPort"/>; 0: any free port).</summary>
        public int DlmsPort { get; private set; } = WrapperServerSettings.DefaultPort;

        /// <summary>TCP port of the DLMS serial line's bridge (<see cref="TcpSerialBridge.DefaultPort"/>; 0: any free port).</summary>
        public int HdlcPort { get; private set; } = TcpSerialBridge.DefaultPort;

        public static RunOptions Parse(string[] args)
        {
            var options = new RunOptions();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--data":
                        options.DataDirectory = Path.GetFullPath(ValueOf(args, ref i));
                        break;
                    case "--speed":
                        if (!int.TryParse(ValueOf(args, ref i), out int speed) || speed < 1 || speed > MaxSpeed)
                        {
                            throw new UsageException("--speed needs a whole number from 1 to " + MaxSpeed);
                        }

                        options.Speed = speed;
                        break;
                    case "--dlms-address":
                        string address = ValueOf(args, ref i);
                        if (!IPAddress.TryParse(address, out _))
                        {
                            throw new UsageException("--dlms-address needs an IP address, e.g. 127.0.0.1 or 0.0.0.0");
                        }

                        options.DlmsAddress = address;
                        break;
                    case "--dlms-port":
                        if (!int.TryParse(ValueOf(args, ref i), out int dlmsPort) || dlmsPort < 0 || dlmsPort > 65535)
                        {
                            throw new UsageException("--dlms-port needs a TCP port from 0 (any free port) to 65535");
                        }

                        options.DlmsPort = dlmsPort;
                        break;
                    case "--hdlc-port":
                        if (!int.TryParse(ValueOf(args, ref i), out int port) || port < 0 || port > 65535)
                        {
                            throw new UsageException("--hdlc-port needs a TCP port from 0 (any free port) to 65535");
                        }

                        options.HdlcPort = port;
                        break;
                    default:
                        throw new UsageException("unknown option '" + args[i] + "' (options: " + Summary + ")");
                }
            }

            return options;
        }

        private static string ValueOf(string[] args, ref int i)
        {
            if (i + 1 >= args.Length)
            {
                throw new UsageException(args[i] + " needs a value");
            }

            return args[++i];
        }
    }
}
