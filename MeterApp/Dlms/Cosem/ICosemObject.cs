using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// One COSEM interface object (IEC 62056-6-2 / Blue Book 4.1): its class, version and logical
    /// name, and the GET/SET/ACTION entry points the server's service dispatch calls once it has
    /// checked the association's access rights. Implementations never throw on client data: a bad
    /// value is a <see cref="DataAccessResult"/> or <see cref="ActionResult"/>.
    /// <para>
    /// Attribute 1 (logical_name) is answered by every implementation. Attributes and methods are
    /// numbered from 1 as in the Blue Book; an index outside 1..count is
    /// <see cref="DataAccessResult.ObjectUndefined"/> / <see cref="ActionResult.ObjectUndefined"/>.
    /// </para>
    /// </summary>
    public interface ICosemObject
    {
        /// <summary>The interface class id (e.g. 3 for Register).</summary>
        ushort ClassId { get; }

        /// <summary>The interface class version this object implements.</summary>
        byte Version { get; }

        /// <summary>The 6-byte logical name (OBIS code). Shared: callers must not modify it.</summary>
        byte[] LogicalName { get; }

        /// <summary>Number of attributes of the class version, logical_name included.</summary>
        int AttributeCount { get; }

        /// <summary>Number of methods of the class version (0 when it has none).</summary>
        int MethodCount { get; }

        /// <summary>Reads attribute <paramref name="attribute"/>; <paramref name="access"/> is the selective access or null.</summary>
        DataAccessResult Get(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, out DlmsData value);

        /// <summary>Writes attribute <paramref name="attribute"/>; type or range errors come back as a result, never an exception.</summary>
        DataAccessResult Set(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, DlmsData value);

        /// <summary>Invokes method <paramref name="method"/> with its parameters (null when absent); <paramref name="returned"/> is the return parameters or null.</summary>
        ActionResult Invoke(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned);
    }
}
