using Meter.Hal.Clock;

namespace Meter.Runtime
{
    /// <summary>
    /// What a task's thread sees of the runtime for one run (one generation). When the supervisor
    /// abandons a hung run, <see cref="IsCancelled"/> turns true so a late-waking thread exits
    /// instead of racing its replacement.
    /// </summary>
    public sealed class TaskContext
    {
        private readonly TaskSlot _slot;
        private readonly int _generation;

        internal TaskContext(TaskSlot slot, int generation, IMonotonicClock clock)
        {
            _slot = slot;
            _generation = generation;
            Clock = clock;
        }

        public IMonotonicClock Clock { get; }

        /// <summary>True once this run has been replaced or the runtime is stopping.</summary>
        public bool IsCancelled
        {
            get { return !_slot.IsCurrent(_generation); }
        }

        /// <summary>
        /// Proves liveness inside a long step. The runner also beats after every step, so most
        /// tasks never call this.
        /// </summary>
        public void Heartbeat()
        {
            _slot.Beat(_generation);
        }
    }
}
