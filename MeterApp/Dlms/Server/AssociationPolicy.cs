using System;
using Meter.Dlms.Acse;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// What the server grants one client SAP (Green Book ed. 9, 9.3.2 and 9.2.7): the application
    /// context and authentication mechanism it must propose, the conformance it may use, the objects
    /// it sees with their rights, the rights over its own current association object
    /// (0.0.40.0.0.255) and, for ciphered contexts and HLS-GMAC, the suite 0 material. With a
    /// ciphered context every xDLMS APDU after the AARQ must arrive authenticated and encrypted.
    /// </summary>
    public sealed class AssociationPolicy
    {
        /// <summary>The public client (lowest level security, no ciphering).</summary>
        public const ushort PublicClientSap = 16;

        /// <summary>The management client (HLS-GMAC, ciphered context).</summary>
        public const ushort ManagementClientSap = 1;

        /// <summary>Attributes of Association LN version 1 (<see cref="AssociationLn"/>).</summary>
        private const int AssociationAttributes = AssociationLn.AttributeTotal;

        private static readonly byte[] DefaultSecuritySetup = { 0, 0, 43, 0, 0, 255 };

        private AccessRights _currentAssociationRights;
        private byte[] _securitySetupReference = DefaultSecuritySetup;

        /// <summary>
        /// A policy for <paramref name="clientSap"/>: context LN or LN-with-ciphering, mechanism
        /// none or HLS-GMAC; <paramref name="ciphering"/> is required by both the ciphered context
        /// and HLS-GMAC and ignored otherwise.
        /// </summary>
        public AssociationPolicy(ushort clientSap, ApplicationContextName context, MechanismName mechanism, Conformance conformance, ObjectList objects, CipheringSetup ciphering)
        {
            if (objects == null)
            {
                throw new ArgumentNullException("objects");
            }

            if (context != ApplicationContextName.LogicalName && context != ApplicationContextName.LogicalNameCiphered)
            {
                throw new ArgumentOutOfRangeException("context");
            }

            if (mechanism != MechanismName.None && mechanism != MechanismName.HlsGmac)
            {
                throw new ArgumentOutOfRangeException("mechanism");
            }

            bool needsCiphering = context == ApplicationContextName.LogicalNameCiphered || mechanism == MechanismName.HlsGmac;
            if (needsCiphering && ciphering == null)
            {
                throw new ArgumentNullException("ciphering");
            }

            ClientSap = clientSap;
            ApplicationContext = context;
            Mechanism = mechanism;
            Conformance = conformance;
            Objects = objects;
            Ciphering = needsCiphering ? ciphering : null;
            _currentAssociationRights = DefaultAssociationRights(mechanism == MechanismName.HlsGmac);
        }

        /// <summary>SAP 16: lowest level security, no ciphering, GET only (with lists, selective access and blocks).</summary>
        public static AssociationPolicy PublicClient(ObjectList objects)
        {
            Conformance conformance = Conformance.Get | Conformance.SelectiveAccess | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead;
            return new AssociationPolicy(PublicClientSap, ApplicationContextName.LogicalName, MechanismName.None, conformance, objects, null);
        }

        /// <summary>SAP 1: HLS-GMAC, LN with ciphering, GET/SET/ACTION, each with lists and with block transfer.</summary>
        public static AssociationPolicy ManagementClient(ObjectList objects, CipheringSetup ciphering)
        {
            Conformance conformance = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.SelectiveAccess
                | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead | Conformance.BlockTransferWithSetOrWrite
                | Conformance.BlockTransferWithAction;
            return new AssociationPolicy(ManagementClientSap, ApplicationContextName.LogicalNameCiphered, MechanismName.HlsGmac, conformance, objects, ciphering);
        }

        /// <summary>The client SAP this policy serves.</summary>
        public ushort ClientSap { get; }

        /// <summary>The application context the AARQ must propose.</summary>
        public ApplicationContextName ApplicationContext { get; }

        /// <summary>The authentication mechanism the AARQ must propose (None: no authentication).</summary>
        public MechanismName Mechanism { get; }

        /// <summary>The services offered; the negotiated conformance is this AND the client's proposal.</summary>
        public Conformance Conformance { get; }

        /// <summary>The objects the association sees (the current association object is added per session).</summary>
        public ObjectList Objects { get; }

        /// <summary>Suite 0 material, or null for a policy without ciphering and HLS.</summary>
        public CipheringSetup Ciphering { get; }

        /// <summary>True when every xDLMS APDU after the AARQ must be authenticated and encrypted.</summary>
        public bool RequiresCiphering
        {
            get { return ApplicationContext == ApplicationContextName.LogicalNameCiphered; }
        }

        /// <summary>
        /// The rights over the current association object 0.0.40.0.0.255. Default: every attribute
        /// readable but the secret (never), and reply_to_HLS_authentication under HLS.
        /// </summary>
        public AccessRights CurrentAssociationRights
        {
            get
            {
                return _currentAssociationRights;
            }

            set
            {
                if (value == null)
                {
                    throw new ArgumentNullException("value");
                }

                if (value.AttributeCount != AssociationAttributes || value.MethodCount != AssociationLn.MethodTotal)
                {
                    throw new ArgumentException("rights must cover Association LN version 1", "value");
                }

                _currentAssociationRights = value;
            }
        }

        /// <summary>security_setup_reference of the association (default 0.0.43.0.0.255); the getter returns a copy.</summary>
        public byte[] SecuritySetupReference
        {
            get
            {
                byte[] copy = new byte[6];
                Array.Copy(_securitySetupReference, copy, 6);
                return copy;
            }

            set
            {
                if (value == null || value.Length != 6)
                {
                    throw new ArgumentException("a logical name has 6 bytes", "value");
                }

                byte[] copy = new byte[6];
                Array.Copy(value, copy, 6);
                _securitySetupReference = copy;
            }
        }

        private static AccessRights DefaultAssociationRights(bool hls)
        {
            AttributeAccess read = hls ? AttributeAccess.AuthenticatedRead : AttributeAccess.Read;
            AccessRights rights = new AccessRights(AssociationAttributes, AssociationLn.MethodTotal);
            for (int attribute = 1; attribute <= AssociationAttributes; attribute++)
            {
                rights.SetAttribute(attribute, attribute == AssociationLn.SecretAttribute ? AttributeAccess.NoAccess : read);
            }

            if (hls)
            {
                rights.SetMethod(AssociationLn.ReplyToHlsAuthentication, MethodAccess.AuthenticatedAccess);
            }

            return rights;
        }
    }
}
