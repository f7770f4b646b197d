using Meter.Hal.Virtual;
using Meter.Storage;

namespace Meter.Tests.Storage
{
    /// <summary>Small helpers shared by the record store tests.</summary>
    public static class StoreTestKit
    {
        /// <summary>
        /// True on the host. The nanoclr interpreter is orders of magnitude slower, so the long
        /// proofs run a shorter window there (<see cref="Scaled"/>) and skip the assertions that
        /// only hold for the full window; the host run in CI covers the full window.
        /// </summary>
        public static bool FullScale
        {
            get
            {
#if NANOFRAMEWORK_1_0
                return false;
#else
                return true;
#endif
            }
        }

        public static int Scaled(int hostCount, int deviceCount)
        {
            return FullScale ? hostCount : deviceCount;
        }

        public static RecordStore Mounted(VirtualFlash flash)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return store;
        }

        /// <summary>A payload whose every byte depends on the key, the version and the position.</summary>
        public static byte[] Payload(ushort key, int version, int length)
        {
            byte[] data = new byte[length];
            for (int i = 0; i < length; i++)
            {
                data[i] = (byte)((key * 7) + (version * 31) + (i * 13) + (version >> 8));
            }

            if (length >= 4)
            {
                data[0] = (byte)version;
                data[1] = (byte)(version >> 8);
                data[2] = (byte)(version >> 16);
                data[3] = (byte)key;
            }

            return data;
        }

        public static void Write(RecordStore store, ushort key, byte[] data)
        {
            store.Write(key, data, 0, data.Length);
        }

        /// <summary>The value of a key, or null if absent.</summary>
        public static byte[] Read(RecordStore store, ushort key)
        {
            byte[] buffer = new byte[store.MaxPayloadLength];
            int length = store.Read(key, buffer, 0);
            if (length < 0)
            {
                return null;
            }

            byte[] value = new byte[length];
            System.Array.Copy(buffer, value, length);
            return value;
        }

        public static bool SameBytes(byte[] a, byte[] b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
