using Meter.Hal.Crypto.Keys;

namespace Meter.Security
{
    /// <summary>
    /// Key-store slots of the DLMS suite 0 symmetric keys (Green Book ed. 9, 9.2.7.3 / Blue Book
    /// 4.4.7 key_id): provisioned at the factory (or on the virtual meter's first start), replaced
    /// through security setup global_key_transfer wrapped under the master key. Slot numbers are
    /// stored: never renumber.
    /// </summary>
    public static class DlmsKeySlots
    {
        /// <summary>Global unicast encryption key (key_id 0).</summary>
        public const ushort GlobalUnicast = 8;

        /// <summary>Global broadcast encryption key (key_id 1).</summary>
        public const ushort GlobalBroadcast = 9;

        /// <summary>Authentication key (key_id 2).</summary>
        public const ushort Authentication = 10;

        /// <summary>Master key, the KEK (key_id 3).</summary>
        public const ushort MasterKek = 11;

        /// <summary>The slot of a global_key_transfer key_id (0..3), or 0 for an unknown id.</summary>
        public static ushort SlotOf(int keyId)
        {
            switch (keyId)
            {
                case 0: return GlobalUnicast;
                case 1: return GlobalBroadcast;
                case 2: return Authentication;
                case 3: return MasterKek;
                default: return 0;
            }
        }

        /// <summary>What the key in <paramref name="slot"/> may do (one key, one purpose).</summary>
        public static KeyUsage UsageOf(ushort slot)
        {
            switch (slot)
            {
                case Authentication: return KeyUsage.Authentication;
                case MasterKek: return KeyUsage.KeyWrap;
                default: return KeyUsage.Encryption;
            }
        }
    }
}
