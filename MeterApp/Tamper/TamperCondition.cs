using Meter.Events;

namespace Meter.Tamper
{
    /// <summary>The conditions <see cref="SampleTamperDetector"/> watches, as indexes, with their names and event codes.</summary>
    public static class TamperCondition
    {
        public const int ReversePower = 0;
        public const int CurrentImbalance = 1;
        public const int CurrentWithoutVoltage = 2;
        public const int VoltageSag = 3;
        public const int Interruption = 4;

        /// <summary>Number of conditions (indexes 0 .. Count − 1).</summary>
        public const int Count = 5;

        /// <summary>Short name for the console.</summary>
        public static string NameOf(int condition)
        {
            switch (condition)
            {
                case ReversePower: return "reverse";
                case CurrentImbalance: return "imbalance";
                case CurrentWithoutVoltage: return "no-voltage";
                case VoltageSag: return "sag";
                case Interruption: return "interruption";
                default: return "condition " + condition.ToString();
            }
        }

        /// <summary>The event code recorded when the condition starts.</summary>
        public static ushort RaisedCode(int condition)
        {
            switch (condition)
            {
                case ReversePower: return EventCode.ReversePowerDetected;
                case CurrentImbalance: return EventCode.CurrentImbalanceDetected;
                case CurrentWithoutVoltage: return EventCode.CurrentWithoutVoltageDetected;
                case VoltageSag: return EventCode.VoltageSagStarted;
                default: return EventCode.InterruptionStarted;
            }
        }

        /// <summary>The event code recorded when the condition ends (always the raised code + 1).</summary>
        public static ushort ClearedCode(int condition)
        {
            return (ushort)(RaisedCode(condition) + 1);
        }
    }
}
