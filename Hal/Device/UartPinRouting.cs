#if METER_ESP32
using nanoFramework.Hardware.Esp32;
#endif
using Meter.Hal.Board;

namespace Meter.Hal.Device
{
    /// <summary>
    /// Connects the board's UARTs (the console and the DLMS serial port) to their pins before the
    /// ports are opened. On ESP32 the UARTs reach the pins through the GPIO matrix and
    /// nanoFramework leaves COM2/COM3 unrouted (their default pins collide with the module's flash
    /// or PSRAM), so the build for ESP32 (MeterBoardFamily=ESP32, which defines METER_ESP32 and
    /// references nanoFramework.Hardware.Esp32) routes them with Configuration.SetPinFunction.
    /// STM32 firmware fixes each USART's pins at build time, so other builds have nothing to
    /// route (and must not reference the ESP32-only assembly); they refuse to start on an ESP32
    /// board rather than open unconnected ports.
    /// </summary>
    internal static class UartPinRouting
    {
        public static void Apply(BoardDefinition board)
        {
#if METER_ESP32
            Route(board.ConsolePortName, board.ConsoleTxPin, board.ConsoleRxPin);
            if (board.HasDlmsPort)
            {
                Route(board.DlmsPortName, board.DlmsTxPin, board.DlmsRxPin);
            }
#else
            // A generic image on an ESP32 would open COM ports wired to nothing: fail at boot instead.
            if (board.NanoffTarget != null && board.NanoffTarget.StartsWith("ESP32"))
            {
                throw new System.NotSupportedException("ESP32 boards need an image built with MeterBoardFamily=ESP32");
            }
#endif
        }

#if METER_ESP32
        /// <summary>Routes one UART's TX and RX through the GPIO matrix; a port without both pins keeps the firmware's routing.</summary>
        private static void Route(string portName, int txPin, int rxPin)
        {
            if (txPin == BoardDefinition.NoPin || rxPin == BoardDefinition.NoPin)
            {
                return;
            }

            DeviceFunction tx;
            DeviceFunction rx;
            switch (portName)
            {
                case "COM1":
                    tx = DeviceFunction.COM1_TX;
                    rx = DeviceFunction.COM1_RX;
                    break;
                case "COM2":
                    tx = DeviceFunction.COM2_TX;
                    rx = DeviceFunction.COM2_RX;
                    break;
                case "COM3":
                    tx = DeviceFunction.COM3_TX;
                    rx = DeviceFunction.COM3_RX;
                    break;
                default:
                    throw new System.ArgumentException("ESP32 has COM1..COM3 only, not " + portName, "portName");
            }

            Configuration.SetPinFunction(txPin, tx);
            Configuration.SetPinFunction(rxPin, rx);
        }
#endif
    }
}
