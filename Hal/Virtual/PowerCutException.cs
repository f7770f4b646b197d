using System;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// Thrown by <see cref="VirtualFlash"/> for the operation a simulated power cut interrupted and
    /// for every operation after it until <see cref="VirtualFlash.PowerOn"/>. Code under test sees
    /// it where a real device would simply lose power.
    /// </summary>
    public sealed class PowerCutException : Exception
    {
        public PowerCutException(string message)
            : base(message)
        {
        }
    }
}
