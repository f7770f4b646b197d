using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The objects one association can see, each with its access rights (Blue Book 4.4.4,
    /// Association LN object_list). Filled at configuration time; looked up by class id and
    /// logical name without allocating while serving. An object outside the list does not exist
    /// for the association (object-undefined).
    /// </summary>
    public sealed class ObjectList
    {
        private ICosemObject[] _objects;
        private AccessRights[] _rights;
        private int _count;

        /// <summary>An empty list.</summary>
        public ObjectList()
        {
            _objects = new ICosemObject[8];
            _rights = new AccessRights[8];
        }

        /// <summary>Number of objects.</summary>
        public int Count
        {
            get { return _count; }
        }

        /// <summary>Object <paramref name="index"/>.</summary>
        public ICosemObject ObjectAt(int index)
        {
            CheckIndex(index);
            return _objects[index];
        }

        /// <summary>The rights over object <paramref name="index"/>.</summary>
        public AccessRights RightsAt(int index)
        {
            CheckIndex(index);
            return _rights[index];
        }

        /// <summary>
        /// Adds <paramref name="target"/> with <paramref name="rights"/> (covering exactly its
        /// attributes and methods); a second object with the same logical name is refused. Returns this.
        /// </summary>
        public ObjectList Add(ICosemObject target, AccessRights rights)
        {
            if (target == null || rights == null)
            {
                throw new ArgumentNullException(target == null ? "target" : "rights");
            }

            byte[] name = target.LogicalName;
            if (name == null || name.Length != 6)
            {
                throw new ArgumentException("a logical name has 6 bytes", "target");
            }

            if (rights.AttributeCount != target.AttributeCount || rights.MethodCount != target.MethodCount)
            {
                throw new ArgumentException("the rights must cover the object's attributes and methods", "rights");
            }

            if (IndexOfName(name) >= 0)
            {
                throw new ArgumentException("logical name already listed", "target");
            }

            if (_count == _objects.Length)
            {
                ICosemObject[] objects = new ICosemObject[_count * 2];
                AccessRights[] all = new AccessRights[_count * 2];
                Array.Copy(_objects, objects, _count);
                Array.Copy(_rights, all, _count);
                _objects = objects;
                _rights = all;
            }

            _objects[_count] = target;
            _rights[_count] = rights;
            _count++;
            return this;
        }

        /// <summary>A new list holding this one's entries followed by <paramref name="target"/>.</summary>
        public ObjectList With(ICosemObject target, AccessRights rights)
        {
            ObjectList copy = new ObjectList();
            for (int i = 0; i < _count; i++)
            {
                copy.Add(_objects[i], _rights[i]);
            }

            return copy.Add(target, rights);
        }

        /// <summary>
        /// The index of the object <paramref name="descriptor"/> addresses, or -1 with
        /// <paramref name="failure"/> object-undefined (no such logical name) or
        /// object-class-inconsistent (the name exists with another class id).
        /// </summary>
        public int Find(CosemDescriptor descriptor, out DataAccessResult failure)
        {
            if (descriptor == null)
            {
                throw new ArgumentNullException("descriptor");
            }

            for (int i = 0; i < _count; i++)
            {
                if (descriptor.HasLogicalName(_objects[i].LogicalName))
                {
                    failure = _objects[i].ClassId == descriptor.ClassId ? DataAccessResult.Success : DataAccessResult.ObjectClassInconsistent;
                    return failure == DataAccessResult.Success ? i : -1;
                }
            }

            failure = DataAccessResult.ObjectUndefined;
            return -1;
        }

        /// <summary>
        /// The object_list attribute value (Blue Book 4.4.4, version 1): array of
        /// { class_id long-unsigned, version unsigned, logical_name octet-string, access_rights }.
        /// </summary>
        public DlmsData Encode()
        {
            DlmsData[] elements = new DlmsData[_count];
            for (int i = 0; i < _count; i++)
            {
                ICosemObject target = _objects[i];
                elements[i] = DlmsData.Structure(
                    DlmsData.LongUnsigned(target.ClassId),
                    DlmsData.Unsigned(target.Version),
                    DlmsData.OctetString(target.LogicalName),
                    _rights[i].Encode());
            }

            return DlmsData.Array(elements);
        }

        private int IndexOfName(byte[] name)
        {
            for (int i = 0; i < _count; i++)
            {
                byte[] other = _objects[i].LogicalName;
                bool same = true;
                for (int j = 0; j < 6 && same; j++)
                {
                    same = other[j] == name[j];
                }

                if (same)
                {
                    return i;
                }
            }

            return -1;
        }

        private void CheckIndex(int index)
        {
            if (index < 0 || index >= _count)
            {
                throw new ArgumentOutOfRangeException("index");
            }
        }
    }
}
