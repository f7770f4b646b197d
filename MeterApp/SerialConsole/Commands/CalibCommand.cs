using System;
using Meter.Metrology;

namespace Meter.SerialConsole.Commands
{
    /// <summary>calib: the stored calibration and the number of changes made (anyone may read it; changing it is calib-set).</summary>
    public sealed class CalibCommand : IConsoleCommand
    {
        private readonly CalibrationStore _store;

        public CalibCommand(CalibrationStore store)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            _store = store;
        }

        public string Name
        {
            get { return "calib"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "show the calibration"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 0)
            {
                output.WriteError("usage: calib (change it with calib-set)");
                return;
            }

            Calibration c = _store.Current;
            string problem = _store.LoadProblem;
            if (problem != null)
            {
                output.WriteLine("warning  " + problem);
            }

            output.WriteLine("vgain    " + CalibrationText.FormatGain(c.VoltageGain));
            output.WriteLine("igain    " + CalibrationText.FormatGain(c.CurrentGain));
            output.WriteLine("ngain    " + CalibrationText.FormatGain(c.NeutralGain));
            output.WriteLine("ioffset  " + CalibrationText.FormatOffset(c.CurrentOffsetMicroamps) + " A");
            output.WriteLine("noffset  " + CalibrationText.FormatOffset(c.NeutralOffsetMicroamps) + " A");
            output.WriteLine("phase    " + CalibrationText.FormatPhase(c.PhaseMicroradians) + " deg");
            long changes = _store.ChangeCount;
            output.WriteLine("changes  " + (changes < 0 ? "unknown (counter corrupt)" : changes.ToString()));
        }
    }
}
