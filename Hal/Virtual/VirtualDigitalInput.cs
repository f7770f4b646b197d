using Meter.Hal.Io;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// A binary sensor driven by tests and the virtual console through <see cref="Set"/>. It is
    /// already debounced: each call is one settled level, and only a real change raises
    /// <see cref="Changed"/> (on the caller's thread, outside the lock).
    /// </summary>
    public sealed class VirtualDigitalInput : IDigitalInput
    {
        private readonly object _sync = new object();
        private readonly DigitalInputId _id;
        private bool _active;

        public VirtualDigitalInput(DigitalInputId id)
            : this(id, false)
        {
        }

        public VirtualDigitalInput(DigitalInputId id, bool initiallyActive)
        {
            _id = id;
            _active = initiallyActive;
        }

        public event DigitalInputChangedHandler Changed;

        public DigitalInputId Id
        {
            get { return _id; }
        }

        public bool IsActive
        {
            get
            {
                lock (_sync)
                {
                    return _active;
                }
            }
        }

        /// <summary>Sets the settled level; returns true when it changed (and Changed was raised).</summary>
        public bool Set(bool active)
        {
            DigitalInputChangedHandler handler;
            lock (_sync)
            {
                if (_active == active)
                {
                    return false;
                }

                _active = active;
                handler = Changed;
            }

            if (handler != null)
            {
                handler(this, active);
            }

            return true;
        }
    }
}
