using System.Threading;
using Meter.Hal.Metrology;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The front end of a board without a metering chip (<see cref="Meter.Hal.Board.BoardDefinition.HasMeteringChip"/>
    /// false): it never yields a frame (<see cref="TryReadFrame"/> waits the timeout and returns
    /// false), so the metrology task runs, keeps its heartbeat and registers nothing. The scaling
    /// describes no real sensor; it only keeps the measurement's arguments valid.
    /// </summary>
    public sealed class AbsentFrontEnd : IMetrologyFrontEnd
    {
        public int SampleRateHz
        {
            get { return 4096; }
        }

        public int FrameSamples
        {
            get { return 819; }
        }

        public int AdcFullScale
        {
            get { return 32767; }
        }

        public int VoltageFullScaleMillivolts
        {
            get { return 500000; }
        }

        public int CurrentFullScaleMilliamps
        {
            get { return 100000; }
        }

        public int NeutralFullScaleMilliamps
        {
            get { return 100000; }
        }

        public int NominalFrequencyMillihertz
        {
            get { return 50000; }
        }

        /// <summary>Waits <paramref name="timeoutMilliseconds"/> and returns false: there is never a frame.</summary>
        public bool TryReadFrame(MetrologyFrame frame, int timeoutMilliseconds)
        {
            if (timeoutMilliseconds > 0)
            {
                Thread.Sleep(timeoutMilliseconds);
            }

            return false;
        }
    }
}
