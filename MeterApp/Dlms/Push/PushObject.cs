using System;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// One entry of a push_object_list (Blue Book 4.4.8, class 40 attribute 2, a
    /// capture_object_definition): the attribute <see cref="AttributeIndex"/> of the object
    /// <see cref="ClassId"/> / <see cref="LogicalName"/>, whole (<see cref="DataIndex"/> 0) or one
    /// element of it (1-based). Immutable.
    /// </summary>
    public sealed class PushObject
    {
        /// <summary>Length of a COSEM logical name (OBIS code).</summary>
        public const int LogicalNameLength = 6;

        private readonly ushort _classId;
        private readonly byte[] _logicalName = new byte[LogicalNameLength];
        private readonly int _attributeIndex;
        private readonly ushort _dataIndex;

        /// <summary>The entry for attribute <paramref name="attributeIndex"/> of the object at logicalName[offset .. offset + 6).</summary>
        public PushObject(ushort classId, byte[] logicalName, int offset, int attributeIndex, ushort dataIndex)
        {
            if (logicalName == null)
            {
                throw new ArgumentNullException("logicalName");
            }

            if (offset < 0 || offset > logicalName.Length - LogicalNameLength)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            // attribute_index is an integer (signed 8 bits); 0 means no attribute and cannot be pushed.
            if (attributeIndex == 0 || attributeIndex < sbyte.MinValue || attributeIndex > sbyte.MaxValue)
            {
                throw new ArgumentOutOfRangeException("attributeIndex");
            }

            _classId = classId;
            Array.Copy(logicalName, offset, _logicalName, 0, LogicalNameLength);
            _attributeIndex = attributeIndex;
            _dataIndex = dataIndex;
        }

        /// <summary>The interface class id.</summary>
        public ushort ClassId
        {
            get { return _classId; }
        }

        /// <summary>The attribute index (negative values are manufacturer-specific attributes).</summary>
        public int AttributeIndex
        {
            get { return _attributeIndex; }
        }

        /// <summary>0: the whole attribute; n: its n-th element when it is an array or a structure.</summary>
        public ushort DataIndex
        {
            get { return _dataIndex; }
        }

        /// <summary>A copy of the logical name (the entry itself stays immutable).</summary>
        public byte[] CopyLogicalName()
        {
            byte[] copy = new byte[LogicalNameLength];
            Array.Copy(_logicalName, copy, LogicalNameLength);
            return copy;
        }
    }
}
