using Meter.Storage;

namespace Meter.Security
{
    /// <summary>
    /// The meter's DLMS identity in the record store at <see cref="RecordKeys.DlmsIdentity"/>:
    /// <code>version(1) = 1 || system title(8)</code>
    /// Written once, as the last step of provisioning: its presence says the keys were generated
    /// and their shipment delivered (<see cref="DlmsKeys"/>).
    /// </summary>
    public static class DlmsIdentityRecord
    {
        public const byte Version = 1;

        public const int Length = 1 + DlmsIdentity.SystemTitleLength;

        /// <summary>
        /// Reads the stored identity. Returns null with <paramref name="damaged"/> false when
        /// there is none, null with <paramref name="damaged"/> true when a record exists but is
        /// corrupt or not one of ours.
        /// </summary>
        public static DlmsIdentity Read(RecordStore store, out bool damaged)
        {
            damaged = false;
            if (store.IsCorrupt(RecordKeys.DlmsIdentity))
            {
                damaged = true;
                return null;
            }

            if (!store.Contains(RecordKeys.DlmsIdentity))
            {
                return null;
            }

            byte[] record = new byte[store.MaxPayloadLength];
            int length;
            try
            {
                length = store.Read(RecordKeys.DlmsIdentity, record, 0);
            }
            catch (StoreCorruptException)
            {
                damaged = true;
                return null;
            }

            DlmsIdentity identity = length == Length && record[0] == Version ? DlmsIdentity.FromSystemTitle(record, 1) : null;
            damaged = identity == null;
            return identity;
        }

        /// <summary>Stores <paramref name="identity"/> (durable when it returns).</summary>
        public static void Write(RecordStore store, DlmsIdentity identity)
        {
            byte[] record = new byte[Length];
            record[0] = Version;
            identity.CopySystemTitle(record, 1);
            store.Write(RecordKeys.DlmsIdentity, record, 0, Length);
        }
    }
}
