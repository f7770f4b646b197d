using System;
using System.Threading;
using Meter.Boot;
using Meter.Hal.Board;
using Meter.Hal.Virtual;
using Meter.SerialConsole;
using Meter.Tests.SerialConsole;
using Meter.Tests.Security;

namespace Meter.Tests.Boot
{
    /// <summary>
    /// A whole meter running on the virtual board: booted by the entry points' composition root,
    /// its tasks started, its console reached only through the virtual UART.
    /// </summary>
    internal sealed class RunningMeter
    {
        private RunningMeter(VirtualBoard board, VirtualSerialPort port, MeterApplication app, MemoryShipmentSink shipment)
        {
            Shipment = shipment;
            Board = board;
            Port = port;
            App = app;
        }

        public VirtualBoard Board { get; }

        public VirtualSerialPort Port { get; }

        public MeterApplication App { get; }

        /// <summary>Where the meter delivered its DLMS shipment file if it provisioned itself at this boot.</summary>
        public MemoryShipmentSink Shipment { get; }

        /// <summary>Boots on a real-time clock with the household load paced by it.</summary>
        public static RunningMeter Boot(VirtualFlash flash)
        {
            return Boot(flash, false);
        }

        /// <summary>
        /// Boots on a real-time clock; with <paramref name="batchFrontEnd"/> the household load is
        /// produced as fast as it is read (drive <see cref="MeterApplication.Metrology"/> by hand,
        /// do not start the tasks: the metrology task would spin).
        /// </summary>
        public static RunningMeter Boot(VirtualFlash flash, bool batchFrontEnd)
        {
            return Boot(flash, batchFrontEnd, new VirtualSerialPort());
        }

        /// <summary>Boots on a real-time clock with the household load, its DLMS UART being <paramref name="dlmsPort"/>.</summary>
        public static RunningMeter Boot(VirtualFlash flash, Meter.Hal.Io.ISerialPort dlmsPort)
        {
            return Boot(flash, false, dlmsPort);
        }

        private static RunningMeter Boot(VirtualFlash flash, bool batchFrontEnd, Meter.Hal.Io.ISerialPort dlmsPort)
        {
            VirtualSerialPort port = new VirtualSerialPort(4096, 64 * 1024);
            return Boot(NewBoard(flash, batchFrontEnd, port, dlmsPort), port);
        }

        /// <summary>Boots on a real-time clock with no factory station attached: a new meter's DLMS stays unprovisioned (<see cref="Shipment"/> is null).</summary>
        public static RunningMeter BootWithoutFactoryStation(VirtualFlash flash)
        {
            VirtualSerialPort port = new VirtualSerialPort(4096, 64 * 1024);
            return Boot(NewBoard(flash, false, port, new VirtualSerialPort()), port, null);
        }

        /// <summary>DLMS on loopback, any free port (tests run side by side), provisioned at first start into a RAM shipment sink.</summary>
        public static DlmsOptions TestDlmsOptions()
        {
            return new DlmsOptions(DlmsOptions.LoopbackAddress, 0, new MemoryShipmentSink());
        }

        /// <summary>Boots on <paramref name="board"/>, whose console is <paramref name="port"/>.</summary>
        public static RunningMeter Boot(VirtualBoard board, VirtualSerialPort port)
        {
            return Boot(board, port, new MemoryShipmentSink());
        }

        private static RunningMeter Boot(VirtualBoard board, VirtualSerialPort port, MemoryShipmentSink shipment)
        {
            ConsoleOptions options = new ConsoleOptions();
            options.Echo = false;
            options.ShowPrompt = false;
            MeterApplication app = MeterApplication.Boot(board, ConsoleFixture.Identity(), options, 2, new DlmsOptions(DlmsOptions.LoopbackAddress, 0, shipment));
            return new RunningMeter(board, port, app, shipment);
        }

        private static VirtualBoard NewBoard(VirtualFlash flash, bool batchFrontEnd, VirtualSerialPort port, Meter.Hal.Io.ISerialPort dlmsPort)
        {
            VirtualClock clock = VirtualClock.Scaled(1, new DateTime(2026, 6, 1, 0, 0, 0));
            VirtualFrontEnd frontEnd = new VirtualFrontEnd(MeteringScenario.Household(), 11, batchFrontEnd ? null : clock);
            return new VirtualBoard(VirtualBoardDefinition.Create(), clock, flash, new VirtualTrng(11), VirtualUniqueSecret.FromSeed(11), port, dlmsPort, null, frontEnd);
        }

        /// <summary>The supervisor's status of the task called <paramref name="name"/> (tasks are found by name: the list grows).</summary>
        public Meter.Runtime.TaskStatus Task(string name)
        {
            foreach (Meter.Runtime.TaskStatus status in App.Supervisor.Snapshot())
            {
                if (status.Name == name)
                {
                    return status;
                }
            }

            throw new ArgumentException("no task " + name);
        }

        /// <summary>Sends a console line and collects output until it contains <paramref name="expect"/> (ten seconds at most).</summary>
        public string Ask(string line, string expect)
        {
            Port.InjectLine(line);
            string output = string.Empty;
            for (int i = 0; i < 1000 && output.IndexOf(expect) < 0; i++)
            {
                Thread.Sleep(10);
                output += Port.TakeOutput();
            }

            return output;
        }
    }
}
