using Meter.Hal.Virtual;
using Meter.Storage;
using Meter.Tests.Storage;

namespace Meter.Tests.Dlms
{
    /// <summary>Flash-level helpers for the persistent invocation counter tests.</summary>
    internal static class CounterStoreKit
    {
        /// <summary>Writes a raw counter value (8 bytes little-endian, as PersistentCounter stores it).</summary>
        public static void Put(RecordStore store, ushort key, long value)
        {
            byte[] data = new byte[8];
            for (int i = 0; i < 8; i++)
            {
                data[i] = (byte)(value >> (8 * i));
            }

            store.Write(key, data, 0, 8);
        }

        /// <summary>
        /// Flips a bit in the payload of the newest counter record of <paramref name="key"/> after
        /// another record was written behind it (so it is bit rot, not a torn tail) and remounts.
        /// </summary>
        public static RecordStore CorruptNewest(VirtualFlash flash, ushort key)
        {
            RecordStore store = StoreTestKit.Mounted(flash);
            store.Write(0xF000, new byte[40], 0, 40);
            byte[] image = flash.GetImage();
            int found = -1;
            long newest = -1;
            for (int i = 0; i + 24 <= image.Length; i += 4)
            {
                if (image[i] == (byte)key && image[i + 1] == (byte)(key >> 8) && image[i + 2] == 8 && image[i + 3] == 0)
                {
                    uint sequence = (uint)(image[i + 4] | (image[i + 5] << 8) | (image[i + 6] << 16) | (image[i + 7] << 24));
                    if (sequence > newest)
                    {
                        newest = sequence;
                        found = i;
                    }
                }
            }

            image[found + 16 + 7] ^= 0x01;
            flash.LoadImage(image);
            return StoreTestKit.Mounted(flash);
        }
    }
}
