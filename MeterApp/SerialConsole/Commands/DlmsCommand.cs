using System;
using Meter.Boot;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Security;
using Meter.Dlms.Server;
using Meter.Dlms.Transport;
using Meter.Security;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// dlms: whether the DLMS server is up (or why not), the system title, the wrapper endpoint
    /// and its connections, what the server refused, the invocation counters and the security
    /// policy. Nothing secret: the system title and the counters travel in clear in every
    /// ciphered APDU (Green Book ed. 9, 9.2.7.2.4), and no key, not even a fingerprint, is shown.
    /// </summary>
    public sealed class DlmsCommand : IConsoleCommand
    {
        private const int LabelWidth = 14;

        private readonly MeterDlms _dlms;

        public DlmsCommand(MeterDlms dlms)
        {
            if (dlms == null)
            {
                throw new ArgumentNullException("dlms");
            }

            _dlms = dlms;
        }

        public string Name
        {
            get { return "dlms"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "show the DLMS server: state, endpoint, connections, counters"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 0)
            {
                output.WriteError("usage: dlms");
                return;
            }

            // Read once: Activate may bring the server up between two lines.
            DlmsServer server = _dlms.Server;
            string unavailable = _dlms.Unavailable;
            DlmsKeys keys = _dlms.Keys;
            WriteRow(output, "server", server != null ? "up" : "down: " + (unavailable == null ? "starting" : unavailable));
            if (keys != null && keys.Identity != null)
            {
                WriteRow(output, "system title", keys.Identity.SystemTitleHex);
            }

            WrapperTcpServer wrapper = _dlms.Wrapper;
            int port = wrapper.LocalPort != 0 ? wrapper.LocalPort : wrapper.Settings.Port;
            WriteRow(output, "endpoint", wrapper.Settings.ListenAddress + ":" + port.ToString() + (wrapper.IsListening ? " listening" : " not listening"));
            WriteRow(output, "connections", "active " + wrapper.ActiveConnections.ToString() + "  accepted " + wrapper.AcceptedConnections.ToString()
                + "  refused " + wrapper.RefusedConnections.ToString());
            if (server == null)
            {
                return;
            }

            DlmsServerStatistics statistics = server.Statistics;
            WriteRow(output, "requests", "refused " + statistics.Refused.ToString() + "  security failures " + statistics.SecurityFailures.ToString()
                + "  authentication failures " + statistics.AuthenticationFailures.ToString() + "  faults " + statistics.Faults.ToString());
            DlmsInvocationCounters counters = _dlms.Counters;
            if (counters != null)
            {
                WriteRow(output, "IC in", "SAP 1 " + LastAccepted(counters.ManagementClientUnicast.LowestAcceptable));
                WriteRow(output, "IC out", Next(counters.OwnUnicast.NextValue));
            }

            MeterObjects objects = _dlms.Objects;
            if (objects != null)
            {
                WriteRow(output, "policy", PolicyName(objects.SecuritySetup.Policy));
            }
        }

        // The guard keeps the lowest acceptable value: the last accepted is one below (none at 0).
        private static string LastAccepted(uint lowestAcceptable)
        {
            if (lowestAcceptable == uint.MaxValue)
            {
                return "exhausted or damaged: refused until the key changes";
            }

            return lowestAcceptable == 0 ? "none accepted yet" : "last accepted " + (lowestAcceptable - 1).ToString();
        }

        private static string Next(uint next)
        {
            return next == uint.MaxValue ? "exhausted or damaged: nothing sent until the key changes" : "next " + next.ToString();
        }

        // security_policy of Security setup version 0 (Blue Book 4.4.7).
        private static string PolicyName(byte policy)
        {
            switch (policy)
            {
                case SecurityPolicy.None:
                    return "0 no security";
                case SecurityPolicy.Authenticated:
                    return "1 all messages authenticated";
                case SecurityPolicy.Encrypted:
                    return "2 all messages encrypted";
                case SecurityPolicy.AuthenticatedAndEncrypted:
                    return "3 all messages authenticated and encrypted";
                default:
                    return policy.ToString() + " unknown";
            }
        }

        private static void WriteRow(ConsoleWriter output, string label, string value)
        {
            string padded = label;
            while (padded.Length < LabelWidth)
            {
                padded += " ";
            }

            output.WriteLine(padded + value);
        }
    }
}
