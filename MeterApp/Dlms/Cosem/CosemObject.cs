using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// What every interface class shares (IEC 62056-6-2 / Blue Book 4.1): class id, version and
    /// logical name (attribute 1, static and never writable), and the index checks of
    /// <see cref="ICosemObject"/>, so a class only answers its own attributes and methods.
    /// None of the classes built on it supports selective access: a request carrying one is
    /// answered scope-of-access-violated instead of being served as if the selector were absent.
    /// </summary>
    public abstract class CosemObject : ICosemObject
    {
        /// <summary>Length of a logical name (OBIS code, Blue Book 4.1.8.1).</summary>
        public const int LogicalNameLength = 6;

        private readonly ushort _classId;
        private readonly byte _version;
        private readonly byte[] _logicalName;
        private readonly DlmsData _logicalNameValue;
        private readonly int _attributeCount;
        private readonly int _methodCount;

        /// <summary>An object of class <paramref name="classId"/> version <paramref name="version"/> named by the 6 bytes of <paramref name="logicalName"/>.</summary>
        protected CosemObject(ushort classId, byte version, byte[] logicalName, int attributeCount, int methodCount)
        {
            if (logicalName == null || logicalName.Length != LogicalNameLength)
            {
                throw new ArgumentException("a logical name has 6 bytes", "logicalName");
            }

            if (attributeCount < 1 || methodCount < 0)
            {
                throw new ArgumentOutOfRangeException(attributeCount < 1 ? "attributeCount" : "methodCount");
            }

            _classId = classId;
            _version = version;
            _logicalName = new byte[LogicalNameLength];
            Array.Copy(logicalName, _logicalName, LogicalNameLength);
            _logicalNameValue = DlmsData.OctetString(_logicalName);
            _attributeCount = attributeCount;
            _methodCount = methodCount;
        }

        /// <inheritdoc/>
        public ushort ClassId
        {
            get { return _classId; }
        }

        /// <inheritdoc/>
        public byte Version
        {
            get { return _version; }
        }

        /// <inheritdoc/>
        public byte[] LogicalName
        {
            get { return _logicalName; }
        }

        /// <inheritdoc/>
        public int AttributeCount
        {
            get { return _attributeCount; }
        }

        /// <inheritdoc/>
        public int MethodCount
        {
            get { return _methodCount; }
        }

        /// <inheritdoc/>
        public DataAccessResult Get(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, out DlmsData value)
        {
            value = null;
            if (attribute < 1 || attribute > _attributeCount)
            {
                return DataAccessResult.ObjectUndefined;
            }

            if (access != null)
            {
                return DataAccessResult.ScopeOfAccessViolated;
            }

            if (attribute == 1)
            {
                value = _logicalNameValue;
                return DataAccessResult.Success;
            }

            DataAccessResult result = GetAttribute(context, attribute, out value);
            if (result != DataAccessResult.Success)
            {
                value = null;
            }

            return result;
        }

        /// <inheritdoc/>
        public DataAccessResult Set(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, DlmsData value)
        {
            if (attribute < 1 || attribute > _attributeCount)
            {
                return DataAccessResult.ObjectUndefined;
            }

            if (access != null)
            {
                return DataAccessResult.ScopeOfAccessViolated;
            }

            if (attribute == 1)
            {
                return DataAccessResult.ReadWriteDenied;
            }

            if (value == null)
            {
                return DataAccessResult.TypeUnmatched;
            }

            return SetAttribute(context, attribute, value);
        }

        /// <inheritdoc/>
        public ActionResult Invoke(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            if (method < 1 || method > _methodCount)
            {
                return ActionResult.ObjectUndefined;
            }

            return InvokeMethod(context, method, parameters, out returned);
        }

        /// <summary>Reads attribute 2..count (range already checked).</summary>
        protected abstract DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value);

        /// <summary>Writes attribute 2..count (range checked, value not null); by default every attribute is read-only.</summary>
        protected virtual DataAccessResult SetAttribute(CosemRequestContext context, int attribute, DlmsData value)
        {
            return DataAccessResult.ReadWriteDenied;
        }

        /// <summary>Invokes method 1..count (range already checked); by default no method may be invoked.</summary>
        protected virtual ActionResult InvokeMethod(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            return ActionResult.ReadWriteDenied;
        }
    }
}
