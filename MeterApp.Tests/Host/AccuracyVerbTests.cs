using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host
{
    /// <summary>`meter accuracy` as a person runs it: a process that prints the table and exits 0 when the target is met.</summary>
    [TestClass]
    public class AccuracyVerbTests
    {
        private static readonly string MeterDll = Path.Combine(AppContext.BaseDirectory, "meter.dll");

        [TestMethod]
        public void TheAccuracyVerbPrintsTheTableAndMeetsTheTarget()
        {
            int exitCode = Meter(out string stdout, out string stderr, "accuracy");
            string[] lines = stdout.TrimEnd().Split('\n');
            string last = lines[lines.Length - 1].TrimEnd('\r');
            StringAssert.StartsWith(last, "max |error| = ", stdout);
            StringAssert.Contains(stdout, "no-load 1.15 Un I=0");
            StringAssert.Contains(stdout, "start 0.001 In PF 1");
            StringAssert.Contains(stdout, "In sin 0.5c");
            StringAssert.Contains(stdout, "max |reactive error| = ");
            Assert.IsFalse(stdout.Contains("FAIL"), stdout);
            Assert.AreEqual(0, exitCode, stdout + stderr);
        }

        [TestMethod]
        public void ABadSeedGivesOneLineAndExitCode2()
        {
            int exitCode = Meter(out string stdout, out string stderr, "accuracy", "--seed", "x");
            Assert.AreEqual(2, exitCode, stdout + stderr);
            StringAssert.Contains(stderr, "usage: meter accuracy [--seed N]");
        }

        private static int Meter(out string stdout, out string stderr, params string[] args)
        {
            var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add(MeterDll);
            foreach (string arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(info);
            System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
            stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(120000))
            {
                process.Kill(true);
                Assert.Fail("meter " + string.Join(" ", args) + " did not finish within two minutes");
            }

            stderr = error.Result;
            return process.ExitCode;
        }
    }
}
