namespace Meter.Hal.Io
{
    /// <summary>The metrology LED / S0 output: one pulse per 1/meter-constant of energy.</summary>
    public interface IPulseOutput
    {
        /// <summary>
        /// Starts one pulse of the board's pulse width, or queues it behind the one in progress;
        /// must not block the caller. A real output emits at most one pulse per width plus gap
        /// and keeps a bounded backlog (<see cref="PulseTrain"/>): pulses requested faster than
        /// that for longer than the backlog covers are dropped and counted by the driver.
        /// </summary>
        void Pulse();
    }
}
