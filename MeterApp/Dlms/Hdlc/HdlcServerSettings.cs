using System;

namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// Configuration of the meter's HDLC secondary station (IEC 62056-46; the IEC HDLC setup object,
    /// class 23, holds the same values): its physical device address, its limits for parameter
    /// negotiation, and its time-outs.
    /// </summary>
    public sealed class HdlcServerSettings
    {
        /// <summary>IEC HDLC setup default inactivity time-out: 120 s.</summary>
        public const int DefaultInactivityTimeoutMilliseconds = 120000;

        /// <summary>IEC HDLC setup default inter-octet time-out: 25 ms.</summary>
        public const int DefaultInterOctetTimeoutMilliseconds = 25;

        /// <summary>Default longest wait of one <see cref="HdlcServerLink.Step"/> for bytes.</summary>
        public const int DefaultReadTimeoutMilliseconds = 50;

        /// <summary>Defaults: physical address 17 (0x11, as in the Green Book examples), 128 bytes and window 1 both ways.</summary>
        public HdlcServerSettings()
        {
            PhysicalAddress = 17;
            Limits = new HdlcParameters();
            InactivityTimeoutMilliseconds = DefaultInactivityTimeoutMilliseconds;
            InterOctetTimeoutMilliseconds = DefaultInterOctetTimeoutMilliseconds;
            ReadTimeoutMilliseconds = DefaultReadTimeoutMilliseconds;
        }

        /// <summary>
        /// The lower HDLC address (physical device) frames must carry to be ours; frames with a
        /// one-byte server address (upper only) are accepted too, as on a point-to-point line.
        /// </summary>
        public int PhysicalAddress { get; set; }

        /// <summary>Largest values this station accepts in negotiation (its own point of view).</summary>
        public HdlcParameters Limits { get; private set; }

        /// <summary>Quiet time after which the link returns to NDM and the session closes; 0: never.</summary>
        public int InactivityTimeoutMilliseconds { get; set; }

        /// <summary>Quiet time after which a partial frame is dropped; 0: never.</summary>
        public int InterOctetTimeoutMilliseconds { get; set; }

        /// <summary>Longest wait for bytes in one step.</summary>
        public int ReadTimeoutMilliseconds { get; set; }

        /// <summary>Throws when a value is out of range (at construction of the link, not per frame).</summary>
        public void Validate()
        {
            if (!Limits.IsValid)
            {
                throw new ArgumentException("HDLC limits out of range");
            }

            if (PhysicalAddress < 0 || PhysicalAddress > HdlcAddress.MaxTwoByteValue
                || InactivityTimeoutMilliseconds < 0 || InterOctetTimeoutMilliseconds < 0 || ReadTimeoutMilliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("settings");
            }
        }
    }
}
