namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The Invoke-Id-And-Priority octet of GET/SET/ACTION (Green Book ed. 9, 9.5): bits 0-3 invoke id,
    /// bit 6 service class (1 = confirmed), bit 7 priority (1 = high); bits 4-5 are reserved and kept as received.
    /// </summary>
    public static class InvokeIdAndPriority
    {
        /// <summary>Builds the octet from its parts (invoke id 0..15).</summary>
        public static byte Make(int invokeId, bool confirmed, bool highPriority)
        {
            if (invokeId < 0 || invokeId > 15)
            {
                throw new System.ArgumentOutOfRangeException("invokeId");
            }

            return (byte)(invokeId | (confirmed ? 0x40 : 0) | (highPriority ? 0x80 : 0));
        }

        /// <summary>The invoke id (bits 0-3).</summary>
        public static int InvokeId(byte value)
        {
            return value & 0x0F;
        }

        /// <summary>True for a confirmed service (bit 6).</summary>
        public static bool IsConfirmed(byte value)
        {
            return (value & 0x40) != 0;
        }

        /// <summary>True for high priority (bit 7).</summary>
        public static bool IsHighPriority(byte value)
        {
            return (value & 0x80) != 0;
        }
    }
}
