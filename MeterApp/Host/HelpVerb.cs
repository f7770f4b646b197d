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

            return 0;
        }
    }
}
