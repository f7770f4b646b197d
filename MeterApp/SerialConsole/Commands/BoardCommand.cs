using Meter.Hal.Board;

namespace Meter.SerialConsole.Commands
{
    /// <summary>board: the board definition (name, firmware target, pins, console, flash layout, crypto).</summary>
    public sealed class BoardCommand : IConsoleCommand
    {
        private readonly BoardDefinition _board;

        public BoardCommand(BoardDefinition board)
        {
            _board = board;
        }

        public string Name
        {
            get { return "board"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "board definition: pins, console, DLMS port, flash, crypto"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            BoardDefinition b = _board;
            output.WriteLine("board:          " + b.Name);
            output.WriteLine("nanoff target:  " + b.NanoffTarget);
            output.WriteLine("console:        " + b.ConsolePortName + " " + b.ConsoleBaudRate + " baud, tx " + Pin(b.ConsoleTxPin) + ", rx " + Pin(b.ConsoleRxPin));
            output.WriteLine("dlms port:      " + (b.HasDlmsPort ? b.DlmsPortName + " " + b.DlmsBaudRate + " baud, tx " + Pin(b.DlmsTxPin) + ", rx " + Pin(b.DlmsRxPin) : "none"));
            output.WriteLine("inputs:         main cover " + Pin(b.MainCoverPin) + ", terminal cover " + Pin(b.TerminalCoverPin)
                + ", magnetic " + Pin(b.MagneticSensorPin) + ", optical port " + Pin(b.OpticalPortPin)
                + (b.InputsActiveLow ? " (active low)" : " (active high)"));
            output.WriteLine("pulse output:   " + Pin(b.PulseLedPin) + ", " + b.PulseWidthMilliseconds + " ms");
            output.WriteLine("flash:          " + b.FlashSectorCount + " sectors x " + b.FlashSectorSize + " bytes = "
                + ((long)b.FlashSectorCount * b.FlashSectorSize) + " bytes, image " + b.FlashImagePath);
            output.WriteLine("watchdog:       " + b.WatchdogTimeoutMilliseconds + " ms");
            output.WriteLine("crypto:         " + Describe(b.Crypto));
        }

        /// <summary>The capability flags by name (Enum.ToString prints only the number on the device).</summary>
        public static string Describe(CryptoCapabilities crypto)
        {
            string text = string.Empty;
            text = AddIf(text, crypto, CryptoCapabilities.AesNative, "aes-native");
            text = AddIf(text, crypto, CryptoCapabilities.HmacNative, "hmac-native");
            text = AddIf(text, crypto, CryptoCapabilities.ShaInterop, "sha-interop");
            text = AddIf(text, crypto, CryptoCapabilities.EccInterop, "ecc-interop");
            text = AddIf(text, crypto, CryptoCapabilities.GcmInterop, "gcm-interop");
            text = AddIf(text, crypto, CryptoCapabilities.HardwareTrng, "hardware-trng");
            return text.Length == 0 ? "none (managed fallbacks)" : text;
        }

        private static string AddIf(string text, CryptoCapabilities all, CryptoCapabilities flag, string name)
        {
            if ((all & flag) == 0)
            {
                return text;
            }

            return text.Length == 0 ? name : text + ", " + name;
        }

        private static string Pin(int pin)
        {
            return pin == BoardDefinition.NoPin ? "none" : "pin " + pin;
        }
    }
}
