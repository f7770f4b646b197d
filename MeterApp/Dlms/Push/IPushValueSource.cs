using Meter.Dlms.Axdr;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Where the push task reads the values of a push object list (the meter's object list, as
    /// a GET would read them). Called on the push task's thread.
    /// </summary>
    public interface IPushValueSource
    {
        /// <summary>
        /// The value of attribute <paramref name="attributeIndex"/> of the object
        /// <paramref name="classId"/> / <paramref name="logicalName"/> (6 bytes), or null when there
        /// is no such readable attribute. May throw; the push client pushes null-data in its place.
        /// </summary>
        DlmsData Read(ushort classId, byte[] logicalName, int attributeIndex);
    }
}
