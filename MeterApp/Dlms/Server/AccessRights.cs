using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The access rights one association has to one object (Blue Book 4.4.4, Association LN
    /// version 1, access_rights): an access mode per attribute with the selective-access selectors
    /// it accepts, and an access mode per method. Unlisted members are no_access. Built once at
    /// configuration time; read without allocating while serving.
    /// </summary>
    public sealed class AccessRights
    {
        private readonly AttributeAccess[] _attributes;
        private readonly byte[][] _selectors;
        private readonly MethodAccess[] _methods;

        /// <summary>Rights over an object of <paramref name="attributeCount"/> attributes and <paramref name="methodCount"/> methods, all no_access.</summary>
        public AccessRights(int attributeCount, int methodCount)
        {
            if (attributeCount < 1 || attributeCount > 127 || methodCount < 0 || methodCount > 127)
            {
                throw new ArgumentOutOfRangeException(attributeCount < 1 || attributeCount > 127 ? "attributeCount" : "methodCount");
            }

            _attributes = new AttributeAccess[attributeCount];
            _selectors = new byte[attributeCount][];
            _methods = new MethodAccess[methodCount];
        }

        /// <summary>Every attribute readable (read_only), no method: what a public client gets.</summary>
        public static AccessRights ReadOnly(ICosemObject target)
        {
            return Uniform(target, AttributeAccess.Read, MethodAccess.NoAccess);
        }

        /// <summary>Every attribute <paramref name="attributes"/>, every method <paramref name="methods"/>.</summary>
        public static AccessRights Uniform(ICosemObject target, AttributeAccess attributes, MethodAccess methods)
        {
            if (target == null)
            {
                throw new ArgumentNullException("target");
            }

            AccessRights rights = new AccessRights(target.AttributeCount, target.MethodCount);
            for (int i = 0; i < rights._attributes.Length; i++)
            {
                rights._attributes[i] = attributes;
            }

            for (int i = 0; i < rights._methods.Length; i++)
            {
                rights._methods[i] = methods;
            }

            return rights;
        }

        /// <summary>Number of attributes covered.</summary>
        public int AttributeCount
        {
            get { return _attributes.Length; }
        }

        /// <summary>Number of methods covered.</summary>
        public int MethodCount
        {
            get { return _methods.Length; }
        }

        /// <summary>Sets the mode of attribute <paramref name="attribute"/> (1-based), without selective access; returns this.</summary>
        public AccessRights SetAttribute(int attribute, AttributeAccess access)
        {
            return SetAttribute(attribute, access, null);
        }

        /// <summary>
        /// Sets the mode of attribute <paramref name="attribute"/> and the access selectors it accepts
        /// (copied; null or empty: no selective access); returns this.
        /// </summary>
        public AccessRights SetAttribute(int attribute, AttributeAccess access, byte[] selectors)
        {
            CheckIndex(attribute, _attributes.Length, "attribute");
            if ((int)access > (int)AttributeAccess.AuthenticatedReadWrite)
            {
                throw new ArgumentOutOfRangeException("access");
            }

            _attributes[attribute - 1] = access;
            byte[] copy = null;
            if (selectors != null && selectors.Length > 0)
            {
                copy = new byte[selectors.Length];
                Array.Copy(selectors, copy, selectors.Length);
            }

            _selectors[attribute - 1] = copy;
            return this;
        }

        /// <summary>Sets the mode of method <paramref name="method"/> (1-based); returns this.</summary>
        public AccessRights SetMethod(int method, MethodAccess access)
        {
            CheckIndex(method, _methods.Length, "method");
            if ((int)access > (int)MethodAccess.AuthenticatedAccess)
            {
                throw new ArgumentOutOfRangeException("access");
            }

            _methods[method - 1] = access;
            return this;
        }

        /// <summary>The mode of attribute <paramref name="attribute"/>; no_access outside the range.</summary>
        public AttributeAccess AttributeAccessOf(int attribute)
        {
            return attribute < 1 || attribute > _attributes.Length ? AttributeAccess.NoAccess : _attributes[attribute - 1];
        }

        /// <summary>The mode of method <paramref name="method"/>; no_access outside the range.</summary>
        public MethodAccess MethodAccessOf(int method)
        {
            return method < 1 || method > _methods.Length ? MethodAccess.NoAccess : _methods[method - 1];
        }

        /// <summary>True when attribute <paramref name="attribute"/> accepts selective access with <paramref name="selector"/>.</summary>
        public bool AllowsSelector(int attribute, byte selector)
        {
            if (attribute < 1 || attribute > _selectors.Length || _selectors[attribute - 1] == null)
            {
                return false;
            }

            byte[] selectors = _selectors[attribute - 1];
            for (int i = 0; i < selectors.Length; i++)
            {
                if (selectors[i] == selector)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>May the attribute be read by a request that did (<paramref name="ciphered"/>) or did not arrive protected.</summary>
        public bool CanRead(int attribute, bool ciphered)
        {
            switch (AttributeAccessOf(attribute))
            {
                case AttributeAccess.Read:
                case AttributeAccess.ReadWrite:
                    return true;
                case AttributeAccess.AuthenticatedRead:
                case AttributeAccess.AuthenticatedReadWrite:
                    return ciphered;
                default:
                    return false;
            }
        }

        /// <summary>May the attribute be written by a request that did (<paramref name="ciphered"/>) or did not arrive protected.</summary>
        public bool CanWrite(int attribute, bool ciphered)
        {
            switch (AttributeAccessOf(attribute))
            {
                case AttributeAccess.Write:
                case AttributeAccess.ReadWrite:
                    return true;
                case AttributeAccess.AuthenticatedWrite:
                case AttributeAccess.AuthenticatedReadWrite:
                    return ciphered;
                default:
                    return false;
            }
        }

        /// <summary>May the method be invoked by a request that did (<paramref name="ciphered"/>) or did not arrive protected.</summary>
        public bool CanInvoke(int method, bool ciphered)
        {
            MethodAccess access = MethodAccessOf(method);
            return access == MethodAccess.Access || (access == MethodAccess.AuthenticatedAccess && ciphered);
        }

        /// <summary>
        /// The access_rights structure of an object_list element (Blue Book 4.4.4, version 1):
        /// { attribute_access array of { attribute_id integer, access_mode enum, access_selectors
        /// array of integer or null-data }, method_access array of { method_id integer, access_mode enum } }.
        /// </summary>
        public DlmsData Encode()
        {
            DlmsData[] attributes = new DlmsData[_attributes.Length];
            for (int i = 0; i < attributes.Length; i++)
            {
                attributes[i] = DlmsData.Structure(
                    DlmsData.Integer((sbyte)(i + 1)),
                    DlmsData.Enum((byte)_attributes[i]),
                    EncodeSelectors(_selectors[i]));
            }

            DlmsData[] methods = new DlmsData[_methods.Length];
            for (int i = 0; i < methods.Length; i++)
            {
                methods[i] = DlmsData.Structure(DlmsData.Integer((sbyte)(i + 1)), DlmsData.Enum((byte)_methods[i]));
            }

            return DlmsData.Structure(DlmsData.Array(attributes), DlmsData.Array(methods));
        }

        private static DlmsData EncodeSelectors(byte[] selectors)
        {
            if (selectors == null)
            {
                return DlmsData.Null();
            }

            DlmsData[] items = new DlmsData[selectors.Length];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = DlmsData.Integer((sbyte)selectors[i]);
            }

            return DlmsData.Array(items);
        }

        private static void CheckIndex(int index, int count, string name)
        {
            if (index < 1 || index > count)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
