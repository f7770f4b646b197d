using Meter.Hal.Clock;

namespace Meter.Runtime
{
    /// <summary>
    /// What a task's thread sees of the runtime for one run (one generation); each run gets its
    /// own context. When the supervisor abandons a hung run, <see cref="IsCancelled"/> turns true
    /// and its heartbeats no longer count. On the device the abandoned thread is aborted. On the
    /// host it cannot be: a run that wakes up late finishes the step it was in, alongside its
    /// replacement, and only then sees the cancellation and exits. A step that touches shared
    /// state after a long wait should check <see cref="IsCancelled"/> first.
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
        /// Proves liveness inside a long step or a slow <see cref="MeterTask.OnStart"/>. The runner
        /// also beats before every step, so most tasks never call this. A run counts as alive
        /// only once it has beaten.
        /// </summary>
        public void Heartbeat()
        {
            _slot.Beat(_generation);
        }
    }
}
