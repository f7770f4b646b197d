namespace Meter.Hal.Io
{
    /// <summary>What a pulse output driver does when its <see cref="PulseTrain"/> timer fires.</summary>
    public enum PulseStep
    {
        /// <summary>Nothing is queued: leave the pin low and the timer stopped.</summary>
        Idle = 0,

        /// <summary>The pulse is over: drive the pin low and wait one gap.</summary>
        EndPulse = 1,

        /// <summary>The gap is over and a pulse is queued: drive the pin high and wait one width.</summary>
        StartPulse = 2,
    }
}
