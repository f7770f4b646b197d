using System;
using System.Threading;
using Meter.Hal.Clock;

namespace Meter.Runtime
{
    /// <summary>
    /// Starts the tasks, watches their heartbeats, restarts a faulted or hung task with
    /// exponential backoff (reporting each restart through <see cref="TaskRestarted"/>), and
    /// feeds the watchdog only while every critical task is alive. It runs on its own thread
    /// above every task but metrology, and does almost nothing, so it is not itself supervised.
    /// </summary>
    public sealed class TaskSupervisor
    {
        private readonly IMonotonicClock _clock;
        private readonly WatchdogKeeper _watchdog;
        private readonly SupervisorSettings _settings;
        private readonly object _sync = new object();
        private TaskSlot[] _slots = new TaskSlot[0];
        private Thread _thread;
        private bool _running;
        private int _supervisorErrors;

        public TaskSupervisor(IMonotonicClock clock, WatchdogKeeper watchdog, SupervisorSettings settings)
        {
            _clock = clock;
            _watchdog = watchdog;
            _settings = settings;
        }

        public event TaskRestartedHandler TaskRestarted;

        public WatchdogKeeper Watchdog
        {
            get { return _watchdog; }
        }

        /// <summary>Exceptions caught in the supervisor's own loop (from restart handlers).</summary>
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

        public void Start()
        {
            lock (_sync)
            {
                if (_running)
                {
                    return;
                }

                _running = true;
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i].Start();
            }

            _watchdog.Start();
            _thread = new Thread(Loop);
            _thread.Priority = ThreadPriority.AboveNormal;
            _thread.Start();
        }

        /// <summary>Stops supervision, then every task (each after its current step).</summary>
        public void Stop()
        {
            lock (_sync)
            {
                if (!_running)
                {
                    return;
                }

                _running = false;
            }

            _thread.Join();
            for (int i = 0; i < _slots.Length; i++)
            {
                _slots[i].Stop();
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

        private void Loop()
        {
            while (IsRunning)
            {
                try
                {
                    SuperviseOnce();
                }
                catch (Exception)
                {
                    // A throwing restart handler must not end supervision.
                    _supervisorErrors++;
                }

                _clock.Sleep(_settings.CheckIntervalMilliseconds);
            }
        }

        private void SuperviseOnce()
        {
            long now = _clock.UptimeMilliseconds;
            string unhealthyCritical = null;
            for (int i = 0; i < _slots.Length; i++)
            {
                TaskSlot slot = _slots[i];
                string restartedFor = slot.Supervise(now);
                if (restartedFor != null)
                {
                    TaskRestartedHandler handler = TaskRestarted;
                    if (handler != null)
                    {
                        handler(slot.Task.Name, restartedFor, slot.Snapshot(now).Restarts);
                    }
                }

                if (unhealthyCritical == null && slot.Task.IsCritical && !slot.IsHealthy(now))
                {
                    unhealthyCritical = slot.Task.Name;
                }
            }

            _watchdog.Evaluate(unhealthyCritical);
        }
    }
}
