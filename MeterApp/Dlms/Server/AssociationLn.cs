using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// Association LN, class 15 version 1 (Blue Book 4.4.4), as the current association object
    /// 0.0.40.0.0.255 of one session: it describes the association the request arrived on. The
    /// secret is never readable nor writable (HLS-GMAC's secrets are the suite 0 keys, changed
    /// through security setup); the object list is fixed by configuration, so change_HLS_secret,
    /// add_object and remove_object answer read-write-denied.
    /// </summary>
    public sealed class AssociationLn : ICosemObject
    {
        /// <summary>Interface class id.</summary>
        public const ushort Class = 15;

        /// <summary>Attributes of version 1 (logical_name .. security_setup_reference).</summary>
        public const int AttributeTotal = 9;

        /// <summary>Methods of version 1 (reply_to_HLS_authentication .. remove_object).</summary>
        public const int MethodTotal = 4;

        /// <summary>Attribute 2, object_list.</summary>
        public const int ObjectListAttribute = 2;

        /// <summary>Attribute 7, secret.</summary>
        public const int SecretAttribute = 7;

        /// <summary>Method 1, reply_to_HLS_authentication.</summary>
        public const int ReplyToHlsAuthentication = 1;

        private static readonly byte[] CurrentAssociation = { 0, 0, 40, 0, 0, 255 };

        private readonly AssociationState _state;
        private readonly ushort _serverSap;
        private readonly HlsGmacExchange _hls;
        private ObjectList _objects;

        internal AssociationLn(AssociationState state, ushort serverSap, HlsGmacExchange hls)
        {
            _state = state;
            _serverSap = serverSap;
            _hls = hls;
        }

        /// <inheritdoc/>
        public ushort ClassId
        {
            get { return Class; }
        }

        /// <inheritdoc/>
        public byte Version
        {
            get { return 1; }
        }

        /// <inheritdoc/>
        public byte[] LogicalName
        {
            get { return CurrentAssociation; }
        }

        /// <inheritdoc/>
        public int AttributeCount
        {
            get { return AttributeTotal; }
        }

        /// <inheritdoc/>
        public int MethodCount
        {
            get { return MethodTotal; }
        }

        /// <summary>True when <paramref name="descriptor"/> addresses the current association object.</summary>
        public static bool IsCurrentAssociation(CosemDescriptor descriptor)
        {
            return descriptor.ClassId == Class && descriptor.HasLogicalName(CurrentAssociation);
        }

        /// <summary>The list attribute 2 reports: the association's objects, this one included.</summary>
        internal void SetObjectList(ObjectList objects)
        {
            _objects = objects;
        }

        /// <inheritdoc/>
        public DataAccessResult Get(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, out DlmsData value)
        {
            value = null;
            if (access != null)
            {
                // object_list selective access (by class or object id) is not implemented.
                return DataAccessResult.ScopeOfAccessViolated;
            }

            switch (attribute)
            {
                case 1:
                    value = DlmsData.OctetString(CurrentAssociation);
                    break;
                case ObjectListAttribute:
                    value = _objects == null ? DlmsData.Array() : _objects.Encode();
                    break;
                case 3:
                    value = DlmsData.Structure(DlmsData.Integer((sbyte)_state.Policy.ClientSap), DlmsData.LongUnsigned(_serverSap));
                    break;
                case 4:
                    value = ObjectIdentifier(1, (byte)_state.Policy.ApplicationContext);
                    break;
                case 5:
                    value = ContextInfo();
                    break;
                case 6:
                    value = ObjectIdentifier(2, (byte)_state.Policy.Mechanism);
                    break;
                case SecretAttribute:
                    return DataAccessResult.ReadWriteDenied;
                case 8:
                    value = DlmsData.Enum((byte)_state.Status);
                    break;
                case 9:
                    value = DlmsData.OctetString(_state.Policy.SecuritySetupReference);
                    break;
                default:
                    return DataAccessResult.ObjectUndefined;
            }

            return DataAccessResult.Success;
        }

        /// <inheritdoc/>
        public DataAccessResult Set(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, DlmsData value)
        {
            return attribute < 1 || attribute > AttributeTotal ? DataAccessResult.ObjectUndefined : DataAccessResult.ReadWriteDenied;
        }

        /// <inheritdoc/>
        public ActionResult Invoke(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            if (method < 1 || method > MethodTotal)
            {
                return ActionResult.ObjectUndefined;
            }

            if (method == ReplyToHlsAuthentication && _hls != null)
            {
                return _hls.Reply(_state, parameters, out returned);
            }

            return ActionResult.ReadWriteDenied;
        }

        // context_name_type / mechanism_name_type: the OID 2.16.756.5.8.family.id as a structure
        // of its arcs (Blue Book 4.4.4).
        private static DlmsData ObjectIdentifier(byte family, byte id)
        {
            return DlmsData.Structure(
                DlmsData.Unsigned(2),
                DlmsData.Unsigned(16),
                DlmsData.LongUnsigned(756),
                DlmsData.Unsigned(5),
                DlmsData.Unsigned(8),
                DlmsData.Unsigned(family),
                DlmsData.Unsigned(id));
        }

        // xDLMS_context_type: conformance, max_receive_pdu_size, max_send_pdu_size, dlms_version_number,
        // quality_of_service, cyphering_info. cyphering_info stays empty: it would carry key material.
        private DlmsData ContextInfo()
        {
            int bits = (int)_state.Conformance;
            byte[] conformance = { (byte)(bits >> 16), (byte)(bits >> 8), (byte)bits };
            return DlmsData.Structure(
                DlmsData.BitString(conformance, 24),
                DlmsData.LongUnsigned((ushort)_state.ServerMaxReceivePduSize),
                DlmsData.LongUnsigned((ushort)_state.SendLimit),
                DlmsData.Unsigned(InitiateNegotiation.DlmsVersion),
                DlmsData.Integer(0),
                DlmsData.OctetString(new byte[0]));
        }
    }
}
