using System;
using Meter.Hal.Io;
using Meter.Tamper;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// tamper: each tamper condition (from the samples and the inputs), whether it is active now
    /// and how often it was raised since boot, and the channel the active energy is billed from.
    /// </summary>
    public sealed class TamperCommand : IConsoleCommand
    {
        private readonly SampleTamperDetector _samples;
        private readonly InputTamperMonitor _inputs;

        public TamperCommand(SampleTamperDetector samples, InputTamperMonitor inputs)
        {
            if (samples == null || inputs == null)
            {
                throw new ArgumentNullException(samples == null ? "samples" : "inputs");
            }

            _samples = samples;
            _inputs = inputs;
        }

        public string Name
        {
            get { return "tamper"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "show the tamper state"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 0)
            {
                output.WriteError("usage: tamper");
                return;
            }

            for (int k = 0; k < TamperCondition.Count; k++)
            {
                WriteRow(output, TamperCondition.NameOf(k), _samples.IsActive(k), _samples.RaisedCount(k));
            }

            WriteRow(output, "cover", _inputs.IsActive(DigitalInputId.MainCover), _inputs.ActivationCount(DigitalInputId.MainCover));
            WriteRow(output, "terminal", _inputs.IsActive(DigitalInputId.TerminalCover), _inputs.ActivationCount(DigitalInputId.TerminalCover));
            WriteRow(output, "magnetic", _inputs.IsActive(DigitalInputId.MagneticSensor), _inputs.ActivationCount(DigitalInputId.MagneticSensor));
            // Only what metrology actually does: the neutral bills only under an active imbalance.
            output.WriteLine("billing  " + (_samples.BillsFromNeutral ? "neutral channel (L/N imbalance)" : "line channel"));
        }

        private static void WriteRow(ConsoleWriter output, string name, bool active, int count)
        {
            string padded = name;
            while (padded.Length < 13)
            {
                padded += " ";
            }

            output.WriteLine(padded + (active ? "ACTIVE" : "ok    ") + "  raised " + count.ToString());
        }
    }
}
