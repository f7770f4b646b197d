using Meter.Dlms.Cosem;
using Meter.Dlms.Server;

namespace Meter.Boot
{
    /// <summary>
    /// Who sees what (IEC 62056-5-3 4.4, per-association object lists): the public client (SAP 16)
    /// reads the identification objects, the clock and the invocation counter, and nothing else;
    /// the management client (SAP 1) reads everything, sets the clock and the push setups, and
    /// invokes the security setup and profile methods. Every right of SAP 1 is an "authenticated"
    /// mode: its association already demands authenticated and encrypted APDUs, and the rights say so too.
    /// </summary>
    public static class DlmsAccessPlan
    {
        /// <summary>Attribute 2 of a profile generic (buffer) allows range (1) and entry (2) selective access.</summary>
        private static readonly byte[] ProfileSelectors = new byte[] { 1, 2 };

        /// <summary>The public client's list: <paramref name="identification"/> read-only.</summary>
        public static ObjectList PublicClient(ICosemObject[] identification)
        {
            ObjectList list = new ObjectList();
            for (int i = 0; i < identification.Length; i++)
            {
                list.Add(identification[i], AccessRights.ReadOnly(identification[i]));
            }

            return list;
        }

        /// <summary>The management client's list over every object of the meter.</summary>
        public static ObjectList ManagementClient(ICosemObject[] objects)
        {
            ObjectList list = new ObjectList();
            for (int i = 0; i < objects.Length; i++)
            {
                list.Add(objects[i], ManagementRights(objects[i]));
            }

            return list;
        }

        private static AccessRights ManagementRights(ICosemObject target)
        {
            switch (target.ClassId)
            {
                case 7:
                    // Profile generic: read with selective access, capture on demand; reset is a
                    // billing-data wipe and stays off the air.
                    return AccessRights.Uniform(target, AttributeAccess.AuthenticatedRead, MethodAccess.NoAccess)
                        .SetAttribute(2, AttributeAccess.AuthenticatedRead, ProfileSelectors)
                        .SetMethod(2, MethodAccess.AuthenticatedAccess);
                case 8:
                    // Clock: time (2) is settable, the adjust methods are allowed.
                    return AccessRights.Uniform(target, AttributeAccess.AuthenticatedRead, MethodAccess.AuthenticatedAccess)
                        .SetAttribute(2, AttributeAccess.AuthenticatedReadWrite);
                case 40:
                    // Push setup: configurable (the logical name is not), push on demand.
                    return AccessRights.Uniform(target, AttributeAccess.AuthenticatedReadWrite, MethodAccess.AuthenticatedAccess)
                        .SetAttribute(1, AttributeAccess.AuthenticatedRead);
                case 64:
                    // Security setup: attributes read-only by class definition; security_activate and global_key_transfer.
                    return AccessRights.Uniform(target, AttributeAccess.AuthenticatedRead, MethodAccess.AuthenticatedAccess);
                default:
                    // Data, registers: read-only (energy registers are not resettable).
                    return AccessRights.Uniform(target, AttributeAccess.AuthenticatedRead, MethodAccess.NoAccess);
            }
        }
    }
}
