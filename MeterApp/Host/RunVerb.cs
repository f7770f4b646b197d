using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using Meter.Boot;
using Meter.Dlms.Transport;
using Meter.Events;
using Meter.Hal.Board;
using Meter.Hal.Host;
using Meter.Hal.Virtual;
using Meter.SerialConsole;
using Meter.SerialConsole.Commands;

namespace Meter.Host
{
    /// <summary>
    /// `meter run`: the meter on the virtual board, its serial console on this terminal, its flash
    /// image in the data directory. A reboot (console `reboot`) or a watchdog expiry restarts the
    /// application on the same flash, as a real board would; Ctrl-C or the end of input stops it
    /// in order (a second Ctrl-C while stopping ends the process at once).
    /// </summary>
    internal sealed class RunVerb : IVerb
    {
        private const string FlashFileName = "meter.nor";
        private const int BoardTickMilliseconds = 50;

        public string Name => "run";

        public string Summary => "run the meter on the virtual board (default). Options: " + RunOptions.Summary;

        public int Execute(string[] args)
        {
            RunOptions options = RunOptions.Parse(args);
            BoardDefinition definition = VirtualBoardDefinition.Create();
            Directory.CreateDirectory(options.DataDirectory);

            FileBackedFlash flash;
            try
            {
                flash = new FileBackedFlash(options.DataDirectory, FlashFileName, definition.FlashSectorSize, definition.FlashSectorCount);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine("meter run: cannot open the flash image in " + options.DataDirectory + " (is another meter using it?): " + e.Message);
                return 1;
            }

            TcpSerialBridge hdlc;
            try
            {
                hdlc = new TcpSerialBridge(IPAddress.Parse(options.DlmsAddress), options.HdlcPort);
            }
            catch (SocketException e)
            {
                flash.Dispose();
                Console.Error.WriteLine("meter run: cannot listen for the DLMS serial line on " + options.DlmsAddress + ":" + options.HdlcPort + " (--hdlc-port 0 takes any free port): " + e.Message);
                return 1;
            }

            using (flash)
            using (hdlc)
            using (var stop = new ManualResetEventSlim(false))
            using (var port = new StdioSerialPort())
            {
                ConsoleCancelEventHandler onCtrlC = (sender, e) =>
                {
                    // The first Ctrl-C asks for an orderly stop; a second one is let through.
                    e.Cancel = !stop.IsSet;
                    stop.Set();
                };
                Console.CancelKeyPress += onCtrlC;
                try
                {
                    return Run(definition, flash, port, hdlc, stop, options);
                }
                finally
                {
                    Console.CancelKeyPress -= onCtrlC;
                    port.Drain(1000);
                }
            }
        }

