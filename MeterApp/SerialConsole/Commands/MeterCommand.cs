using System;
using Meter.Hal.Metrology;
using Meter.Metrology;

namespace Meter.SerialConsole.Commands
{
    /// <summary>
    /// meter: the latest published measurement (refreshed about once a second) and the energy
    /// registers with it. Fixed-point values are written by <see cref="FixedPointText"/>, never
    /// through double.
    /// </summary>
    public sealed class MeterCommand : IConsoleCommand
    {
        private readonly IMeasurementSource _source;

        public MeterCommand(IMeasurementSource source)
        {
            if (source == null)
            {
                throw new ArgumentNullException("source");
            }

            _source = source;
        }

        public string Name
        {
            get { return "meter"; }
        }

        public string Usage
        {
            get { return string.Empty; }
        }

        public string Help
        {
            get { return "voltage, current, power, frequency and energy registers"; }
        }

        public bool Privileged
        {
            get { return false; }
        }

        public void Execute(ConsoleSession session, string[] args, ConsoleWriter output)
        {
            MeasurementSnapshot m = _source.Latest;
            if (m == null)
            {
                output.WriteLine("no measurement yet");
                return;
            }

            output.WriteLine("voltage:        " + FixedPointText.Format(m.VoltageMillivolts, 3, 2) + " V");
            output.WriteLine("current:        " + FixedPointText.Format(m.CurrentMicroamps, 6, 3) + " A");
            output.WriteLine("neutral:        " + FixedPointText.Format(m.NeutralMicroamps, 6, 3) + " A");
            output.WriteLine("active:         " + FixedPointText.Format(m.ActiveMicrowatts, 6, 1) + " W");
            output.WriteLine("billing:        " + (m.BilledFromNeutral ? "neutral channel (L/N imbalance), " + FixedPointText.Format(m.NeutralActiveMicrowatts, 6, 1) + " W" : "line channel"));
            output.WriteLine("reactive:       " + FixedPointText.Format(m.ReactiveMicrovars, 6, 1) + " var");
            output.WriteLine("apparent:       " + FixedPointText.Format(m.ApparentMicrovoltAmperes, 6, 1) + " VA");
            output.WriteLine("power factor:   " + FixedPointText.Format(m.PowerFactorPerMille, 3, 3));
            output.WriteLine("frequency:      " + FixedPointText.Format(m.FrequencyMillihertz, 3, 3) + " Hz");
            output.WriteLine("A+ (1.8.0):     " + m.ActiveImportUnits.ToString() + " Wh");
            output.WriteLine("A- (2.8.0):     " + m.ActiveExportUnits.ToString() + " Wh");
            output.WriteLine("R+ (3.8.0):     " + m.ReactiveImportUnits.ToString() + " varh");
            output.WriteLine("R- (4.8.0):     " + m.ReactiveExportUnits.ToString() + " varh");
            output.WriteLine("frames:         " + m.Frames.ToString() + ", lost " + m.LostFrames.ToString()
                + Condition(m.OverRange));
        }

        private static string Condition(int overRange)
        {
            if ((overRange & OverRangeFlags.FrontEndFault) != 0)
            {
                return ", front-end fault";
            }

            return overRange != 0 ? ", over range" : string.Empty;
        }
    }
}
