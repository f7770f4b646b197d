using Meter.Hal.Io;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// A binary sensor driven by tests and the virtual console through <see cref="Set"/>. It is
    /// already debounced: each call is one settled level, and only a real change raises
    /// <see cref="Changed"/>, on the caller's thread. Calls from several threads are serialised
    /// by a dispatch lock held across the state change and the handler call, so handlers see
    /// the levels in the order they were set and <see cref="IsActive"/> never runs ahead of the
    /// last level delivered. A handler must therefore not call <see cref="Set"/> itself (it would
    /// nest a second change inside the first) and should stay short: other setters wait for it.
    /// </summary>
    public sealed class VirtualDigitalInput : IDigitalInput
    {
        private readonly object _dispatch = new object();
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

        /// <summary>The level last set; readable from a handler and from other threads while one runs.</summary>
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
            lock (_dispatch)
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
}
