using System;
using Meter.Dlms.Hdlc;
using Meter.Runtime;

namespace Meter.Dlms.Transport
{
    /// <summary>
    /// The meter's DLMS serial port as a runtime task: each step is one <see cref="HdlcServerLink.Step"/>
    /// (one bounded read and the answer to at most one frame). Not critical: a stuck DLMS port must
    /// never stop the watchdog feed. A restart drops whatever connection a faulted run left.
    /// </summary>
    public sealed class HdlcServerTask : MeterTask
    {
        /// <summary>Generous: one step may verify and cipher an APDU in managed code on a microcontroller.</summary>
        public const int HeartbeatTimeout = 30000;

        private readonly HdlcServerLink _link;

        /// <param name="link">The secondary station on the DLMS serial port.</param>
        public HdlcServerTask(HdlcServerLink link)
            : base("dlms-serial", TaskPriority.Dlms, false, HeartbeatTimeout, 1, MailboxOverflow.DropOldest)
        {
            if (link == null)
            {
                throw new ArgumentNullException("link");
            }

            _link = link;
        }

        protected internal override void OnStart(TaskContext context)
        {
            _link.Stop();
        }

        protected internal override void Step(TaskContext context)
        {
            _link.Step();
        }
    }
}
