using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Meter.Tests.Host
{
    /// <summary>
    /// The host program as a person runs it: a real process whose stdin and stdout are the
    /// meter's serial console, state in a data directory, stopped by end of input or Ctrl-C.
    /// </summary>
    [TestClass]
    public class HostProgramTests
    {
        private static readonly string MeterDll = Path.Combine(AppContext.BaseDirectory, "meter.dll");

        [TestMethod]
        public void TheConsoleAnswersStatusAndVersionAndStateSurvivesARestart()
        {
            string data = NewDataDirectory();
            MeterRun first = MeterRun.Start(data);
            first.Send("status\nversion\n");
            first.CloseInput();
            first.WaitForExit();

            Assert.AreEqual(0, first.ExitCode, first.Stderr);
            StringAssert.Contains(first.Stdout, "console secret: ", "first boot provisions and shows the console secret once");
            StringAssert.Contains(first.Stdout, ", restarts 0 in total");
            StringAssert.Contains(first.Stdout, "console         running");
            StringAssert.Contains(first.Stdout, "sha-256:  ");
            StringAssert.Contains(first.Stderr, "stopped (end of input)");
            Assert.IsTrue(File.Exists(Path.Combine(data, "meter.nor")));

            MeterRun second = MeterRun.Start(data);
            second.Send("events\n");
            second.CloseInput();
            second.WaitForExit();

            Assert.AreEqual(0, second.ExitCode, second.Stderr);
            Assert.IsFalse(second.Stdout.Contains("console secret: "), "the secret is shown only once");
            StringAssert.Contains(second.Stdout, "2 power up: boot 2");
            StringAssert.Contains(second.Stdout, "1 power down: orderly shutdown");
        }

        [TestMethod]
        public void CtrlCStopsTheMeterCleanly()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("sending SIGINT needs a Unix kill");
            }

            string data = NewDataDirectory();
            MeterRun run = MeterRun.Start(data);
            run.Send("status\n");
            Assert.IsTrue(run.WaitForStdout("console         running"), run.Stdout + run.Stderr);

            // The first measurement is published after the first 0.2 s frame: ask until it is.
            for (int i = 0; i < 300 && !run.Stdout.Contains("A+ (1.8.0):"); i++)
            {
                run.Send("meter\n");
                System.Threading.Thread.Sleep(100);
            }

            StringAssert.Contains(run.Stdout, "A+ (1.8.0):", "the meter prints its registers");
            StringAssert.Contains(run.Stdout, "frequency:      ");

            using (Process kill = Process.Start("kill", "-INT " + run.Id))
            {
                kill.WaitForExit();
            }

            run.WaitForExit();
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            StringAssert.Contains(run.Stderr, "stopped (Ctrl-C)");
        }

        [TestMethod]
        public void ASecondMeterOnTheSameDataDirectoryIsRefused()
        {
            string data = NewDataDirectory();
            MeterRun first = MeterRun.Start(data);
            first.Send("status\n");
            Assert.IsTrue(first.WaitForStdout("console         running"), first.Stdout + first.Stderr);

            MeterRun second = MeterRun.Start(data);
            second.CloseInput();
            second.WaitForExit();
            Assert.AreEqual(1, second.ExitCode, second.Stderr);
            StringAssert.Contains(second.Stderr, "is another meter using it?");

            first.CloseInput();
            first.WaitForExit();
            Assert.AreEqual(0, first.ExitCode, first.Stderr);
        }

        [TestMethod]
        public void AMeterWhoseStdoutIsNotReadStillStopsOnCtrlC()
        {
            if (OperatingSystem.IsWindows())
            {
                Assert.Inconclusive("sending SIGINT needs a Unix kill");
            }

            // A pipe whose reader never reads: the meter's output must not block its tasks.
            string data = NewDataDirectory();
            string stderrFile = Path.Combine(data, "stderr.txt");
            var info = new ProcessStartInfo("/bin/sh")
            {
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("\"$0\" \"$1\" run --data \"$2\" --hdlc-port 0 --dlms-port 0 2>\"$3\" | sleep 60");
            info.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
            info.ArgumentList.Add(MeterDll);
            info.ArgumentList.Add(data);
            info.ArgumentList.Add(stderrFile);
            using Process shell = Process.Start(info);
            try
            {
                for (int i = 0; i < 2000; i++)
                {
                    shell.StandardInput.Write("help\n");
                }

                shell.StandardInput.Flush();
                Assert.IsTrue(WaitForFile(stderrFile, "console: this terminal"), "the meter did not start");
                System.Threading.Thread.Sleep(500);
                using (Process kill = Process.Start("pkill", "-INT -f " + data))
                {
                    kill.WaitForExit();
                }

                Assert.IsTrue(WaitForFile(stderrFile, "stopped (Ctrl-C)"), File.ReadAllText(stderrFile));
            }
            finally
            {
                shell.Kill(true);
            }
        }

        private static bool WaitForFile(string path, string text)
        {
            for (int i = 0; i < 600; i++)
            {
                if (File.Exists(path) && File.ReadAllText(path).Contains(text))
                {
                    return true;
                }

                System.Threading.Thread.Sleep(50);
            }

            return false;
        }

        [TestMethod]
        public void BadOptionsGiveOneLineAndExitCode2()
        {
            MeterRun run = MeterRun.Start(NewDataDirectory(), "--speed", "fast");
            run.CloseInput();
            run.WaitForExit();
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--speed needs a whole number");

            run = MeterRun.Start(NewDataDirectory(), "--hdlc-port", "65536");
            run.CloseInput();
            run.WaitForExit();
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--hdlc-port needs a TCP port");

            run = MeterRun.Start(NewDataDirectory(), "--dlms-port", "-1");
            run.CloseInput();
            run.WaitForExit();
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--dlms-port needs a TCP port");

            run = MeterRun.Start(NewDataDirectory(), "--dlms-address", "localhost");
            run.CloseInput();
            run.WaitForExit();
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--dlms-address needs an IP address");
        }

        [TestMethod]
        public void TheDlmsSerialLineListensWhereTheBannerSays()
        {
            MeterRun run = MeterRun.Start(NewDataDirectory());
            try
            {
                Assert.IsTrue(run.WaitForStderr("console: this terminal"), run.Stderr);
                System.Text.RegularExpressions.Match endpoint = System.Text.RegularExpressions.Regex.Match(run.Stderr, @"hdlc: +127\.0\.0\.1:(\d+) ");
                Assert.IsTrue(endpoint.Success, run.Stderr);
                int port = int.Parse(endpoint.Groups[1].Value);
                Assert.AreNotEqual(0, port, "port 0 asks for any free port: the banner shows the one taken");
                using (var client = new System.Net.Sockets.TcpClient())
                {
                    client.Connect(System.Net.IPAddress.Loopback, port);
                    Assert.IsTrue(client.Connected);
                }
            }
            finally
            {
                run.CloseInput();
                run.WaitForExit();
            }

            Assert.AreEqual(0, run.ExitCode, run.Stderr);
        }

        [TestMethod]
        public void AHeadEndReadsTheRunningMeterWithTheShipmentFileItWrote()
        {
            string data = NewDataDirectory();
            var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            int port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();

            MeterRun meter = MeterRun.Start(data, "--dlms-port", port.ToString());
            try
            {
                string shipment = Path.Combine(data, "dlms-shipment.txt");
                for (int i = 0; i < 200 && !File.Exists(shipment); i++)
                {
                    System.Threading.Thread.Sleep(50);
                }

                Assert.IsTrue(File.Exists(shipment), "the meter wrote its shipment file: " + meter.Stderr);
                StringAssert.Contains(File.ReadAllText(shipment), "TEST METER ONLY");
                string stdout = null;
                string stderr = null;
                int exit = 1;
                for (int attempt = 0; attempt < 20 && exit != 0; attempt++)
                {
                    // The wrapper server listens from its first task step: retry briefly.
                    exit = Meter.Tests.Host.Dlms.MeterProcess.Run(out stdout, out stderr, "read", "--port", port.ToString(), "--shipment", shipment, "1.0.1.8.0.255:2", "0.0.96.1.0.255:2");
                    if (exit != 0)
                    {
                        System.Threading.Thread.Sleep(250);
                    }
                }

                Assert.AreEqual(0, exit, stderr);
                StringAssert.Contains(stdout, "1.0.1.8.0.255:2 = ");
                StringAssert.Contains(stdout, " Wh");
                StringAssert.Contains(stdout, "0.0.96.1.0.255:2 = ");
            }
            finally
            {
                meter.CloseInput();
                meter.WaitForExit();
            }

            Assert.AreEqual(0, meter.ExitCode, meter.Stderr);
        }

        private static string NewDataDirectory()
        {
            string path = Path.Combine(Path.GetTempPath(), "meter-test-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        /// <summary>One `dotnet meter.dll run --data DIR` process with its standard streams captured.</summary>
        private sealed class MeterRun
        {
            private readonly Process _process;
            private readonly System.Text.StringBuilder _stdout = new System.Text.StringBuilder();
            private readonly System.Text.StringBuilder _stderr = new System.Text.StringBuilder();

            private MeterRun(Process process)
            {
                _process = process;
            }

            public int Id => _process.Id;

            public int ExitCode => _process.ExitCode;

            public string Stdout
            {
                get
                {
                    lock (_stdout)
                    {
                        return _stdout.ToString();
                    }
                }
            }

            public string Stderr
            {
                get
                {
                    lock (_stderr)
                    {
                        return _stderr.ToString();
                    }
                }
            }

            public static MeterRun Start(string data, params string[] extra)
            {
                var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
                {
                    RedirectStandardInput = true,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                info.ArgumentList.Add(MeterDll);
                info.ArgumentList.Add("run");
                info.ArgumentList.Add("--data");
                info.ArgumentList.Add(data);
                if (Array.IndexOf(extra, "--hdlc-port") < 0)
                {
                    // Any free port: 4061 may be taken by another meter on this machine.
                    info.ArgumentList.Add("--hdlc-port");
                    info.ArgumentList.Add("0");
                }

                if (Array.IndexOf(extra, "--dlms-port") < 0)
                {
                    // Likewise 4059.
                    info.ArgumentList.Add("--dlms-port");
                    info.ArgumentList.Add("0");
                }

                foreach (string arg in extra)
                {
                    info.ArgumentList.Add(arg);
                }

                var run = new MeterRun(new Process { StartInfo = info });
                run._process.OutputDataReceived += (s, e) => Append(run._stdout, e.Data);
                run._process.ErrorDataReceived += (s, e) => Append(run._stderr, e.Data);
                run._process.Start();
                run._process.BeginOutputReadLine();
                run._process.BeginErrorReadLine();
                return run;
            }

            public void Send(string text)
            {
                _process.StandardInput.Write(text);
                _process.StandardInput.Flush();
            }

            public void CloseInput()
            {
                _process.StandardInput.Close();
            }

            public bool WaitForStdout(string text)
            {
                for (int i = 0; i < 600; i++)
                {
                    if (Stdout.Contains(text))
                    {
                        return true;
                    }

                    System.Threading.Thread.Sleep(50);
                }

                return false;
            }

            public bool WaitForStderr(string text)
            {
                for (int i = 0; i < 600; i++)
                {
                    if (Stderr.Contains(text))
                    {
                        return true;
                    }

                    System.Threading.Thread.Sleep(50);
                }

                return false;
            }

            public void WaitForExit()
            {
                if (!_process.WaitForExit(60000))
                {
                    _process.Kill(true);
                    Assert.Fail("the meter did not stop within a minute: " + Stderr);
                }

                _process.WaitForExit();
            }

            private static void Append(System.Text.StringBuilder sink, string line)
            {
                if (line != null)
                {
                    lock (sink)
                    {
                        sink.AppendLine(line);
                    }
                }
            }
        }
    }
}
