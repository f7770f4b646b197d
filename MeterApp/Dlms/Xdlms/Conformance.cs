using System;

namespace Meter.Dlms.Xdlms
{
    /// <summary>The xDLMS conformance block (Green Book 9.4.6.1, Conformance ::= [APPLICATION 31]
    /// IMPLICIT BIT STRING (SIZE(24))). Bit n of the BIT STRING (n = 0 is the first, most significant
    /// bit) is the value 1 &lt;&lt; (23 - n) here, so the three content octets read as one big-endian number.</summary>
    [Flags]
    public enum Conformance
    {
        /// <summary>No service.</summary>
        None = 0,

        /// <summary>Bit 0, reserved-zero.</summary>
        ReservedZero = 0x800000,

        /// <summary>Bit 1, general-protection.</summary>
        GeneralProtection = 0x400000,

        /// <summary>Bit 2, general-block-transfer.</summary>
        GeneralBlockTransfer = 0x200000,

        /// <summary>Bit 3, read (SN referencing).</summary>
        Read = 0x100000,

        /// <summary>Bit 4, write (SN referencing).</summary>
        Write = 0x080000,

        /// <summary>Bit 5, unconfirmed-write (SN referencing).</summary>
        UnconfirmedWrite = 0x040000,

        /// <summary>Bit 6, delta-value-encoding (reserved-six in earlier editions).</summary>
        DeltaValueEncoding = 0x020000,

        /// <summary>Bit 7, reserved-seven.</summary>
        ReservedSeven = 0x010000,

        /// <summary>Bit 8, attribute0-supported-with-set.</summary>
        Attribute0SupportedWithSet = 0x008000,

        /// <summary>Bit 9, priority-mgmt-supported.</summary>
        PriorityMgmtSupported = 0x004000,

        /// <summary>Bit 10, attribute0-supported-with-get.</summary>
        Attribute0SupportedWithGet = 0x002000,

        /// <summary>Bit 11, block-transfer-with-get-or-read.</summary>
        BlockTransferWithGetOrRead = 0x001000,

        /// <summary>Bit 12, block-transfer-with-set-or-write.</summary>
        BlockTransferWithSetOrWrite = 0x000800,

        /// <summary>Bit 13, block-transfer-with-action.</summary>
        BlockTransferWithAction = 0x000400,

        /// <summary>Bit 14, multiple-references.</summary>
        MultipleReferences = 0x000200,

        /// <summary>Bit 15, information-report (SN referencing).</summary>
        InformationReport = 0x000100,

        /// <summary>Bit 16, data-notification.</summary>
        DataNotification = 0x000080,

        /// <summary>Bit 17, access.</summary>
        Access = 0x000040,

        /// <summary>Bit 18, parameterized-access (SN referencing).</summary>
        ParameterizedAccess = 0x000020,

        /// <summary>Bit 19, get.</summary>
        Get = 0x000010,

        /// <summary>Bit 20, set.</summary>
        Set = 0x000008,

        /// <summary>Bit 21, selective-access.</summary>
        SelectiveAccess = 0x000004,

        /// <summary>Bit 22, event-notification.</summary>
        EventNotification = 0x000002,

        /// <summary>Bit 23, action.</summary>
        Action = 0x000001,
    }
}
