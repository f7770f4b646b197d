using System;
using Meter.Dlms.Cosem;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The state of the association a session carries (Green Book ed. 9, 9.3.2): its status, what
    /// the InitiateRequest negotiated, the peer's system title and the security context, the HLS
    /// challenges. One per session, reset at release and at each new AARQ.
    /// </summary>
    internal sealed class AssociationState
    {
        /// <summary>Longest challenge HLS allows (Green Book ed. 9, 9.2.7.4: 8 to 64 octets).</summary>
        public const int MaxChallengeLength = 64;

        /// <summary>Shortest challenge HLS allows.</summary>
        public const int MinChallengeLength = 8;

        public readonly CosemRequestContext Context = new CosemRequestContext();
        public readonly byte[] ServerChallenge = new byte[MaxChallengeLength];

        public AssociationState(AssociationPolicy policy)
        {
            Policy = policy;
            Context.ClientSap = policy.ClientSap;
        }

        public AssociationPolicy Policy { get; }

        public AssociationStatus Status { get; set; }

        /// <summary>Negotiated conformance (policy AND client proposal).</summary>
        public Conformance Conformance { get; set; }

        /// <summary>The client's max-receive-pdu-size as proposed (0: no limit).</summary>
        public int ClientMaxReceivePduSize { get; set; }

        /// <summary>Our max-receive-pdu-size as the InitiateResponse announced it.</summary>
        public int ServerMaxReceivePduSize { get; set; }

        /// <summary>The largest APDU we send, as transmitted (ciphered form included).</summary>
        public int SendLimit { get; set; }

        /// <summary>The suite 0 context, or null on an association without ciphering.</summary>
        public SecurityContext Security { get; set; }

        /// <summary>The dedicated key of the InitiateRequest, or null.</summary>
        public KeyHandle DedicatedKey { get; set; }

        public int ServerChallengeLength { get; set; }

        /// <summary>The client's challenge CtoS from the AARQ, or null.</summary>
        public byte[] ClientChallenge { get; set; }

        public bool IsAssociated
        {
            get { return Status != AssociationStatus.NonAssociated; }
        }

        public bool IsAuthenticated
        {
            get { return Status == AssociationStatus.Associated; }
        }

        /// <summary>True when the association is ciphered: requests and responses are protected.</summary>
        public bool IsCiphered
        {
            get { return IsAssociated && Policy.RequiresCiphering; }
        }

        /// <summary>Forgets the association (the caller destroys the dedicated key first).</summary>
        public void Reset()
        {
            Status = AssociationStatus.NonAssociated;
            Conformance = Conformance.None;
            ClientMaxReceivePduSize = 0;
            SendLimit = 0;
            ServerMaxReceivePduSize = 0;
            Security = null;
            DedicatedKey = null;
            Array.Clear(ServerChallenge, 0, ServerChallenge.Length);
            ServerChallengeLength = 0;
            ClientChallenge = null;
            Context.IsAuthenticated = false;
            Context.IsCiphered = false;
            Context.ClientSystemTitle = null;
        }
    }
}
