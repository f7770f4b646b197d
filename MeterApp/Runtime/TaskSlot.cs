using System;
using System.Collections;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Runtime
{
    /// <summary>
    /// The supervisor's bookkeeping for one task: its current run (generation and thread),
    /// heartbeat, fault history, restart schedule and the threads of runs it had to abandon. All
    /// fields are guarded by one lock, so a late-waking abandoned thread can never disturb its
    /// replacement. Nothing here calls out under the lock: the supervisor raises the events for
    /// what the slot hands back.
    /// <para>
    /// The task's own thread never takes that lock: it checks whether its run is current and
    /// beats through three int fields written with Interlocked, which the lock holders fold in.
    /// The lock is also taken by the supervisor and by any thread reading a status (the console),
    /// and nanoFramework has no priority inheritance, so a low-priority reader preempted while
    /// holding it would otherwise stall the metrology task's next step.
    /// </para>
    /// </summary>
    internal sealed class TaskSlot
    {
        private readonly object _sync = new object();
        private readonly MeterTask _task;
        private readonly IMonotonicClock _clock;
        private readonly SupervisorSettings _settings;
        private readonly ArrayList _abandoned = new ArrayList();
        private int _generation;
        private TaskState _state = TaskState.Created;

        // Lock-free for the task's thread: the generation of the running run (0 when none; written
        // under the lock), and the generation and clock (ms, truncated to int) of its last beat.
        private int _runningGeneration;
        private int _beatGeneration;
        private int _beatStamp;
        private long _lastBeat;
        private bool _beatThisRun;
        private long _runStartedAt;
        private long _restartDueAt;
        private int _restarts;
        private int _consecutiveFailures;
        private string _lastFault = string.Empty;
        private bool _faultUnreported;
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

        /// <summary>True while run <paramref name="generation"/> is the current one. Lock-free (see the class comment).</summary>
        internal bool IsCurrent(int generation)
        {
            return generation == Interlocked.CompareExchange(ref _runningGeneration, 0, 0);
        }

        /// <summary>A heartbeat of run <paramref name="generation"/>, from that run's own thread. Lock-free.</summary>
        internal void Beat(int generation)
        {
            if (!IsCurrent(generation))
            {
                return;
            }

            Interlocked.Exchange(ref _beatStamp, (int)_clock.UptimeMilliseconds);
            Interlocked.Exchange(ref _beatGeneration, generation);
        }

        /// <summary>
        /// True while the task runs, its current run has beaten at least once and its last beat is
        /// within its timeout. A run that dies before its first beat, restart after restart, never
        /// counts as alive, so a crash-looping critical task cannot keep the watchdog fed.
        /// </summary>
        internal bool IsHealthy(long now)
        {
            lock (_sync)
            {
                CollectBeatLocked(now);
                return _state == TaskState.Running && _beatThisRun && now - _lastBeat <= _task.HeartbeatTimeoutMilliseconds;
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
        /// Declares a silent task hung (abandoning its run), resets the backoff of a task that has
        /// run long enough, and hands over a failure not yet reported: its reason, once per
        /// failure, or null. A fault the task's thread recorded itself is handed over here too.
        /// </summary>
        internal string TakeFault(long now)
        {
            Thread abandoned = null;
            string fault = null;
            lock (_sync)
            {
                CollectBeatLocked(now);
                if (_state == TaskState.Running)
                {
                    long silence = now - _lastBeat;
                    if (silence > _task.HeartbeatTimeoutMilliseconds)
                    {
                        string reason = "hung: no heartbeat for " + silence.ToString() + " ms";
                        abandoned = _thread;
                        KeepAbandonedLocked(abandoned);
                        _generation++;
                        RecordFailureLocked(now, TaskState.Hung, reason);
                    }
                    else if (_consecutiveFailures > 0 && _beatThisRun && now - _runStartedAt >= _settings.StableRunMilliseconds)
                    {
                        _consecutiveFailures = 0;
                    }
                }

                if (_faultUnreported)
                {
                    _faultUnreported = false;
                    fault = _lastFault;
                }
            }

            Abandon(abandoned);
            return fault;
        }

        /// <summary>
        /// Restarts a failed task whose failure has been reported and whose backoff is over.
        /// Returns the failure's reason when it restarted the task, otherwise null;
        /// <paramref name="restarts"/> is the task's restart count either way.
        /// </summary>
        internal string RestartIfDue(long now, out int restarts)
        {
            lock (_sync)
            {
                restarts = _restarts;
                bool failed = _state == TaskState.Faulted || _state == TaskState.Hung;
                if (!failed || _faultUnreported || now < _restartDueAt)
                {
                    return null;
                }

                // If no thread can be had, nothing has changed and the next pass tries again.
                StartLocked();
                _restarts++;
                restarts = _restarts;
                return _lastFault;
            }
        }

        /// <summary>
        /// Ends the current run: its loop exits after the current step. Returns the thread to wait
        /// for, or null when there is none: never started, already stopped, or hung (that thread
        /// was abandoned when the hang was found, and is only checked, never waited for).
        /// </summary>
        internal Thread RequestStop()
        {
            lock (_sync)
            {
                TaskState was = _state;
                _generation++;
                _state = TaskState.Stopped;
                PublishRunLocked();
                return was == TaskState.Running || was == TaskState.Faulted ? _thread : null;
            }
        }

        /// <summary>
        /// Waits up to <paramref name="timeoutMilliseconds"/> (0: no wait) for a stopping run's
        /// thread; one that does not end is abandoned. The calling thread is never waited for.
        /// </summary>
        internal void AwaitStop(Thread thread, int timeoutMilliseconds)
        {
            if (thread == null || thread == Thread.CurrentThread)
            {
                return;
            }

            bool ended = timeoutMilliseconds > 0 ? thread.Join(timeoutMilliseconds) : !thread.IsAlive;
            if (!ended)
            {
                lock (_sync)
                {
                    KeepAbandonedLocked(thread);
                }

                Abandon(thread);
            }
        }

        /// <summary>
        /// True when no thread that runs this task's code is alive, the caller's own excepted (a
        /// task that stops the runtime from its step ends when that step returns).
        /// </summary>
        internal bool ThreadsEnded()
        {
            Thread caller = Thread.CurrentThread;
            lock (_sync)
            {
                PruneAbandonedLocked();
                for (int i = 0; i < _abandoned.Count; i++)
                {
                    if (_abandoned[i] != caller)
                    {
                        return false;
                    }
                }

                return _thread == null || _thread == caller || !_thread.IsAlive;
            }
        }

        internal TaskStatus Snapshot(long now)
        {
            lock (_sync)
            {
                CollectBeatLocked(now);

                // The clock was read before the lock: a beat since then would make the age negative.
                long age = -1;
                if (_state == TaskState.Running)
                {
                    age = now > _lastBeat ? now - _lastBeat : 0;
                }

                Mailbox box = _task.Mailbox;
                return new TaskStatus(
                    _task.Name,
                    _task.Priority,
                    _task.IsCritical,
                    _state,
                    _restarts,
                    _consecutiveFailures,
                    _lastFault,
                    age,
                    box.Count,
                    box.Capacity,
                    box.Dropped);
            }
        }

        /// <summary>
        /// Starts the next run. The thread is created and started before any field changes, so a
        /// failure to get one (no memory) leaves the slot as it was; the new thread waits on this
        /// lock once, before OnStart, so it sees its run published.
        /// </summary>
        private void StartLocked()
        {
            int generation = _generation + 1;
            TaskContext context = new TaskContext(this, generation, _clock);
            Thread thread = new Thread(() => Run(context, generation));
            thread.Priority = ToThreadPriority(_task.Priority);
#if !NANOFRAMEWORK_1_0
            // .NET cannot kill a hung run (the device aborts it): as a background thread it at
            // least cannot keep the host process alive after Stop.
            thread.IsBackground = true;
#endif
            thread.Start();

            long now = _clock.UptimeMilliseconds;
            _generation = generation;
            _thread = thread;
            _state = TaskState.Running;
            _beatThisRun = false;
            _lastBeat = now;
            _runStartedAt = now;
            PublishRunLocked();
        }

        // The run thread's only use of the lock: it waits here until StartLocked has published it.
        private bool IsPublished(int generation)
        {
            lock (_sync)
            {
                return IsCurrent(generation);
            }
        }

        // Makes the run state visible to the task's thread (see the class comment).
        private void PublishRunLocked()
        {
            Interlocked.Exchange(ref _runningGeneration, _state == TaskState.Running ? _generation : 0);
        }

        // Folds the current run's last lock-free beat into _lastBeat. The int stamp is rebuilt
        // against now (exact while beats are less than 24 days old); a beat taken after now was read
        // only makes the run look younger.
        private void CollectBeatLocked(long now)
        {
            if (_state != TaskState.Running || Interlocked.CompareExchange(ref _beatGeneration, 0, 0) != _generation)
            {
                return;
            }

            int stamp = Interlocked.CompareExchange(ref _beatStamp, 0, 0);
            long beat = now - (int)((int)now - stamp);
            if (beat > _lastBeat)
            {
                _lastBeat = beat;
            }

            _beatThisRun = true;
        }

        private void Run(TaskContext context, int generation)
        {
            string fault = null;
            try
            {
                if (!IsPublished(generation))
                {
                    return;
                }

                _task.OnStart(context);
                while (IsCurrent(generation))
                {
                    Beat(generation);
                    _task.Step(context);
                }
            }
            catch (Exception e)
            {
                // The fault ends this run only; the supervisor reports it and decides when the next one starts.
                fault = Describe(e);
            }

            if (fault != null)
            {
                Fault(generation, fault);
            }
        }

        /// <summary>"ExceptionType: message", or a fixed text when even that throws: nothing escapes the task's thread.</summary>
        private static string Describe(Exception e)
        {
            try
            {
                return e.GetType().Name + ": " + e.Message;
            }
            catch (Exception)
            {
                // A Message getter that throws, or no memory left for the text.
                return TaskStatus.UndescribedFault;
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
            PublishRunLocked();
            _lastFault = reason;
            _faultUnreported = true;
            _consecutiveFailures++;
            _restartDueAt = now + RestartBackoff.Delay(_consecutiveFailures, _settings.BackoffBaseMilliseconds, _settings.BackoffMaxMilliseconds);
        }

        private void KeepAbandonedLocked(Thread thread)
        {
            PruneAbandonedLocked();
            if (thread != null && _abandoned.IndexOf(thread) < 0)
            {
                _abandoned.Add(thread);
            }
        }

        private void PruneAbandonedLocked()
        {
            for (int i = _abandoned.Count - 1; i >= 0; i--)
            {
                if (!((Thread)_abandoned[i]).IsAlive)
                {
                    _abandoned.RemoveAt(i);
                }
            }
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
                case TaskPriority.Storage:
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
