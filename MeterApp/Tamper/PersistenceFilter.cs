using System;

namespace Meter.Tamper
{
    /// <summary>
    /// A debounce over frames: a condition must hold for <c>raiseFrames</c> consecutive frames to
    /// become active and be absent for <c>clearFrames</c> consecutive frames to clear, so noise or
    /// a single bad frame never raises or clears a tamper event.
    /// </summary>
    public sealed class PersistenceFilter
    {
        private readonly int _raiseFrames;
        private readonly int _clearFrames;
        private int _run;
        private bool _active;

        public PersistenceFilter(int raiseFrames, int clearFrames)
        {
            if (raiseFrames < 1 || clearFrames < 1)
            {
                throw new ArgumentOutOfRangeException(raiseFrames < 1 ? "raiseFrames" : "clearFrames");
            }

            _raiseFrames = raiseFrames;
            _clearFrames = clearFrames;
        }

        /// <summary>The filtered state.</summary>
        public bool IsActive
        {
            get { return _active; }
        }

        /// <summary>Feeds one frame's raw condition; returns true when the filtered state changed.</summary>
        public bool Update(bool condition)
        {
            if (condition == _active)
            {
                _run = 0;
                return false;
            }

            _run++;
            if (_run < (_active ? _clearFrames : _raiseFrames))
            {
                return false;
            }

            _run = 0;
            _active = condition;
            return true;
        }
    }
}
