using System;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Runtime
{
    /// <summary>
    /// The supervisor's bookkeeping for one task: its current run (generation and thread),
    /// heartbeat, fault history and restart schedule. All fields are guarded by one lock, so a
    /// late-waking abandoned thread can never disturb its replacement.
    /// </summary>
    internal sealed class TaskSlot
    {
        private readonly object _sync = new object();
        private readonly MeterTask _task;
        private readonly IMonotonicClock _clock;
        private readonly SupervisorSettings _settings;
        private int _generation;
        private TaskState _state = TaskState.Created;
        private long _lastBeat;
        private long _runStartedAt;
        private long _restartDueAt;
        private int _restarts;
        private int _consecutiveFailures;
        private string _lastFault = string.Empty;
        private Thread _thread;

        internal TaskSlot(MeterTask task, IMonotonicClock clock, SupervisorSettings settings)
        {
            _task = task;
            _clock = clock;
            _settings = settings;
        }

        internal MeterTask Task
        {
            get { return _task; }
        }

        internal bool IsCurrent(int generation)
        {
            lock (_sync)
            {
                return generation == _generation && _state == TaskState.Running;
            }
        }

        internal void Beat(int generation)
        {
            long now = _clock.UptimeMilliseconds;
            lock (_sync)
            {
                if (generation == _generation)
                {
                    _lastBeat = now;
                }
            }
        }

        /// <summary>True while the task runs and its last heartbeat is within its timeout.</summary>
        internal bool IsHealthy(long now)
        {
            lock (_sync)
            {
                return _state == TaskState.Running && now - _lastBeat <= _task.HeartbeatTimeoutMilliseconds;
            }
        }

        internal void Start()
        {
            lock (_sync)
            {
                StartLocked();
            }
        }

        /// <summary>
        /// One supervision pass: declares a silent task hung, resets the backoff of a task that
        /// has run long enough, and restarts a failed task whose backoff is over. Returns the
        /// restart reason when it restarted the task, otherwise null.
        /// </summary>
        internal string Supervise(long now)
        {
            Thread abandoned = null;
            string restartedFor = null;
            lock (_sync)
            {
                if (_state == TaskState.Running)
                {
                    long silence = now - _lastBeat;
                    if (silence > _task.HeartbeatTimeoutMilliseconds)
                    {
                        abandoned = _thread;
                        _generation++;
                        RecordFailureLocked(now, TaskState.Hung, "hung: no heartbeat for " + silence.ToString() + " ms");
                    }
                    else if (_consecutiveFailures > 0 && now - _runStartedAt >= _settings.StableRunMilliseconds)
                    {
                        _consecutiveFailures = 0;
                    }
                }

                if ((_state == TaskState.Faulted || _state == TaskState.Hung) && now >= _restartDueAt)
                {
                    _restarts++;
                    restartedFor = _lastFault;
                    StartLocked();
                }
            }

            Abandon(abandoned);
            return restartedFor;
        }

        internal void Stop()
        {
            Thread thread;
            lock (_sync)
            {
                _generation++;
                _state = TaskState.Stopped;
                thread = _thread;
            }

            // A task's step returns within its heartbeat timeout, and then its loop sees the stop.
            if (thread != null && !thread.Join(_task.HeartbeatTimeoutMilliseconds + 1000))
            {
                Abandon(thread);
            }
        }

        internal TaskStatus Snapshot(long now)
        {
            lock (_sync)
            {
                Mailbox box = _task.Mailbox;
                return new TaskStatus(
                    _task.Name,
                    _task.Priority,
                    _task.IsCritical,
                    _state,
                    _restarts,
                    _lastFault,
                    _state == TaskState.Running ? now - _lastBeat : -1,
                    box.Count,
                    box.Capacity,
                    box.Dropped);
            }
        }

        private void StartLocked()
        {
            _generation++;
            int generation = _generation;
            long now = _clock.UptimeMilliseconds;
            _state = TaskState.Running;
            _lastBeat = now;
            _runStartedAt = now;
            TaskContext context = new TaskContext(this, generation, _clock);
            _thread = new Thread(() => Run(context, generation));
            _thread.Priority = ToThreadPriority(_task.Priority);
            _thread.Start();
        }

        private void Run(TaskContext context, int generation)
        {
            try
            {
                _task.OnStart(context);
                while (IsCurrent(generation))
                {
                    Beat(generation);
                    _task.Step(context);
                }
            }
            catch (Exception e)
            {
                // The fault ends this run only; the supervisor decides when the next one starts.
                Fault(generation, e.GetType().Name + ": " + e.Message);
            }
        }

        private void Fault(int generation, string reason)
        {
            long now = _clock.UptimeMilliseconds;
            lock (_sync)
            {
                if (generation == _generation && _state == TaskState.Running)
                {
                    RecordFailureLocked(now, TaskState.Faulted, reason);
                }
            }
        }

        private void RecordFailureLocked(long now, TaskState state, string reason)
        {
            _state = state;
            _lastFault = reason;
            _consecutiveFailures++;
            _restartDueAt = now + Backoff(_consecutiveFailures);
        }

        private int Backoff(int failures)
        {
            long delay = _settings.BackoffBaseMilliseconds;
            for (int i = 1; i < failures && delay < _settings.BackoffMaxMilliseconds; i++)
            {
                delay *= 2;
            }

            return delay < _settings.BackoffMaxMilliseconds ? (int)delay : _settings.BackoffMaxMilliseconds;
        }

        private static void Abandon(Thread thread)
        {
#if NANOFRAMEWORK_1_0
            // The device can reclaim a stuck thread; .NET on the host cannot, so there the
            // abandoned thread just finds IsCancelled set whenever it wakes.
            if (thread != null)
            {
                thread.Abort();
            }
#endif
        }

        private static ThreadPriority ToThreadPriority(TaskPriority priority)
        {
            switch (priority)
            {
                case TaskPriority.Metrology:
                    return ThreadPriority.Highest;
                case TaskPriority.SecurityMonitor:
                    return ThreadPriority.AboveNormal;
                case TaskPriority.Dlms:
                    return ThreadPriority.Normal;
                case TaskPriority.CakAuditor:
                    return ThreadPriority.BelowNormal;
                default:
                    return ThreadPriority.Lowest;
            }
        }
    }
}
