using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// SEQUENCE OF Cosem-Method-Descriptor (Green Book ed. 9, 9.5) of the ACTION with-list requests;
    /// the count is bounded before anything is allocated.
    /// </summary>
    internal static class MethodDescriptorList
    {
        /// <summary>Checks and copies a caller's list (no null entries, at most <see cref="XdlmsLimits.MaxListItems"/>).</summary>
        internal static CosemMethodDescriptor[] Copy(CosemMethodDescriptor[] methods)
        {
            CosemMethodDescriptor[] copy = new CosemMethodDescriptor[XdlmsCodec.CheckList(methods, "methods", true)];
            System.Array.Copy(methods, copy, copy.Length);
            return copy;
        }

        internal static int Size(CosemMethodDescriptor[] methods)
        {
            return AxdrLength.Size(methods.Length) + methods.Length * CosemMethodDescriptor.Size;
        }

        internal static XdlmsResult Read(byte[] buffer, ref int position, int end, out CosemMethodDescriptor[] methods)
        {
            methods = null;
            int items;
            XdlmsResult result = XdlmsCodec.ReadCount(buffer, ref position, end, CosemMethodDescriptor.Size, out items);
            if (result != XdlmsResult.Ok)
            {
                return result;
            }

            CosemMethodDescriptor[] read = new CosemMethodDescriptor[items];
            for (int i = 0; i < items; i++)
            {
                result = CosemMethodDescriptor.Read(buffer, ref position, end, out read[i]);
                if (result != XdlmsResult.Ok)
                {
                    return result;
                }
            }

            methods = read;
            return XdlmsResult.Ok;
        }

        internal static int Write(CosemMethodDescriptor[] methods, byte[] buffer, int position)
        {
            position += AxdrLength.Write(buffer, position, buffer.Length - position, methods.Length);
            for (int i = 0; i < methods.Length; i++)
            {
                position = methods[i].Write(buffer, position);
            }

            return position;
        }
    }
}
