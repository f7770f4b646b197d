using System;

namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// Configuration of the HDLC primary station (the DLMS client, IEC 62056-46): addresses, the
    /// parameters it proposes in SNRM, the largest APDU it carries, and its retry policy.
    /// </summary>
    public sealed class HdlcClientSettings
    {
        /// <summary>Default wait for the server's answer to one command.</summary>
        public const int DefaultResponseTimeoutMilliseconds = 2000;

        /// <summary>Default number of times a command is sent again after no answer.</summary>
        public const int DefaultRetries = 3;

        /// <summary>Default largest APDU (the xDLMS max PDU size a client usually proposes).</summary>
        public const int DefaultMaxApduSize = 2048;

        /// <summary>Public client (SAP 16) to logical device 1, physical address 17, 2-byte server address, defaults for the rest.</summary>
        public HdlcClientSettings()
        {
            ClientSap = 16;
            ServerUpper = 1;
            ServerLower = 17;
            ServerAddressSize = 2;
            Proposal = new HdlcParameters();
            MaxApduSize = DefaultMaxApduSize;
            ResponseTimeoutMilliseconds = DefaultResponseTimeoutMilliseconds;
            Retries = DefaultRetries;
            InterOctetTimeoutMilliseconds = HdlcServerSettings.DefaultInterOctetTimeoutMilliseconds;
        }

        /// <summary>The client SAP, sent as the one-byte source address.</summary>
        public int ClientSap { get; set; }

        /// <summary>Upper HDLC address of the server: the logical device.</summary>
        public int ServerUpper { get; set; }

        /// <summary>Lower HDLC address of the server: the physical device (unused with a 1-byte address).</summary>
        public int ServerLower { get; set; }

        /// <summary>Bytes of the server address: 1 (upper only), 2 or 4.</summary>
        public int ServerAddressSize { get; set; }

        /// <summary>What SNRM proposes (the client's point of view).</summary>
        public HdlcParameters Proposal { get; private set; }

        /// <summary>Largest APDU sent or received.</summary>
        public int MaxApduSize { get; set; }

        /// <summary>Wait for an answer before a command is sent again.</summary>
        public int ResponseTimeoutMilliseconds { get; set; }

        /// <summary>Times a command is sent again before the link counts as lost.</summary>
        public int Retries { get; set; }

        /// <summary>Quiet time after which a partial frame is dropped; 0: never.</summary>
        public int InterOctetTimeoutMilliseconds { get; set; }

        /// <summary>The server address as it goes on the wire.</summary>
        public HdlcAddress ServerAddress
        {
            get
            {
                return ServerAddressSize == 1 ? HdlcAddress.OneByte(ServerUpper) : HdlcAddress.Server(ServerUpper, ServerLower, ServerAddressSize);
            }
        }

        /// <summary>Throws when a value is out of range.</summary>
        public void Validate()
        {
            if (!Proposal.IsValid || !ServerAddress.IsValid || !HdlcAddress.OneByte(ClientSap).IsValid)
            {
                throw new ArgumentException("HDLC client settings out of range");
            }

            if (MaxApduSize < 1 || ResponseTimeoutMilliseconds < 1 || Retries < 0 || InterOctetTimeoutMilliseconds < 0)
            {
                throw new ArgumentOutOfRangeException("settings");
            }
        }
    }
}
