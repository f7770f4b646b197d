using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Push;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The values a push carries, read from the meter's objects as the management client would
    /// read them (the push is ciphered like its association). Bound to the objects once the
    /// DLMS server is up; an object it does not know, or one that refuses, pushes null-data.
    /// </summary>
    public sealed class ObjectPushValues : IPushValueSource
    {
        private readonly object _sync = new object();
        private readonly CosemRequestContext _context = new CosemRequestContext();
        private ICosemObject[] _objects = new ICosemObject[0];

        /// <summary>Values read as client <paramref name="clientSap"/> over a protected association.</summary>
        public ObjectPushValues(ushort clientSap)
        {
            _context.ClientSap = clientSap;
            _context.IsAuthenticated = true;
            _context.IsCiphered = true;
        }

        /// <summary>The objects pushes may carry (replaces any earlier set).</summary>
        public void Bind(ICosemObject[] objects)
        {
            if (objects == null)
            {
                throw new ArgumentNullException("objects");
            }

            lock (_sync)
            {
                _objects = objects;
            }
        }

        /// <inheritdoc />
        public DlmsData Read(ushort classId, byte[] logicalName, int attributeIndex)
        {
            ICosemObject[] objects;
            lock (_sync)
            {
                objects = _objects;
            }

            for (int i = 0; i < objects.Length; i++)
            {
                if (objects[i].ClassId == classId && SameName(objects[i].LogicalName, logicalName))
                {
                    DlmsData value;
                    return objects[i].Get(_context, attributeIndex, null, out value) == DataAccessResult.Success ? value : null;
                }
            }

            return null;
        }

        private static bool SameName(byte[] a, byte[] b)
        {
            if (b == null || b.Length != a.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
