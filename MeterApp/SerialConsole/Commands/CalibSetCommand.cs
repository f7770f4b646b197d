using System;
using Meter.Metrology;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// calib-set field value (privileged): changes one calibration constant. The value is checked
    /// (syntax and the stored range of <see cref="CalibrationRecord"/>), persisted, counted and
    /// logged with old and new value by <see cref="CalibrationStore.Change"/>, and only then posted
    /// to the metrology task, which applies it before its next frame. A bad value prints one error
    /// line and changes nothing.
    /// </summary>
    public sealed class CalibSetCommand : IConsoleCommand
    {
        private const string Fields = "vgain|igain|ngain|ioffset|noffset|phase";

        private readonly CalibrationStore _store;
        private readonly MetrologyTask _metrology;

        public CalibSetCommand(CalibrationStore store, MetrologyTask metrology)
        {
            if (store == null || metrology == null)
            {
                throw new ArgumentNullException(store == null ? "store" : "metrology");
            }

            _store = store;
            _metrology = metrology;
        }

        public string Name
        {
            get { return "calib-set"; }
        }

        public string Usage
        {
            get { return "<" + Fields + "> <value>"; }
        }

        public string Help
        {
            get { return "change one calibration value (gain factor, offset A, phase deg)"; }
        }

        public bool Privileged
        {
            get { return true; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            if (args.Length != 2)
            {
                output.WriteError("usage: calib-set " + Usage);
                return;
            }

            Calibration next = WithField(_store.Current, args[0].ToLower(), args[1]);
            if (next == null)
            {
                output.WriteError("bad field or value: " + args[0] + " " + args[1]);
                return;
            }

            string outOfRange = CalibrationRecord.OutOfRange(next);
            if (outOfRange != null)
            {
                output.WriteError(outOfRange + " out of range (gains 0.8..1.2, phase -5..5 deg, offsets 0..10 A)");
                return;
            }

            if (_store.Change(next, "console") == 0)
            {
                output.WriteLine("unchanged");
                return;
            }

            _metrology.PostCalibration(next);
            output.WriteLine(args[0].ToLower() + " set, change #" + _store.ChangeCount.ToString());
        }

        // The current calibration with one field replaced, or null for an unknown field or malformed value.
        // An if chain, not a string switch: a switch of many cases compiles to a string hash.
        private static Calibration WithField(Calibration c, string field, string text)
        {
            int voltageGain = c.VoltageGain;
            int currentGain = c.CurrentGain;
            int neutralGain = c.NeutralGain;
            long currentOffset = c.CurrentOffsetMicroamps;
            long neutralOffset = c.NeutralOffsetMicroamps;
            int phase = c.PhaseMicroradians;
            bool parsed;
            if (field == "vgain")
            {
                parsed = CalibrationText.TryParseGain(text, out voltageGain);
            }
            else if (field == "igain")
            {
                parsed = CalibrationText.TryParseGain(text, out currentGain);
            }
            else if (field == "ngain")
            {
                parsed = CalibrationText.TryParseGain(text, out neutralGain);
            }
            else if (field == "ioffset")
            {
                parsed = CalibrationText.TryParseOffset(text, out currentOffset) && currentOffset <= Calibration.MaxOffsetMicroamps;
            }
            else if (field == "noffset")
            {
                parsed = CalibrationText.TryParseOffset(text, out neutralOffset) && neutralOffset <= Calibration.MaxOffsetMicroamps;
            }
            else if (field == "phase")
            {
                parsed = CalibrationText.TryParsePhase(text, out phase) && phase <= Calibration.MaxPhaseMicroradians && phase >= -Calibration.MaxPhaseMicroradians;
            }
            else
            {
                parsed = false;
            }

            return parsed ? new Calibration(voltageGain, currentGain, neutralGain, currentOffset, neutralOffset, phase) : null;
        }
    }
}
