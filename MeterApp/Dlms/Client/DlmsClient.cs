using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Transport;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// A DLMS/COSEM client over any <see cref="IApduTransport"/> (IEC 62056-5-3, Green Book ed. 9):
    /// associates as a public client (lowest level security, LN referencing) or with HLS-GMAC and
    /// suite 0 (LN referencing with ciphering, passes 1 to 4), then reads, writes and invokes
    /// methods, and releases. In a ciphered association every request is glo-ciphered (authenticated
    /// and encrypted) under an invocation counter that increases per APDU, and every response must
    /// verify with a server counter that increases. Protocol failures throw
    /// <see cref="DlmsClientException"/>; data-access results come back as values. Not thread-safe.
    /// </summary>
    public sealed class DlmsClient
    {
        /// <summary>How long a response may take unless set otherwise.</summary>
        public const int DefaultTimeoutMilliseconds = 10000;

        /// <summary>The largest value reassembled from data blocks unless set otherwise.</summary>
        public const int DefaultMaxValueSize = 65536;

        /// <summary>
        /// What the client proposes: get, set, action, selective access, multiple references (with-list)
        /// and block transfer with get, set and action, the services it implements.
        /// </summary>
        public const Conformance DefaultConformance = Conformance.Get | Conformance.Set | Conformance.Action | Conformance.SelectiveAccess
            | Conformance.MultipleReferences | Conformance.BlockTransferWithGetOrRead | Conformance.BlockTransferWithSetOrWrite
            | Conformance.BlockTransferWithAction;

        /// <summary>Class id of Association LN.</summary>
        public const ushort AssociationLnClass = 15;

        /// <summary>reply_to_HLS_authentication, method 1 of Association LN (Blue Book 4.4.4).</summary>
        public const sbyte ReplyToHlsAuthentication = 1;

        private readonly ApduChannel _channel;
        private readonly ClientServices _services;
        private readonly ClientSetService _set;
        private readonly ClientActionService _action;
        private readonly ClientAssociation _association;

        /// <summary>
        /// A client over <paramref name="transport"/>: public (lowest level security) when
        /// <paramref name="security"/> is null, HLS-GMAC with suite 0 ciphering otherwise.
        /// </summary>
        public DlmsClient(IApduTransport transport, ClientSecurity security)
        {
            if (transport == null)
            {
                throw new ArgumentNullException("transport");
            }

            _channel = new ApduChannel(transport, DefaultTimeoutMilliseconds);
            _services = new ClientServices(_channel, transport.MaxApduSize, DefaultMaxValueSize);
            _set = new ClientSetService(_services);
            _action = new ClientActionService(_services);
            _association = new ClientAssociation(transport, security, _channel, _services, _action);
            ProposedConformance = DefaultConformance;
            if (security != null)
            {
                _channel.SetInvocationCounter(security.InvocationCounter);
            }
        }

        /// <summary>How long a response may take.</summary>
        public int ResponseTimeoutMilliseconds
        {
            get { return _channel.TimeoutMilliseconds; }
            set { _channel.TimeoutMilliseconds = value; }
        }

        /// <summary>The most bytes a value reassembled from data blocks (GET) or Pblocks (ACTION) may take.</summary>
        public int MaxValueSize
        {
            get { return _services.MaxValueSize; }
            set { _services.MaxValueSize = value; }
        }

        /// <summary>The conformance block proposed in the InitiateRequest.</summary>
        public Conformance ProposedConformance { get; set; }

        /// <summary>True between a successful <see cref="Associate"/> and <see cref="Release"/>.</summary>
        public bool IsAssociated { get; private set; }

        /// <summary>The conformance the server granted.</summary>
        public Conformance NegotiatedConformance
        {
            get { return _association.NegotiatedConformance; }
        }

        /// <summary>The largest APDU the server receives.</summary>
        public int ServerMaxReceivePduSize
        {
            get { return _association.ServerMaxReceivePduSize; }
        }

        /// <summary>
        /// The invocation counter the next protected APDU will carry: it starts at
        /// <see cref="ClientSecurity.InvocationCounter"/> and only grows, across re-associations of this
        /// client too (keep it to continue with another client under the same keys).
        /// </summary>
        public uint NextInvocationCounter
        {
            get { return _channel.NextInvocationCounter; }
        }

        /// <summary>A copy of the server system title from the AARE, or null (public association).</summary>
        public byte[] ServerSystemTitle
        {
            get
            {
                byte[] title = _association.ServerSystemTitle;
                if (title == null)
                {
                    return null;
                }

                byte[] copy = new byte[title.Length];
                Array.Copy(title, copy, copy.Length);
                return copy;
            }
        }

        /// <summary>
        /// Establishes the application association: AARQ/AARE, and with HLS-GMAC the ACTION
        /// reply_to_HLS_authentication with f(StoC), checking the server's f(CtoS). Throws when the
        /// server refuses or cannot be authenticated.
        /// </summary>
        public void Associate()
        {
            if (IsAssociated)
            {
                throw new InvalidOperationException("already associated");
            }

            try
            {
                _association.Open(ProposedConformance);
                IsAssociated = true;
            }
            catch (Exception)
            {
                _channel.StopProtection();
                throw;
            }
        }

        /// <summary>Reads one attribute; a refusal comes back as the result's data-access-result.</summary>
        public GetDataResult Get(CosemAttributeDescriptor attribute)
        {
            return Get(attribute, null);
        }

        /// <summary>Reads one attribute with selective access (<paramref name="access"/> may be null).</summary>
        public GetDataResult Get(CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access)
        {
            RequireAssociation();
            if (attribute == null)
            {
                throw new ArgumentNullException("attribute");
            }

            return _services.Get(attribute, access);
        }

        /// <summary>Reads several attributes in one request (Get-Request-With-List); one result per attribute.</summary>
        public GetDataResult[] GetWithList(CosemAttributeDescriptor[] attributes)
        {
            RequireAssociation();
            CheckList(attributes, "attributes");
            return _services.GetWithList(attributes);
        }

        /// <summary>
        /// Writes one attribute; returns the server's data-access-result. A request larger than the
        /// server receives (its max-receive-pdu-size, less the ciphering overhead) goes out in data
        /// blocks when block transfer with SET was granted, else throws.
        /// </summary>
        public DataAccessResult Set(CosemAttributeDescriptor attribute, DlmsData value)
        {
            RequireAssociation();
            if (attribute == null || value == null)
            {
                throw new ArgumentNullException(attribute == null ? "attribute" : "value");
            }

            return _set.Set(attribute, value);
        }

        /// <summary>
        /// Writes several attributes in one request (Set-Request-With-List, in data blocks when too
        /// large); one result per attribute, in order.
        /// </summary>
        public DataAccessResult[] SetWithList(CosemAttributeDescriptor[] attributes, DlmsData[] values)
        {
            RequireAssociation();
            CheckList(attributes, "attributes", values, "values", "one value per attribute");
            return _set.SetWithList(attributes, values);
        }

        /// <summary>
        /// Invokes a method; <paramref name="parameters"/> may be null. Parameters larger than the
        /// server receives go out in Pblocks, and return parameters sent in Pblocks are joined, when
        /// block transfer with ACTION was granted.
        /// </summary>
        public ActionResponseNormal Action(CosemMethodDescriptor method, DlmsData parameters)
        {
            RequireAssociation();
            if (method == null)
            {
                throw new ArgumentNullException("method");
            }

            return _action.Action(method, parameters);
        }

        /// <summary>
        /// Invokes several methods in one request (Action-Request-With-List, in Pblocks when too
        /// large); every method has parameters (null-data for none). One response per method, in order.
        /// </summary>
        public ActionResponseWithOptionalData[] ActionWithList(CosemMethodDescriptor[] methods, DlmsData[] parameters)
        {
            RequireAssociation();
            CheckList(methods, "methods", parameters, "parameters", "one parameter value per method");
            return _action.ActionWithList(methods, parameters);
        }

        /// <summary>
        /// Releases the association (RLRQ reason normal, answered by RLRE; Green Book ed. 9, 9.4.2.2).
        /// In a ciphered association the RLRQ carries a glo-ciphered InitiateRequest, so only the
        /// key holder can release it. The transport stays open.
        /// </summary>
        public void Release()
        {
            RequireAssociation();
            IsAssociated = false;
            _association.Release();
        }

        // A with-list request names 1 to XdlmsLimits.MaxListItems items (the APDU constructors refuse null items).
        // The descriptors of a with-list request: present, 1 to XdlmsLimits.MaxListItems of them.
        private static void CheckList(Array items, string name)
        {
            if (items == null)
            {
                throw new ArgumentNullException(name);
            }

            if (items.Length < 1 || items.Length > XdlmsLimits.MaxListItems)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }

        // The descriptors of a with-list request and one value for each.
        private static void CheckList(Array items, string itemsName, Array values, string valuesName, string mismatch)
        {
            if (items != null && values == null)
            {
                throw new ArgumentNullException(valuesName);
            }

            CheckList(items, itemsName);
            if (values.Length != items.Length)
            {
                throw new ArgumentException(mismatch, valuesName);
            }
        }

        private void RequireAssociation()
        {
            if (!IsAssociated)
            {
                throw new InvalidOperationException("not associated");
            }
        }
    }
}
