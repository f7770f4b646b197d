using System;
using System.Collections.Generic;

namespace Meter.Host
{
    internal sealed class HelpVerb : IVerb
    {
        private readonly IReadOnlyList<IVerb> _verbs;

        public HelpVerb(IReadOnlyList<IVerb> verbs)
        {
            _verbs = verbs;
        }

        public string Name => "help";

        public string Summary => "list the verbs";

        public int Execute(string[] args)
        {
            Console.WriteLine("usage: meter [verb] [options]   (no verb: run)");
            foreach (IVerb verb in _verbs)
            {
                Console.WriteLine("  " + verb.Name.PadRight(10) + verb.Summary);
            }

            Console.WriteLine("read targets: [class/]a.b.c.d.e.f:attr; without a class id the standard object's class is assumed (registers 3, clock 8, profiles 7, else 1)");
            Console.WriteLine("read transports: --transport wrapper (default: IEC 62056-47, --port 4059, --server = wPort) or --transport hdlc");
            Console.WriteLine("  (IEC 62056-46 over a TCP serial line such as `meter run`'s bridge: --port 4061, --server = upper address, --physical N = lower address, default 17)");
            Console.WriteLine("read keys: --shipment FILE (e.g. meter-data/" + FileShipmentSink.FileName + ") takes the meter's system title, EK, AK, client SAP and logical device");
            Console.WriteLine("  from the meter maker's shipment file and implies --auth gmac; not with --auth/--ek/--ak/--server-system-title/--client/--server.");
            Console.WriteLine("  The client's own system title is --system-title, by default " + Convert.ToHexString(ReadOptions.DefaultClientSystemTitle) + " (\"TST\", a test head-end).");

            return 0;
        }
    }
}
