namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The GET and SET "with list" APDUs (Green Book ed. 9, 9.5): after the header, a SEQUENCE OF
    /// Cosem-Attribute-Descriptor-With-Selection (descriptor, access-selection OPTIONAL), then what the
    /// type adds. The count is bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left
    /// before anything is allocated. Immutable.
    /// </summary>
    public abstract class AttributeListApdu : XdlmsServiceApdu
    {
        private readonly CosemAttributeDescriptor[] _attributes;
        private readonly SelectiveAccessDescriptor[] _access;

        /// <summary><paramref name="access"/> has the length of <paramref name="attributes"/> (null entries for none) or is null; both are copied.</summary>
        internal AttributeListApdu(byte tag, byte choice, byte invokeIdAndPriority, CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access)
            : base(tag, choice, invokeIdAndPriority)
        {
            AttributeSelectionList.Copy(attributes, access, out _attributes, out _access);
        }

        /// <summary>The number of attributes in the list.</summary>
        public int Count
        {
            get { return _attributes.Length; }
        }

        /// <summary>Attribute <paramref name="index"/> of the list.</summary>
        public CosemAttributeDescriptor AttributeAt(int index)
        {
            return _attributes[index];
        }

        /// <summary>The selective access of item <paramref name="index"/>, or null.</summary>
        public SelectiveAccessDescriptor AccessAt(int index)
        {
            return _access[index];
        }

        internal int ListSize
        {
            get { return AttributeSelectionList.Size(_attributes, _access); }
        }

        internal int WriteList(byte[] buffer, int position)
        {
            return AttributeSelectionList.Write(_attributes, _access, buffer, position);
        }
    }
}
