using System;
using Meter.Hal.Clock;
using Meter.Storage;

namespace Meter.Events
{
    /// <summary>
    /// A bounded, persistent event log (IDIS profile-generic style: FIFO, oldest evicted first),
    /// kept in the record store as a ring of <see cref="Capacity"/> slots. Event n goes to slot
    /// n mod Capacity, so each append is one record write and the ring's head and tail need no
    /// record of their own: on start the log reads its slots back and continues after the highest
    /// sequence. Sequences are never reused, also not across <see cref="Clear"/> or a restart.
    /// <para>
    /// <see cref="Clear"/> records <see cref="EventCode.EventLogCleared"/>, and that one entry is
    /// the clear: entries older than the newest "cleared" entry are hidden. Clearing is thus a
    /// single write, so a power cut can neither empty the log without the 255 entry nor leave a
    /// 255 entry with the old entries hidden only in part.
    /// </para>
    /// <para>
    /// A slot whose record is corrupt (<see cref="RecordStore.IsCorrupt"/>) cannot be read, but it
    /// may have held the newest entry: the log then continues after the highest sequence it could
    /// have held, so no sequence is ever handed out twice, and records one
    /// <see cref="EventCode.NvMemoryError"/> entry when it opens (unless the store is read-only).
    /// </para>
    /// Thread-safe.
    /// </summary>
    public sealed class EventLog
    {
        public const int DefaultCapacity = 100;

        private const int Absent = -1;
        private const int Corrupt = -2;

        private readonly object _sync = new object();
        private readonly RecordStore _store;
        private readonly IRealTimeClock _clock;
        private readonly ushort _firstSlotKey;
        private readonly int _capacity;
        private readonly uint[] _slotSequences;
        private readonly byte[] _buffer;
        private uint _lastSequence;
        private uint _visibleFrom;
        private int _count;

        /// <summary>The IDIS standard event log with <see cref="DefaultCapacity"/> entries.</summary>
        public EventLog(RecordStore store, IRealTimeClock clock)
            : this(store, clock, RecordKeys.StandardEventLogFirstSlot, DefaultCapacity)
        {
        }

