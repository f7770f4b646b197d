using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>Runs `dotnet meter.dll ...` to its end (a minute at most) and captures its output.</summary>
    internal static class MeterProcess
    {
        private static readonly string MeterDll = Path.Combine(AppContext.BaseDirectory, "meter.dll");

        public static int Run(out string stdout, out string stderr, params string[] args)
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
            if (!process.WaitForExit(60000))
            {
                process.Kill(true);
                Assert.Fail("meter " + string.Join(" ", args) + " did not finish within a minute");
            }

            stderr = error.Result;
            return process.ExitCode;
        }
    }
}
