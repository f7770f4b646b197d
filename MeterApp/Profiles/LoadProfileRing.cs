using System;
using Meter.Storage;

namespace Meter.Profiles
{
    /// <summary>
    /// The load profile's persistent buffer: a FIFO of <see cref="Capacity"/> captures in the
    /// record store, capture n in slot n mod Capacity (keys from
    /// <see cref="RecordKeys.LoadProfileFirstSlot"/>), so each capture is one record write and
    /// the ring needs no head or tail record: on start it reads its slots back and continues
    /// after the highest sequence found. A slot that is corrupt or unreadable is left out; if it
    /// held the newest capture, that capture is lost and its slot written again by the next one.
    /// <para>
    /// <see cref="Clear"/> is one write of <see cref="RecordKeys.LoadProfileClearMarker"/>
    /// holding the newest sequence it hides, so a power cut cannot half-clear the ring. Hidden
    /// captures stay in their slots until overwritten and <see cref="Last"/> still returns the
    /// newest one, so registers and capture times continue from it after a reset.
    /// </para>
    /// <para>
    /// RAM: the store indexes each slot (about 13 bytes per key) and the ring keeps a few fields;
    /// the default 960 slots (ten days of 15-minute captures) take about 12 KB of index and 60 KB
    /// of flash. A change of capacity between boots leaves the captures whose slot no longer
    /// matches out of the ring.
    /// </para>
    /// Thread-safe.
    /// </summary>
    public sealed class LoadProfileRing
    {
        /// <summary>Ten days of 15-minute captures.</summary>
        public const int DefaultCapacity = 960;

        private readonly object _sync = new object();
        private readonly RecordStore _store;
        private readonly int _capacity;
        private readonly byte[] _buffer;
        private uint _lastSequence;
        private uint _clearedThrough;
        private LoadProfileEntry _last;

        /// <summary>The ring of a mounted store with <see cref="DefaultCapacity"/> slots.</summary>
        public LoadProfileRing(RecordStore store)
            : this(store, DefaultCapacity)
        {
        }

        /// <summary>The ring of a mounted store with <paramref name="capacity"/> slots; reads back what they hold.</summary>
        /// <exception cref="ArgumentOutOfRangeException">More slots than <see cref="RecordKeys.LoadProfileMaxSlots"/>.</exception>
        /// <exception cref="InvalidOperationException">Another owner of this store holds some of the keys.</exception>
        public LoadProfileRing(RecordStore store, int capacity)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (capacity < 1 || capacity > RecordKeys.LoadProfileMaxSlots)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _store = store;
            _capacity = capacity;
            _buffer = new byte[store.MaxPayloadLength > LoadProfileRecordFormat.Size ? store.MaxPayloadLength : LoadProfileRecordFormat.Size];
            store.Claim(RecordKeys.LoadProfileFirst, capacity + 1, "load profile");
            Load();
        }

        /// <summary>profile_entries: captures held before the oldest is overwritten.</summary>
        public int Capacity
        {
            get { return _capacity; }
        }

        /// <summary>entries_in_use: captures visible now.</summary>
        public int Count
        {
            get
            {
                lock (_sync)
                {
                    uint oldest = OldestVisible();
                    return _lastSequence >= oldest ? (int)(_lastSequence - oldest + 1) : 0;
                }
            }
        }

        /// <summary>The newest capture ever stored and still readable, also when a reset hid it; null when none.</summary>
        public LoadProfileEntry Last
        {
            get { lock (_sync) { return _last; } }
        }

        /// <summary>The store refuses writes: no capture can be added.</summary>
        public bool IsReadOnly
        {
            get { return _store.IsReadOnly; }
        }

