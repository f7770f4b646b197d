namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The class-id and instance-id fields that attribute and method descriptors share
    /// (Green Book ed. 9, 9.5): 2 bytes big-endian class id, then the 6-byte logical name.
    /// </summary>
    internal static class LogicalNameField
    {
        internal const int Length = 6;

        // class-id (2) + instance-id (6) + attribute-id or method-id (1).
        internal const int DescriptorSize = 9;

        internal static byte[] Copy(byte[] logicalName)
        {
            if (logicalName == null)
            {
                throw new System.ArgumentNullException("logicalName");
            }

            if (logicalName.Length != Length)
            {
                throw new System.ArgumentException("a logical name has 6 bytes", "logicalName");
            }

            byte[] copy = new byte[Length];
            System.Array.Copy(logicalName, copy, Length);
            return copy;
        }

        internal static bool SameAs(byte[] own, byte[] other)
        {
            if (other == null || other.Length != Length)
            {
                return false;
            }

            for (int i = 0; i < Length; i++)
            {
                if (own[i] != other[i])
                {
                    return false;
                }
            }

            return true;
        }

        internal static ushort ReadClassId(byte[] buffer, int position)
        {
            return Axdr.BigEndian.ReadUInt16(buffer, position);
        }

        internal static byte[] Read(byte[] buffer, int position)
        {
            byte[] name = new byte[Length];
            System.Array.Copy(buffer, position + 2, name, 0, Length);
            return name;
        }

        internal static void Write(byte[] buffer, int position, ushort classId, byte[] logicalName)
        {
            Axdr.BigEndian.WriteUInt16(buffer, position, classId);
            System.Array.Copy(logicalName, 0, buffer, position + 2, Length);
        }
    }
}
