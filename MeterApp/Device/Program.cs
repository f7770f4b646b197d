using System;
using System.Threading;
using Meter.Boot;
using Meter.Hal.Device;
using Meter.SerialConsole;

namespace Meter.Device
{
    /// <summary>
    /// The device entry point: picks the board definition for the firmware it runs on
    /// (nanoFramework's SystemInfo.TargetName), boots the application and leaves the main thread
    /// parked; the tasks and the supervisor run on their own threads from here on.
    /// </summary>
    public static class Program
    {
        /// <summary>How long a failed boot waits before it resets the board and tries again.</summary>
        private const int RetryAfterFailedBootMilliseconds = 30000;

        public static void Main()
        {
            try
            {
                DeviceBoard board = DeviceBoard.ForRunningTarget();
                MeterApplication meter = MeterApplication.Boot(
                    board,
                    DeviceSoftwareIdentity.Create(),
                    new ConsoleOptions(),
                    MeterConsole.DevicePbkdf2Iterations,
                    DlmsOptions.Default);
                meter.Start();
            }
            catch (Exception e)
            {
                // Nothing is supervised yet, so no watchdog would ever fire: a meter that cannot
                // boot must not sit dead. Report on the debug output, wait, and reset.
                Console.WriteLine("boot failed: " + e.Message);
                Thread.Sleep(RetryAfterFailedBootMilliseconds);
                new DeviceSystemMonitor().Reboot();
            }

            Thread.Sleep(Timeout.Infinite);
        }
    }
}
