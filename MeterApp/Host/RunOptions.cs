using System;
using System.IO;

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

        public string DataDirectory { get; private set; } = Path.GetFullPath(DefaultDataDirectory);

        /// <summary>How many times faster than real time the virtual clock runs.</summary>
        public int Speed { get; private set; } = 1;

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
                    default:
                        throw new UsageException("unknown option '" + args[i] + "' (options: --data DIR, --speed N)");
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