        // The bridge outlives the application across reboots: the cable stays plugged into the meter.
        private static int Run(BoardDefinition definition, FileBackedFlash flash, StdioSerialPort port, TcpSerialBridge hdlc, ManualResetEventSlim stop, RunOptions options)
        {
            var clock = VirtualClock.Scaled(options.Speed, DateTime.UtcNow, new HostMonotonicClock());
            var identity = HostSoftwareIdentity.Compute();
            Banner(definition, flash, hdlc, options, identity.Version);

            var uniqueSecret = FileUniqueSecret.LoadOrCreate(options.DataDirectory);
            bool watchdogReset = false;
            while (true)
            {
                var board = new VirtualBoard(definition, clock, flash, new HostTrng(), uniqueSecret, port, hdlc, new HostMemoryProbe(), new VirtualFrontEnd(MeteringScenario.Household(), 1, clock));
                using var reboot = new ManualResetEventSlim(false);
                board.VirtualSystem.RebootRequested += (sender, e) => reboot.Set();

                MeterApplication meter = MeterApplication.Boot(board, identity, ConsoleOptionsFor(), MeterConsole.HostPbkdf2Iterations, new DlmsOptions(options.DlmsAddress, options.DlmsPort, new FileShipmentSink(options.DataDirectory)));
                if (meter.IsReadOnly)
                {
                    Console.Error.WriteLine("meter: the flash holds a newer format version; the record store is read-only and nothing is saved");
                }
                else if (watchdogReset)
                {
                    meter.Events.Record(EventCode.WatchdogError, "virtual watchdog reset");
                }

                meter.Console.Commands.Add(VirtualBoardSimulation.CreateSimCommand(board));
                meter.Start();

                string why = WaitForStopOrReset(board, port, stop, reboot);
                watchdogReset = why == "watchdog";
                bool ended = watchdogReset ? meter.Halt() : meter.Stop();
                if (!ended && (why == "reboot" || watchdogReset))
                {
                    // A task thread that did not end may still write: a new meter on the same
                    // flash would race it, so the process ends instead (a real reset would kill it).
                    Console.Error.WriteLine("meter: a task did not stop; exiting instead of restarting on the same flash");
                    return 1;
                }

                if (why != "reboot" && !watchdogReset)
                {
                    port.Drain(1000);
                    Console.Error.WriteLine("meter: stopped (" + why + "); state kept in " + flash.FilePath);
                    return 0;
                }

                Console.Error.WriteLine(watchdogReset ? "meter: watchdog expired, resetting the virtual board" : "meter: rebooting the virtual board");
            }
        }

        /// <summary>Runs the board's tick (the watchdog) until something ends this run.</summary>
        private static string WaitForStopOrReset(VirtualBoard board, StdioSerialPort port, ManualResetEventSlim stop, ManualResetEventSlim reboot)
        {
            while (true)
            {
                if (stop.Wait(BoardTickMilliseconds))
                {
                    return "Ctrl-C";
                }

                if (board.VirtualWatchdog.Check())
                {
                    return "watchdog";
                }

                if (reboot.IsSet)
                {
                    return "reboot";
                }

                // Scripted sessions (`printf 'status\n' | meter`) end with their input; stopping
                // lets the console finish the step that answers the last line.
                if (port.InputClosed && port.PendingInput == 0)
                {
                    return "end of input";
                }
            }
        }

        /// <summary>
        /// A terminal in its normal (cooked) mode echoes what you type and hands over whole lines,
        /// so the meter must not echo again (and cannot mask the login secret there: the terminal
        /// shows it, as any cooked-mode program's input); the device console echoes because a UART
        /// terminal does not.
        /// </summary>
        private static ConsoleOptions ConsoleOptionsFor()
        {
            return new ConsoleOptions { Echo = false, ShowPrompt = !Console.IsInputRedirected };
        }

        private static void Banner(BoardDefinition definition, FileBackedFlash flash, TcpSerialBridge hdlc, RunOptions options, string version)
        {
            Console.Error.WriteLine("Secure meter " + version + " on the virtual board (" + definition.Name + ", simulated on this PC)");
            Console.Error.WriteLine("  flash:   " + flash.FilePath + " (" + definition.FlashSectorCount + " x " + definition.FlashSectorSize + " bytes NOR)");
            Console.Error.WriteLine("  time:    x" + options.Speed + (options.Speed == 1 ? " (real time)" : " (virtual time runs faster)"));
            Console.Error.WriteLine("  dlms:    " + options.DlmsAddress + ":" + options.DlmsPort + " (IEC 62056-47 wrapper over TCP; keys for a head-end: meter read --shipment " + Path.Combine(options.DataDirectory, FileShipmentSink.FileName) + " --port " + options.DlmsPort + " 1.0.1.8.0.255:2)");
            Console.Error.WriteLine("  hdlc:    " + hdlc.Endpoint + " (the " + definition.DlmsPortName + " DLMS serial line, IEC 62056-46 HDLC over TCP: meter read --transport hdlc --port " + hdlc.Port + ")");
            Console.Error.WriteLine("  console: this terminal is the meter's serial console: type 'help'. Ctrl-C stops the meter.");
        }
    }
}
