using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Meter.Host
{
    /// <summary>
    /// The host program: the meter's portable application on the virtual board, plus tools that
    /// later issues add as verbs. `meter` alone means `meter run`.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            var verbs = new List<IVerb> { new RunVerb(), new AccuracyVerb(), new ReadVerb() };
            verbs.Add(new HelpVerb(verbs));

            string name = args.Length > 0 && !args[0].StartsWith("-", StringComparison.Ordinal) ? args[0] : "run";
            string[] rest = name == "run" && (args.Length == 0 || args[0] != "run") ? args : args.Skip(1).ToArray();
            IVerb verb = verbs.FirstOrDefault(v => v.Name == name);
            if (verb == null)
            {
                Console.Error.WriteLine("meter: unknown verb '" + name + "' (try: meter help)");
                return 2;
            }

            try
            {
                return verb.Execute(rest);
            }
            catch (UsageException e)
            {
                Console.Error.WriteLine("meter " + verb.Name + ": " + e.Message);
                return 2;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Console.Error.WriteLine("meter " + verb.Name + ": " + e.Message);
                return 1;
            }
        }
    }
}
