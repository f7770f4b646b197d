using System;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Runtime
{
    /// <summary>
    /// Starts the tasks, watches their heartbeats, reports a fault or hang as soon as it finds one
    /// (<see cref="TaskFaulted"/>), restarts the task after an exponential backoff
    /// (<see cref="TaskRestarted"/>), and feeds the watchdog only while every critical task is
    /// alive. Its thread runs at AboveNormal, the level of the storage task and the security
    /// monitor: above DLMS, the CAK auditor and the console, so no busy lower task can starve the
    /// watchdog decision, and below metrology, which must never wait for anything, a supervision
    /// pass (and the event it may write) included. The tasks sharing its level are short and
    /// event-driven and can delay a pass by far less than any heartbeat timeout. It does almost
    /// nothing, so it is not itself supervised; if it dies the watchdog starves and resets the board.
    /// </summary>
    public sealed class TaskSupervisor
    {
        /// <summary>The watchdog's <see cref="WatchdogKeeper.BlockedBy"/> after a pass that failed part way.</summary>
        public const string IncompletePass = "(supervisor pass failed)";

        /// <summary>Added to the longest heartbeat timeout to bound <see cref="Stop()"/>.</summary>
        private const int StopGraceMilliseconds = 1000;

        private readonly IMonotonicClock _clock;
        private readonly WatchdogKeeper _watchdog;
        private readonly SupervisorSettings _settings;
        private readonly object _sync = new object();
        private readonly object _lifecycle = new object();
        private TaskSlot[] _slots = new TaskSlot[0];
        private Thread _thread;
        private bool _running;
        private int _run;
        private int _supervisorErrors;

        public TaskSupervisor(IMonotonicClock clock, WatchdogKeeper watchdog, SupervisorSettings settings)
        {
            _clock = clock;
            _watchdog = watchdog;
            _settings = settings;
        }

        /// <summary>A task threw or hung: raised on the pass that finds it, before the backoff.</summary>
        public event TaskFaultedHandler TaskFaulted;

        /// <summary>A task was restarted after its backoff.</summary>
        public event TaskRestartedHandler TaskRestarted;

        public WatchdogKeeper Watchdog
        {
            get { return _watchdog; }
        }

        /// <summary>
        /// Exceptions caught on the supervisor's thread: thrown by a handler of
        /// <see cref="TaskFaulted"/> or <see cref="TaskRestarted"/>, or by a pass itself.
        /// </summary>
        public int SupervisorErrors
        {
            get { return _supervisorErrors; }
        }

        /// <summary>Adds a task before <see cref="Start"/>.</summary>
        public void Add(MeterTask task)
        {
            lock (_sync)
            {
                if (_running)
                {
                    throw new InvalidOperationException("add tasks before Start");
                }

                TaskSlot[] grown = new TaskSlot[_slots.Length + 1];
                Array.Copy(_slots, grown, _slots.Length);
                grown[_slots.Length] = new TaskSlot(task, _clock, _settings);
                _slots = grown;
            }
        }

        /// <summary>
        /// Starts every task, the watchdog and supervision. If anything fails part way, the tasks
        /// already started are stopped again and the exception is passed on: the supervisor is
        /// then stopped, not half running.
        /// </summary>
        public void Start()
        {
            lock (_lifecycle)
            {
                if (IsRunning)
                {
                    return;
                }

                int run = SetRunning(true);
                bool started = false;
                try
                {
                    for (int i = 0; i < _slots.Length; i++)
                    {
                        _slots[i].Start();
                    }

                    _watchdog.Start();
                    Thread thread = new Thread(() => Loop(run));
                    thread.Priority = ThreadPriority.AboveNormal;
#if !NANOFRAMEWORK_1_0
                    thread.IsBackground = true;
#endif
                    thread.Start();
                    _thread = thread;
                    started = true;
                }
                finally
                {
                    if (!started)
                    {
                        SetRunning(false);
                        StopTasks(DefaultStopTimeout());
                    }
                }
            }
        }

        /// <summary>
        /// Stops supervision and every task (each after its current step), waiting at most the
        /// longest heartbeat timeout plus a second of the board's clock in all. A run that does not
        /// end in time is abandoned (aborted on the device). Safe to call from a task's step or an
        /// event handler: the calling thread is never waited for.
        /// </summary>
        /// <returns>
        /// True when every task thread and the supervisor's thread have ended (the caller's own
        /// excepted); false when one may still run, as a hung run on the host can: do not reuse the
        /// storage those threads write to. Calling Stop again re-checks.
        /// </returns>
        public bool Stop()
        {
            return Stop(DefaultStopTimeout());
        }

        /// <summary>As <see cref="Stop()"/>, waiting at most <paramref name="timeoutMilliseconds"/> in all.</summary>
        public bool Stop(int timeoutMilliseconds)
        {
            lock (_lifecycle)
            {
                if (!IsRunning)
                {
                    return ThreadsEnded();
                }

                SetRunning(false);
                long deadline = _clock.UptimeMilliseconds + timeoutMilliseconds;

                // Every run is told at once, so they wind down in parallel with the supervisor's
                // last pass; that pass cannot restart a stopped task (both hold the slot's lock).
                Thread[] stopping = RequestStops();
                Thread supervisor = _thread;
                if (supervisor != null && supervisor != Thread.CurrentThread)
                {
                    supervisor.Join(Remaining(deadline, timeoutMilliseconds));
                }

                AwaitStops(stopping, deadline, timeoutMilliseconds);
                return ThreadsEnded();
            }
        }

        public TaskStatus[] Snapshot()
        {
            long now = _clock.UptimeMilliseconds;
            TaskStatus[] result = new TaskStatus[_slots.Length];
            for (int i = 0; i < _slots.Length; i++)
            {
                result[i] = _slots[i].Snapshot(now);
            }

            return result;
        }

        private bool IsRunning
        {
            get
            {
                lock (_sync)
                {
                    return _running;
                }
            }
        }

        /// <summary>Sets the running flag; each start begins a new run, so a late loop of an earlier one exits.</summary>
        private int SetRunning(bool running)
        {
            lock (_sync)
            {
                _running = running;
                if (running)
                {
                    _run++;
                }

                return _run;
            }
        }

        private bool IsCurrentRun(int run)
        {
            lock (_sync)
            {
                return _running && run == _run;
            }
        }

        private int DefaultStopTimeout()
        {
            int longest = 0;
            for (int i = 0; i < _slots.Length; i++)
            {
                int timeout = _slots[i].Task.HeartbeatTimeoutMilliseconds;
                longest = timeout > longest ? timeout : longest;
            }

            return longest + StopGraceMilliseconds;
        }

        private void StopTasks(int timeoutMilliseconds)
        {
            AwaitStops(RequestStops(), _clock.UptimeMilliseconds + timeoutMilliseconds, timeoutMilliseconds);
        }

        /// <summary>Ends every task's run; returns the threads to wait for.</summary>
        private Thread[] RequestStops()
        {
            Thread[] stopping = new Thread[_slots.Length];
            for (int i = 0; i < _slots.Length; i++)
            {
                stopping[i] = _slots[i].RequestStop();
            }

            return stopping;
        }

        /// <summary>
        /// Waits for the stopping runs until the deadline; each wait is also capped, in case the
        /// board's clock stands still (a manual test clock).
        /// </summary>
        private void AwaitStops(Thread[] stopping, long deadline, int timeoutMilliseconds)
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i].AwaitStop(stopping[i], Remaining(deadline, timeoutMilliseconds));
            }
        }

        private int Remaining(long deadline, int cap)
        {
            long left = deadline - _clock.UptimeMilliseconds;
            if (left <= 0)
            {
                return 0;
            }

            return left < cap ? (int)left : cap;
        }

        private bool ThreadsEnded()
        {
            bool ended = _thread == null || _thread == Thread.CurrentThread || !_thread.IsAlive;
            for (int i = 0; i < _slots.Length; i++)
            {
                ended &= _slots[i].ThreadsEnded();
            }

            return ended;
        }

        private void Loop(int run)
        {
            while (IsCurrentRun(run))
            {
                try
                {
                    SuperviseOnce();
                }
                catch (Exception)
                {
                    // A failing pass must not end supervision; the watchdog was already withheld.
                    Interlocked.Increment(ref _supervisorErrors);
                }

                _clock.Sleep(_settings.CheckIntervalMilliseconds);
            }
        }

        /// <summary>
        /// One pass: for each task, report a new failure, restart it if due, check its health.
        /// The watchdog is decided whatever happens; it is fed only when the whole pass ran and
        /// found every critical task healthy.
        /// </summary>
        private void SuperviseOnce()
        {
            string unhealthyCritical = null;
            bool complete = false;
            try
            {
                for (int i = 0; i < _slots.Length; i++)
                {
                    TaskSlot slot = _slots[i];
                    string name = slot.Task.Name;
                    long now = _clock.UptimeMilliseconds;
                    string fault = slot.TakeFault(now);
                    if (fault != null)
                    {
                        RaiseTaskFaulted(name, fault);
                    }

                    int restarts;
                    string restartedFor = slot.RestartIfDue(now, out restarts);
                    if (restartedFor != null)
                    {
                        RaiseTaskRestarted(name, restartedFor, restarts);
                    }

                    // Handlers may have taken a while: judge health by the clock as it is now.
                    if (unhealthyCritical == null && slot.Task.IsCritical && !slot.IsHealthy(_clock.UptimeMilliseconds))
                    {
                        unhealthyCritical = name;
                    }
                }

                complete = true;
            }
            finally
            {
                _watchdog.Evaluate(complete || unhealthyCritical != null ? unhealthyCritical : IncompletePass);
            }
        }

        /// <summary>Each handler is called on its own, so one that throws neither silences the others nor ends the pass.</summary>
        private void RaiseTaskFaulted(string name, string reason)
        {
            TaskFaultedHandler handlers = TaskFaulted;
            if (handlers == null)
            {
                return;
            }

            Delegate[] list = handlers.GetInvocationList();
            for (int i = 0; i < list.Length; i++)
            {
                try
                {
                    ((TaskFaultedHandler)list[i])(name, reason);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref _supervisorErrors);
                }
            }
        }

        private void RaiseTaskRestarted(string name, string reason, int restarts)
        {
            TaskRestartedHandler handlers = TaskRestarted;
            if (handlers == null)
            {
                return;
            }

            Delegate[] list = handlers.GetInvocationList();
            for (int i = 0; i < list.Length; i++)
            {
                try
                {
                    ((TaskRestartedHandler)list[i])(name, reason, restarts);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref _supervisorErrors);
                }
            }
        }
    }
}
