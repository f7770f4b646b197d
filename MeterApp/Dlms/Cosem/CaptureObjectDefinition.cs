using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// capture_object_definition of profile generic (Blue Book 4.3.6, class 7 version 1): which
    /// attribute of which object fills a column of the buffer.
    /// <code>
    /// structure { class_id long-unsigned, logical_name octet-string(6), attribute_index integer, data_index long-unsigned }
    /// </code>
    /// data_index 0 captures the whole attribute. Immutable.
    /// </summary>
    public sealed class CaptureObjectDefinition
    {
        /// <summary>Bytes of a logical name (OBIS code).</summary>
        public const int LogicalNameLength = 6;

        private readonly ushort _classId;
        private readonly byte[] _logicalName;
        private readonly sbyte _attributeIndex;
        private readonly ushort _dataIndex;

        /// <summary>A column definition; <paramref name="logicalName"/> is copied and must have 6 bytes.</summary>
        public CaptureObjectDefinition(ushort classId, byte[] logicalName, sbyte attributeIndex, ushort dataIndex)
        {
            if (logicalName == null)
            {
                throw new ArgumentNullException("logicalName");
            }

            if (logicalName.Length != LogicalNameLength)
            {
                throw new ArgumentException("a logical name has 6 bytes", "logicalName");
            }

            _classId = classId;
            _logicalName = new byte[LogicalNameLength];
            Array.Copy(logicalName, _logicalName, LogicalNameLength);
            _attributeIndex = attributeIndex;
            _dataIndex = dataIndex;
        }

        /// <summary>The interface class of the captured object.</summary>
        public ushort ClassId
        {
            get { return _classId; }
        }

        /// <summary>A copy of the captured object's logical name.</summary>
        public byte[] LogicalName
        {
            get
            {
                byte[] copy = new byte[LogicalNameLength];
                Array.Copy(_logicalName, copy, LogicalNameLength);
                return copy;
            }
        }

        /// <summary>The captured attribute.</summary>
        public sbyte AttributeIndex
        {
            get { return _attributeIndex; }
        }

        /// <summary>The element of the attribute captured, 0 for the whole attribute.</summary>
        public ushort DataIndex
        {
            get { return _dataIndex; }
        }

        /// <summary>The A-XDR structure of this definition.</summary>
        public DlmsData ToData()
        {
            return DlmsData.Structure(
                DlmsData.LongUnsigned(_classId),
                DlmsData.OctetString(_logicalName),
                DlmsData.Integer(_attributeIndex),
                DlmsData.LongUnsigned(_dataIndex));
        }

        /// <summary>True when <paramref name="other"/> names the same column (all four fields equal).</summary>
        public bool SameAs(CaptureObjectDefinition other)
        {
            if (other == null || other._classId != _classId || other._attributeIndex != _attributeIndex || other._dataIndex != _dataIndex)
            {
                return false;
            }

            for (int i = 0; i < LogicalNameLength; i++)
            {
                if (other._logicalName[i] != _logicalName[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Reads a definition sent by a client; <see cref="DataAccessResult.TypeUnmatched"/> when it is
        /// not a structure of exactly the four types above with a 6-byte logical name. Never throws.
        /// </summary>
        public static DataAccessResult Parse(DlmsData value, out CaptureObjectDefinition definition)
        {
            definition = null;
            if (value == null || value.Type != DlmsDataType.Structure || value.Count != 4)
            {
                return DataAccessResult.TypeUnmatched;
            }

            DlmsData classId = value[0];
            DlmsData logicalName = value[1];
            DlmsData attributeIndex = value[2];
            DlmsData dataIndex = value[3];
            if (classId.Type != DlmsDataType.LongUnsigned
                || logicalName.Type != DlmsDataType.OctetString || logicalName.ByteLength != LogicalNameLength
                || attributeIndex.Type != DlmsDataType.Integer
                || dataIndex.Type != DlmsDataType.LongUnsigned)
            {
                return DataAccessResult.TypeUnmatched;
            }

            definition = new CaptureObjectDefinition(
                (ushort)classId.AsUInt64(),
                logicalName.GetBytes(),
                (sbyte)attributeIndex.AsInt64(),
                (ushort)dataIndex.AsUInt64());
            return DataAccessResult.Success;
        }
    }
}
