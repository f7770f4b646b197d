namespace Meter.Hal.Io
{
    /// <summary>The metrology LED / S0 output: one pulse per 1/meter-constant of energy.</summary>
    public interface IPulseOutput
    {
        /// <summary>Starts one pulse of the board's pulse width; must not block the caller.</summary>
        void Pulse();
    }
}
