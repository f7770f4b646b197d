using System;
using BenchmarkDotNet.Attributes;
using Meter.Hal.Virtual;
using Meter.Runtime;
using Meter.SerialConsole;
using Meter.SerialConsole.Commands;

namespace Meter.Benchmarks
{
    /// <summary>
    /// One "status" line typed into the console shell with the default options (echo and prompt
    /// on), answered into an in-memory port. The status command reads a real supervisor snapshot
    /// of two tasks. The console is not a hot path: this records its cost and garbage per command.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(ShortRunConfig))]
    public class ConsoleBenchmarks
    {
        private readonly byte[] _line = { (byte)'s', (byte)'t', (byte)'a', (byte)'t', (byte)'u', (byte)'s', 0x0D, 0x0A };
        private CountingSerialPort _port;
        private ConsoleShell _shell;

        [GlobalSetup]
        public void Setup()
        {
            VirtualClock clock = VirtualClock.Manual(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc));
            clock.Advance(((3 * 60) + 4) * 60 * 1000);
            TaskSupervisor supervisor = new TaskSupervisor(
                clock, new WatchdogKeeper(new VirtualWatchdog(clock, 8000)), SupervisorSettings.Default);
            supervisor.Add(new IdleTask("metrology", TaskPriority.Metrology, 32));
            supervisor.Add(new IdleTask("console", TaskPriority.Console, 8));

            CommandTable commands = new CommandTable();
            commands.Add(new StatusCommand(clock, new VirtualSystemMonitor(), new SupervisorTaskStatus(supervisor)));

            _port = new CountingSerialPort();
            _shell = new ConsoleShell(new ConsoleWriter(_port), commands, clock, new ConsoleOptions(), "login");
            _shell.Start();
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            if (_shell.Statistics.CommandsExecuted == 0 || _port.BytesWritten == 0)
            {
                throw new InvalidOperationException("the status command did not run");
            }
        }

        [Benchmark]
        public void FeedStatusLine()
        {
            _shell.Feed(_line, 0, _line.Length);
        }
    }
}
