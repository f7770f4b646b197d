namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The ACTION "with list" requests (Green Book ed. 9, 9.5): after the header, cosem-method-descriptor-list
    /// SEQUENCE OF Cosem-Method-Descriptor, then the parameters or their first block. The count is bounded by
    /// <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public abstract class MethodListApdu : XdlmsServiceApdu
    {
        private readonly CosemMethodDescriptor[] _methods;

        /// <summary><paramref name="methods"/> is copied.</summary>
        internal MethodListApdu(byte tag, byte choice, byte invokeIdAndPriority, CosemMethodDescriptor[] methods)
            : base(tag, choice, invokeIdAndPriority)
        {
            _methods = MethodDescriptorList.Copy(methods);
        }

        /// <summary>The number of methods invoked.</summary>
        public int Count
        {
            get { return _methods.Length; }
        }

        /// <summary>Method <paramref name="index"/> of the list.</summary>
        public CosemMethodDescriptor MethodAt(int index)
        {
            return _methods[index];
        }

        internal int ListSize
        {
            get { return MethodDescriptorList.Size(_methods); }
        }

        internal int WriteList(byte[] buffer, int position)
        {
            return MethodDescriptorList.Write(_methods, buffer, position);
        }
    }
}
