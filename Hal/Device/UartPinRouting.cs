#if METER_ESP32
using nanoFramework.Hardware.Esp32;
#endif
using Meter.Hal.Board;

namespace Meter.Hal.Device
{
    /// <summary>
    /// Connects the console UART to its pins before the port is opened. On ESP32 the UARTs
    /// reach the pins through the GPIO matrix and nanoFramework leaves COM2/COM3 unrouted (their
    /// default pins collide with the module's flash or PSRAM), so the build for ESP32 (MeterBoardFamily=ESP32,
    /// which defines METER_ESP32 and references nanoFramework.Hardware.Esp32) routes them with
    /// Configuration.SetPinFunction. STM32 firmware fixes each USART's pins at build time, so
    /// other builds have nothing to route (and must not reference the ESP32-only assembly); they
    /// refuse to start on an ESP32 board rather than open an unconnected console.
    /// </summary>
    internal static class UartPinRouting
    {
        public static void Apply(BoardDefinition board)
        {
#if METER_ESP32
            if (board.ConsoleTxPin == BoardDefinition.NoPin || board.ConsoleRxPin == BoardDefinition.NoPin)
            {
                return;
            }

            switch (board.ConsolePortName)
            {
                case "COM1":
                    Configuration.SetPinFunction(board.ConsoleTxPin, DeviceFunction.COM1_TX);
                    Configuration.SetPinFunction(board.ConsoleRxPin, DeviceFunction.COM1_RX);
                    break;
                case "COM2":
                    Configuration.SetPinFunction(board.ConsoleTxPin, DeviceFunction.COM2_TX);
                    Configuration.SetPinFunction(board.ConsoleRxPin, DeviceFunction.COM2_RX);
                    break;
                case "COM3":
                    Configuration.SetPinFunction(board.ConsoleTxPin, DeviceFunction.COM3_TX);
                    Configuration.SetPinFunction(board.ConsoleRxPin, DeviceFunction.COM3_RX);
                    break;
                default:
                    throw new System.ArgumentException("ESP32 has COM1..COM3 only", "board");
            }
#else
            // A generic image on an ESP32 would open a COM port wired to nothing: fail at boot instead.
            if (board.NanoffTarget != null && board.NanoffTarget.StartsWith("ESP32"))
            {
                throw new System.NotSupportedException("ESP32 boards need an image built with MeterBoardFamily=ESP32");
            }
#endif
        }
    }
}
