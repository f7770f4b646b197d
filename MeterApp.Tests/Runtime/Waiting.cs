using System.Threading;
using Meter.Runtime;

namespace Meter.Tests.Runtime
{
    /// <summary>Bounded polling for a condition that other threads make true.</summary>
    internal static class Eventually
    {
        /// <summary>Polls a condition for up to ten real seconds; a bound on waiting, not a timing assertion.</summary>
        public static bool Holds(Condition condition)
        {
            for (int i = 0; i < 2000; i++)
            {
                if (condition())
                {
                    return true;
                }

                Thread.Sleep(5);
            }

            return condition();
        }
    }

    /// <summary>Stopping a supervisor that runs on a clock only the test moves.</summary>
    internal static class Stopping
    {
        /// <summary>
        /// Stops a supervisor whose clock stands still unless moved: moves it meanwhile, so the
        /// sleepers (the supervisor, the tasks) wake and see the stop. Returns Stop's result.
        /// </summary>
        public static bool WhileAdvancing(TaskSupervisor supervisor, Advancer advance)
        {
            bool stopped = false;
            Thread advancer = new Thread(() =>
            {
                while (!stopped)
                {
                    advance(5);
                    Thread.Sleep(1);
                }
            });
            advancer.Start();
            try
            {
                return supervisor.Stop();
            }
            finally
            {
                stopped = true;
                advancer.Join();
            }
        }
    }

    internal delegate bool Condition();

    internal delegate void Advancer(int milliseconds);
}
