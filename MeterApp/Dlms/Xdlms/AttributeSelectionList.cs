using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// SEQUENCE OF Cosem-Attribute-Descriptor-With-Selection (Green Book ed. 9, 9.5): each item a
    /// descriptor and an OPTIONAL Selective-Access-Descriptor. Shared by GET and SET with-list requests;
    /// the count is bounded before anything is allocated.
    /// </summary>
    internal static class AttributeSelectionList
    {
        // Smallest item: a descriptor and the 00 "no selective access" flag.
        private const int MinItemSize = CosemAttributeDescriptor.Size + 1;

        /// <summary>
        /// Checks and copies a caller's list: <paramref name="access"/> has the same length as
        /// <paramref name="attributes"/> (null entries for no selective access) or is null for none at all.
        /// </summary>
        internal static void Copy(CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access, out CosemAttributeDescriptor[] attributesCopy, out SelectiveAccessDescriptor[] accessCopy)
        {
            XdlmsCodec.CheckList(attributes, "attributes", false);
            if (access != null && access.Length != attributes.Length)
            {
                throw new System.ArgumentOutOfRangeException("attributes");
            }

            attributesCopy = new CosemAttributeDescriptor[attributes.Length];
            accessCopy = new SelectiveAccessDescriptor[attributes.Length];
            for (int i = 0; i < attributes.Length; i++)
            {
                if (attributes[i] == null)
                {
                    throw new System.ArgumentNullException("attributes");
                }

                attributesCopy[i] = attributes[i];
                accessCopy[i] = access == null ? null : access[i];
            }
        }

        internal static int Size(CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access)
        {
            int size = AxdrLength.Size(attributes.Length);
            for (int i = 0; i < attributes.Length; i++)
            {
                size += CosemAttributeDescriptor.Size + SelectiveAccessDescriptor.OptionalSize(access[i]);
            }

            return size;
        }

        internal static XdlmsResult Read(AxdrDecoder decoder, byte[] buffer, ref int position, int end, out CosemAttributeDescriptor[] attributes, out SelectiveAccessDescriptor[] access)
        {
            attributes = null;
            access = null;
            int items;
            XdlmsResult result = XdlmsCodec.ReadCount(buffer, ref position, end, MinItemSize, out items);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            CosemAttributeDescriptor[] readAttributes = new CosemAttributeDescriptor[items];
            SelectiveAccessDescriptor[] readAccess = new SelectiveAccessDescriptor[items];
            for (int i = 0; i < items; i++)
            {
                result = CosemAttributeDescriptor.Read(buffer, ref position, end, out readAttributes[i]);
                if (result != XdlmsResult.Ok)
                {
                    return result;
                }

                result = SelectiveAccessDescriptor.ReadOptional(decoder, buffer, ref position, end, out readAccess[i]);
                if (result != XdlmsResult.Ok)
                {
                    return result;
                }
            }

            attributes = readAttributes;
            access = readAccess;
            return XdlmsResult.Ok;
        }

        internal static int Write(CosemAttributeDescriptor[] attributes, SelectiveAccessDescriptor[] access, byte[] buffer, int position)
        {
            position += AxdrLength.Write(buffer, position, buffer.Length - position, attributes.Length);
            for (int i = 0; i < attributes.Length; i++)
            {
                position = attributes[i].Write(buffer, position);
                position = SelectiveAccessDescriptor.WriteOptional(access[i], buffer, position);
            }

            return position;
        }
    }
}
