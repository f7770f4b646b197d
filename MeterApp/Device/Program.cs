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
        public static void Main()
        {
            DeviceBoard board = DeviceBoard.ForRunningTarget();
            MeterApplication meter = MeterApplication.Boot(
                board,
                DeviceSoftwareIdentity.Create(),
                new ConsoleOptions(),
                MeterConsole.DevicePbkdf2Iterations);
            meter.Start();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