        /// <summary>
        /// Copies the visible captures <paramref name="first"/> .. first + count - 1 (0 = oldest)
        /// into <paramref name="entries"/> from index 0, as one consistent view; returns how many
        /// were copied (captures past the newest, or whose slot cannot be read, are left out).
        /// </summary>
        public int Read(int first, int count, LoadProfileEntry[] entries)
        {
            if (entries == null)
            {
                throw new ArgumentNullException("entries");
            }

            if (first < 0 || count < 0 || count > entries.Length)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            lock (_sync)
            {
                uint oldest = OldestVisible();
                long end = (long)oldest + first + count - 1;
                if (end > _lastSequence)
                {
                    end = _lastSequence;
                }

                int copied = 0;
                for (long sequence = (long)oldest + first; sequence <= end; sequence++)
                {
                    LoadProfileEntry entry = ReadSlot((uint)sequence);
                    if (entry != null)
                    {
                        entries[copied++] = entry;
                    }
                }

                return copied;
            }
        }

        /// <summary>
        /// Stores a capture as the newest entry and returns it once durable. Store exceptions
        /// (full, read-only, power cut) pass through; the ring is then unchanged.
        /// </summary>
        public LoadProfileEntry Append(DateTime timestamp, byte status, long activeImport, long activeExport, long reactiveImport, long reactiveExport)
        {
            lock (_sync)
            {
                uint sequence = _lastSequence + 1;
                LoadProfileEntry entry = new LoadProfileEntry(sequence, timestamp, status, activeImport, activeExport, reactiveImport, reactiveExport);
                LoadProfileRecordFormat.Encode(_buffer, entry);
                _store.Write(SlotKey(sequence), _buffer, 0, LoadProfileRecordFormat.Size);
                _lastSequence = sequence;
                _last = entry;
                return entry;
            }
        }

        /// <summary>Hides every capture (method reset); one durable write. Store exceptions pass through.</summary>
        public void Clear()
        {
            lock (_sync)
            {
                LittleEndian.WriteUInt32(_buffer, 0, _lastSequence);
                _store.Write(RecordKeys.LoadProfileClearMarker, _buffer, 0, 4);
                _clearedThrough = _lastSequence;
            }
        }

        private ushort SlotKey(uint sequence)
        {
            return (ushort)(RecordKeys.LoadProfileFirstSlot + (int)(sequence % (uint)_capacity));
        }

        private uint OldestVisible()
        {
            uint windowStart = _lastSequence >= (uint)_capacity ? _lastSequence - (uint)_capacity + 1 : 1;
            return _clearedThrough + 1 > windowStart ? _clearedThrough + 1 : windowStart;
        }

        // The capture with this sequence, or null when its slot holds another one or cannot be read.
        private LoadProfileEntry ReadSlot(uint sequence)
        {
            int length;
            try
            {
                length = _store.Read(SlotKey(sequence), _buffer, 0);
            }
            catch (StoreCorruptException)
            {
                return null;
            }

            LoadProfileEntry entry = LoadProfileRecordFormat.Decode(_buffer, length);
            return entry != null && entry.Sequence == sequence ? entry : null;
        }

        private void Load()
        {
            for (int slot = 0; slot < _capacity; slot++)
            {
                int length;
                try
                {
                    length = _store.Read((ushort)(RecordKeys.LoadProfileFirstSlot + slot), _buffer, 0);
                }
                catch (StoreCorruptException)
                {
                    continue;
                }

                LoadProfileEntry entry = LoadProfileRecordFormat.Decode(_buffer, length);
                if (entry != null && entry.Sequence != 0 && entry.Sequence % (uint)_capacity == (uint)slot && entry.Sequence > _lastSequence)
                {
                    _lastSequence = entry.Sequence;
                    _last = entry;
                }
            }

            int markerLength;
            try
            {
                markerLength = _store.Read(RecordKeys.LoadProfileClearMarker, _buffer, 0);
            }
            catch (StoreCorruptException)
            {
                // A lost marker shows the hidden captures again rather than guess what it hid.
                markerLength = -1;
            }

            if (markerLength == 4)
            {
                // The marker may name a newest capture whose slot was lost: never hand its sequence out again.
                _clearedThrough = LittleEndian.ReadUInt32(_buffer, 0);
                if (_clearedThrough > _lastSequence)
                {
                    _lastSequence = _clearedThrough;
                }
            }
        }
    }
}
