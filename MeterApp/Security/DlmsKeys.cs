using System;
using Meter.Events;
using Meter.Hal.Crypto.Keys;
using Meter.Storage;

namespace Meter.Security
{
    /// <summary>
    /// The meter's DLMS suite 0 identity and keys: at first start it provisions them as a factory
    /// does (system title, then EK, broadcast key, AK and KEK generated in the key store from the
    /// meter's DRBG, then the head-end's copy shipped), and later boots open them.
    /// <para>
    /// Provisioning is one transaction whose commit is the identity record
    /// (<see cref="DlmsIdentityRecord"/>), written only after the shipment was delivered. Without
    /// it the meter is unprovisioned: key slots left by an interrupted attempt were never shipped,
    /// so no one holds a copy and they are erased and generated again. With it, a damaged or
    /// missing key is logged (<see cref="EventCode.NvMemoryError"/>) and left alone, as
    /// <see cref="DeviceKeys"/> does: the head-end holds the shipped keys, and silently making new
    /// ones would cut it off without anyone knowing why.
    /// </para>
    /// </summary>
    public sealed class DlmsKeys
    {
        // Indexed by security setup key_id (Blue Book 4.4.7): 0 unicast EK, 1 broadcast, 2 AK, 3 KEK.
        private const int KeyCount = 4;

        private readonly KeyHandle[] _keys = new KeyHandle[KeyCount];
        private readonly bool[] _damaged = new bool[KeyCount];

        private DlmsKeys()
        {
        }

        /// <summary>The meter's identity (its system title); null while unprovisioned or if the record is damaged.</summary>
        public DlmsIdentity Identity { get; private set; }

        /// <summary>True if the identity record exists but cannot be read: DLMS security stays off until the meter is re-provisioned.</summary>
        public bool IsIdentityDamaged { get; private set; }

        /// <summary>True if this boot generated the keys and delivered their shipment.</summary>
        public bool GeneratedThisBoot { get; private set; }

        /// <summary>True when the identity, the EK, the AK and the KEK are all usable.</summary>
        public bool IsReady
        {
            get { return Identity != null && _keys[0] != null && _keys[2] != null && _keys[3] != null; }
        }

        /// <summary>
        /// Opens the DLMS identity and keys, provisioning them first when the meter has none, the
        /// store is <paramref name="writable"/> and a <paramref name="station"/> is attached (it
        /// assigns the identity and receives the shipment; null where there is none, such as a
        /// device in the field: an unprovisioned meter then stays so). Records what it did in
        /// <paramref name="events"/>.
        /// </summary>
        public static DlmsKeys Provision(KeyStore keys, RecordStore records, IEventRecorder events, bool writable, FactoryStation station)
        {
            if (keys == null || records == null || events == null)
            {
                throw new ArgumentNullException(keys == null ? "keys" : records == null ? "records" : "events");
            }

            DlmsKeys result = new DlmsKeys();
            bool identityDamaged;
            DlmsIdentity identity = DlmsIdentityRecord.Read(records, out identityDamaged);
            if (identity != null || identityDamaged)
            {
                result.Identity = identity;
                result.IsIdentityDamaged = identityDamaged;
                if (identityDamaged)
                {
                    events.Record(EventCode.NvMemoryError, "DLMS identity record damaged");
                }

                result.OpenAll(keys, events);
            }
            else if (writable && station != null)
            {
                result.Generate(keys, records, events, station);
            }

            return result;
        }

        /// <summary>The key in a DLMS slot (<see cref="DlmsKeySlots"/>), or null if missing, damaged or unprovisioned.</summary>
        public KeyHandle Get(ushort slot)
        {
            int keyId = KeyIdOf(slot);
            return keyId < 0 ? null : _keys[keyId];
        }

        /// <summary>True if the slot's record exists but does not open.</summary>
        public bool IsDamaged(ushort slot)
        {
            int keyId = KeyIdOf(slot);
            return keyId >= 0 && _damaged[keyId];
        }

        private void OpenAll(KeyStore keys, IEventRecorder events)
        {
            for (int keyId = 0; keyId < KeyCount; keyId++)
            {
                ushort slot = DlmsKeySlots.SlotOf(keyId);
                bool damaged;
                _keys[keyId] = keys.Open(slot, out damaged);
                _damaged[keyId] = damaged;
                if (damaged)
                {
                    events.Record(EventCode.NvMemoryError, "DLMS key slot " + slot.ToString() + " damaged");
                }
                else if (_keys[keyId] == null)
                {
                    events.Record(EventCode.NvMemoryError, "DLMS key slot " + slot.ToString() + " missing");
                }
            }
        }

        private void Generate(KeyStore keys, RecordStore records, IEventRecorder events, FactoryStation station)
        {
            bool interrupted = false;
            for (int keyId = 0; keyId < KeyCount; keyId++)
            {
                ushort slot = DlmsKeySlots.SlotOf(keyId);
                if (keys.IsOccupied(slot))
                {
                    keys.Erase(slot);
                    interrupted = true;
                }
            }

            byte[] title = new byte[DlmsIdentity.SystemTitleLength];
            station.Identity.CopySystemTitle(title, 0);
            ShipmentFile shipment = new ShipmentFile(title, 0, station.LogicalDevice, station.ClientSap);
            byte[] copy = new byte[ShipmentFile.KeyLength];
            byte[] text = null;
            bool delivered;
            try
            {
                for (int keyId = 0; keyId < KeyCount; keyId++)
                {
                    ushort slot = DlmsKeySlots.SlotOf(keyId);
                    _keys[keyId] = keys.GenerateForShipment(slot, KeyType.Aes128, DlmsKeySlots.UsageOf(slot), copy, 0);
                    shipment.SetKey(keyId, copy, 0);
                    Array.Clear(copy, 0, copy.Length);
                }

                text = new byte[shipment.EncodedLength];
                int length = shipment.Encode(text, 0, text.Length);
                delivered = station.Sink.Deliver(text, 0, length);
            }
            finally
            {
                Array.Clear(copy, 0, copy.Length);
                shipment.Clear();
                if (text != null)
                {
                    Array.Clear(text, 0, text.Length);
                }
            }

            if (!delivered)
            {
                // Keys no one holds are worthless: drop them now; the next start tries again.
                for (int keyId = 0; keyId < KeyCount; keyId++)
                {
                    keys.Destroy(_keys[keyId]);
                    _keys[keyId] = null;
                }

                events.Record(EventCode.NvMemoryError, "DLMS shipment not delivered: keys not provisioned");
                return;
            }

            DlmsIdentityRecord.Write(records, station.Identity);
            Identity = station.Identity;
            GeneratedThisBoot = true;
            events.Record(EventCode.DeviceKeysGenerated, "DLMS keys, system title " + station.Identity.SystemTitleHex + (interrupted ? ", after an interrupted attempt" : string.Empty));
        }

        private static int KeyIdOf(ushort slot)
        {
            for (int keyId = 0; keyId < KeyCount; keyId++)
            {
                if (DlmsKeySlots.SlotOf(keyId) == slot)
                {
                    return keyId;
                }
            }

            return -1;
        }
    }
}