        /// <summary>
        /// A log in the slots <paramref name="firstSlotKey"/> .. firstSlotKey + capacity - 1 of a
        /// mounted store; reads back what the slots hold. <paramref name="firstSlotKey"/> is the
        /// start of one of the event-log blocks of <see cref="RecordKeys"/>
        /// (<see cref="RecordKeys.StandardEventLogFirstSlot"/>, <see cref="RecordKeys.FraudDetectionLogFirstSlot"/>, ...).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The slots are not within one event-log block.</exception>
        /// <exception cref="InvalidOperationException">Another event log or counter of this store owns some of the slots.</exception>
        public EventLog(RecordStore store, IRealTimeClock clock, ushort firstSlotKey, int capacity)
        {
            if (store == null)
            {
                throw new ArgumentNullException("store");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            // Each log owns one block of RecordKeys' event-log range, so no log can overwrite a
            // counter or another log's slots.
            if (firstSlotKey < RecordKeys.EventLogsFirst || firstSlotKey > RecordKeys.EventLogsLast
                || (firstSlotKey - RecordKeys.EventLogsFirst) % RecordKeys.EventLogMaxSlots != 0)
            {
                throw new ArgumentOutOfRangeException("firstSlotKey", "an event log starts at the first key of one of the RecordKeys event-log blocks");
            }

            if (capacity < 1 || capacity > RecordKeys.EventLogMaxSlots)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _store = store;
            _clock = clock;
            _firstSlotKey = firstSlotKey;
            _capacity = capacity;
            _slotSequences = new uint[capacity];
            _buffer = new byte[store.MaxPayloadLength > EventRecordFormat.MaxSize ? store.MaxPayloadLength : EventRecordFormat.MaxSize];
            store.Claim(firstSlotKey, capacity, "event log");
            Load();
        }

        public int Capacity
        {
            get { return _capacity; }
        }

        /// <summary>Entries readable now (at most <see cref="Capacity"/>).</summary>
        public int Count
        {
            get { lock (_sync) { return _count; } }
        }

        /// <summary>Sequence of the newest entry, 0 if the log has never held one.</summary>
        public uint LastSequence
        {
            get { lock (_sync) { return _lastSequence; } }
        }

        /// <summary>
        /// Appends an event stamped with the clock's UTC time and returns its sequence number once
        /// it is durable. Details are cut to <see cref="MeterEvent.MaxDetailsLength"/> printable
        /// ASCII characters.
        /// </summary>
        /// <exception cref="ArgumentException">The code is <see cref="EventCode.EventLogCleared"/>: use <see cref="Clear"/>.</exception>
        public uint Record(ushort code, string details)
        {
            if (code == EventCode.EventLogCleared)
            {
                throw new ArgumentException("event 255 is written by Clear() only", "code");
            }

            lock (_sync)
            {
                return Append(code, details);
            }
        }

        /// <summary>Empties the log; the emptied log holds one entry, <see cref="EventCode.EventLogCleared"/>.</summary>
        public void Clear()
        {
            lock (_sync)
            {
                uint sequence = Append(EventCode.EventLogCleared, string.Empty);
                _visibleFrom = sequence;
                _count = 1;
            }
        }

        /// <summary>Up to <paramref name="n"/> entries, newest first.</summary>
        public MeterEvent[] ReadLatest(int n)
        {
            lock (_sync)
            {
                int wanted = n < _count ? n : _count;
                if (wanted <= 0)
                {
                    return new MeterEvent[0];
                }

                MeterEvent[] found = new MeterEvent[wanted];
                int taken = 0;
                uint oldest = OldestVisible();
                for (uint s = _lastSequence; s >= oldest && s > 0 && taken < wanted; s--)
                {
                    MeterEvent entry = ReadSlot(s);
                    if (entry != null)
                    {
                        found[taken++] = entry;
                    }
                }

                if (taken == wanted)
                {
                    return found;
                }

                MeterEvent[] shorter = new MeterEvent[taken];
                Array.Copy(found, shorter, taken);
                return shorter;
            }
        }

        private uint Append(ushort code, string details)
        {
            uint sequence = _lastSequence + 1;
            int slot = (int)(sequence % (uint)_capacity);
            int length = EventRecordFormat.Encode(_buffer, sequence, code, _clock.UtcNow.Ticks, details);
            _store.Write((ushort)(_firstSlotKey + slot), _buffer, 0, length);

            // Durable from here on. The entry leaving the window, if any, is the one this slot held.
            uint evicted = _slotSequences[slot];
            if (evicted == 0 || evicted < OldestVisible())
            {
                _count++;
            }

            _slotSequences[slot] = sequence;
            _lastSequence = sequence;
            return sequence;
        }

        private uint OldestVisible()
        {
            uint windowStart = _lastSequence >= (uint)_capacity ? _lastSequence - (uint)_capacity + 1 : 1;
            return _visibleFrom > windowStart ? _visibleFrom : windowStart;
        }

        // The entry with this sequence, or null if its slot holds another one or cannot be read.
        private MeterEvent ReadSlot(uint sequence)
        {
            int slot = (int)(sequence % (uint)_capacity);
            if (_slotSequences[slot] != sequence)
            {
                return null;
            }

            if (ReadSlotPayload(slot) < 0 || EventRecordFormat.ReadSequence(_buffer) != sequence)
            {
                return null;
            }

            return EventRecordFormat.Decode(_buffer);
        }

        // Reads a slot into the buffer: its length, Absent, or Corrupt when the store cannot read
        // it. A readable payload that is not an entry of this slot counts as absent.
        private int ReadSlotPayload(int slot)
        {
            int length;
            try
            {
                length = _store.Read((ushort)(_firstSlotKey + slot), _buffer, 0);
            }
            catch (StoreCorruptException)
            {
                return Corrupt;
            }

            if (length < 0 || !EventRecordFormat.IsWellFormed(_buffer, length))
            {
                return Absent;
            }

            uint sequence = EventRecordFormat.ReadSequence(_buffer);
            return sequence != 0 && sequence % (uint)_capacity == (uint)slot ? length : Absent;
        }

        // Reads every slot back. Event n sits in slot n mod Capacity and events are appended in
        // order, so if the highest readable sequence is h, an unreadable slot can only hold a
        // newer entry when it is slot h+1, and then slot h+2 only if that one is unreadable too,
        // and so on. The log continues after that run, never below a sequence it handed out.
        private void Load()
        {
            uint lastClear = 0;
            bool[] corrupt = new bool[_capacity];
            int corruptSlots = 0;
            for (int slot = 0; slot < _capacity; slot++)
            {
                int length = ReadSlotPayload(slot);
                if (length == Corrupt)
                {
                    corrupt[slot] = true;
                    corruptSlots++;
                    continue;
                }

                if (length == Absent)
                {
                    continue;
                }

                uint sequence = EventRecordFormat.ReadSequence(_buffer);
                _slotSequences[slot] = sequence;
                if (sequence > _lastSequence)
                {
                    _lastSequence = sequence;
                }

                if (EventRecordFormat.ReadCode(_buffer) == EventCode.EventLogCleared && sequence > lastClear)
                {
                    lastClear = sequence;
                }
            }

            for (int run = 0; run < _capacity && corrupt[(int)((_lastSequence + 1) % (uint)_capacity)]; run++)
            {
                _lastSequence++;
            }

            _visibleFrom = lastClear;
            uint oldest = OldestVisible();
            for (int slot = 0; slot < _capacity; slot++)
            {
                if (_slotSequences[slot] >= oldest && _slotSequences[slot] != 0)
                {
                    _count++;
                }
            }

            if (corruptSlots > 0 && !_store.IsReadOnly)
            {
                Append(EventCode.NvMemoryError, "event log: " + corruptSlots + " corrupt slot(s)");
            }
        }
    }
}
