using System;
using System.Diagnostics;
using System.Globalization;
using Meter.Metrology.Accuracy;

namespace Meter.Host
{
    /// <summary>
    /// `meter accuracy`: the type-test campaign (issue 3) on the virtual board in batch mode; prints
    /// one row per point, then the reactive rows with their own limit columns, then
    /// `max |reactive error| = Y %` and `max |error| = X %` (active). Exit code 0 when every point
    /// meets the project target (|error| ≤ 0.1 % at active and reactive load points, starting
    /// current registers, no-load is silent).
    /// </summary>
    internal sealed class AccuracyVerb : IVerb
    {
        private const int DefaultSeed = 20260101;

        public string Name => "accuracy";

        public string Summary => "run the IEC 62053 accuracy campaign on the virtual board and print the error table. Options: --seed N (noise)";

        public int Execute(string[] args)
        {
            int seed = ParseSeed(args);
            Stopwatch watch = Stopwatch.StartNew();
            AccuracyRunner runner = new AccuracyRunner(seed);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-22} {1,14} {2,14} {3,9} {4,7} {5,7} {6,7}  {7}",
                "test point", "expected Wh", "registered Wh", "error %", "cl 1", "0.5S", "0.2S", "target 0.1 %"));
            bool allPass = true;
            double maxError = 0.0;
            foreach (AccuracyPoint point in AccuracyCampaign.Points())
            {
                AccuracyResult result = runner.Run(point);
                bool pass = result.Passes(AccuracyCampaign.TargetPercent);
                allPass &= pass;
                if (point.Kind == AccuracyPointKind.Load)
                {
                    maxError = Math.Max(maxError, Math.Abs(result.ErrorPercent));
                }

                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-22} {1,14:F6} {2,14:F6} {3,9} {4,7} {5,7} {6,7}  {7}",
                    point.Name, result.ExpectedWattHours, result.RegisteredWattHours, Error(result),
                    Limit(point.ClassOneLimitPercent), Limit(point.Class05SLimitPercent), Limit(point.Class02SLimitPercent),
                    Verdict(result, pass)));
            }

            // Reactive energy has its own classes, hence its own limit columns.
            Console.WriteLine();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-22} {1,14} {2,14} {3,9} {4,7} {5,7} {6,7}  {7}",
                "reactive point", "expected varh", "registered", "error %", "cl 2", "1S", "0.5S", "target 0.1 %"));
            double maxReactiveError = 0.0;
            AccuracyPoint[] reactive = AccuracyCampaign.ReactivePoints();
            foreach (AccuracyPoint point in reactive)
            {
                AccuracyResult result = runner.Run(point);
                bool pass = result.Passes(AccuracyCampaign.TargetPercent);
                allPass &= pass;
                maxReactiveError = Math.Max(maxReactiveError, Math.Abs(result.ErrorPercent));
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-22} {1,14:F6} {2,14:F6} {3,9} {4,7} {5,7} {6,7}  {7}",
                    point.Name, result.ExpectedWattHours, result.RegisteredWattHours, Error(result),
                    Limit(point.ReactiveClassTwoLimitPercent), Limit(point.ReactiveClass1SLimitPercent), Limit(point.ReactiveClass05SLimitPercent),
                    Verdict(result, pass)));
            }

            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "accuracy: {0} points in {1:F1} s", AccuracyCampaign.Points().Length + reactive.Length, watch.Elapsed.TotalSeconds));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "max |reactive error| = {0:F4} %", maxReactiveError));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "max |error| = {0:F4} %", maxError));
            return allPass ? 0 : 1;
        }

        private static int ParseSeed(string[] args)
        {
            if (args.Length == 0)
            {
                return DefaultSeed;
            }

            int seed;
            if (args.Length != 2 || args[0] != "--seed" || !int.TryParse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
            {
                throw new UsageException("usage: meter accuracy [--seed N]");
            }

            return seed;
        }

        private static string Error(AccuracyResult result)
        {
            return result.Point.Kind == AccuracyPointKind.NoLoad ? "-" : result.ErrorPercent.ToString("+0.0000;-0.0000;0.0000", CultureInfo.InvariantCulture);
        }

        private static string Limit(double percent)
        {
            return percent > 0 ? "±" + percent.ToString("0.0", CultureInfo.InvariantCulture) : "-";
        }

        private static string Verdict(AccuracyResult result, bool pass)
        {
            switch (result.Point.Kind)
            {
                case AccuracyPointKind.Starting:
                    return (pass ? "pass" : "FAIL") + " (registers)";
                case AccuracyPointKind.NoLoad:
                    return (pass ? "pass" : "FAIL") + " (no movement, " + result.Pulses + " pulses)";
                default:
                    return pass ? "pass" : "FAIL";
            }
        }
    }
}
