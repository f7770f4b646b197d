using System;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Storage
{
    /// <summary>
    /// A deterministic meter-like workload on the record store with an oracle of what must be on
    /// flash: provisioning first writes larger records that rarely or never change again
    /// (calibration, wrapped keys, configuration tables), so every compaction has live records to
    /// carry forward; then energy registers are rewritten with growing values, persistent counters
    /// incremented, event-log entries appended (and the log cleared now and then).
    /// Every operation is marked "in flight" before it starts and "committed" once it returns, so
    /// after a power cut <see cref="VerifyAndSettle"/> can demand that every committed value is
    /// intact and the one in flight is either old or new, nothing else.
    /// </summary>
    public sealed class MeterWorkload
    {
        public const int Registers = 6;
        public const int EventCapacity = 12;
        public const int Blobs = 11;

        private const int NoValue = -1;
        private static readonly ushort[] CounterKeys = new ushort[] { RecordKeys.BootCount, RecordKeys.DlmsInvocationCounterFirst };

        // Calibration, two wrapped keys (both rewritten rarely), eight configuration tables (never).
        private static readonly ushort[] BlobKeys = new ushort[]
        {
            RecordKeys.CalibrationFirst, RecordKeys.KeyMaterialFirst, (ushort)(RecordKeys.KeyMaterialFirst + 1),
            0x0301, 0x0302, 0x0303, 0x0304, 0x0305, 0x0306, 0x0307, 0x0308,
        };

        private static readonly int[] BlobLengths = new int[] { 180, 72, 72, 96, 96, 64, 64, 120, 120, 40, 40 };
        private static readonly ushort[] EventCodes = new ushort[]
        {
            EventCode.PowerUp, EventCode.AuthenticationFailure, EventCode.TerminalCoverRemoved,
            EventCode.DecryptionOrAuthenticationFailure, EventCode.TaskRestarted, EventCode.ClockAdjustedNewTime,
        };

        private readonly DeterministicRandom _random;
        private readonly VirtualClock _clock;
        private readonly byte[] _registerBuffer = new byte[8];

        private readonly long[] _registers;
        private readonly long[] _counters;
        private readonly int[] _blobVersions;
        private int _provisioned;

        // The event log as the oracle sees it: every committed event, and where the visible part starts.
        private uint[] _eventSequences = new uint[64];
        private ushort[] _eventCodes = new ushort[64];
        private string[] _eventDetails = new string[64];
        private long[] _eventTicks = new long[64];
        private int _events;
        private int _visibleFrom;

        // What is in flight: kind and target; the new value follows from the committed one.
        private int _inFlightKind;
        private int _inFlightIndex;
        private long _inFlightValue;
        private ushort _inFlightEventCode;
        private string _inFlightEventDetails;
        private long _inFlightEventTicks;

        private const int None = 0;
        private const int RegisterWrite = 1;
        private const int CounterIncrement = 2;
        private const int EventAppend = 3;
        private const int EventClear = 4;
        private const int BlobWrite = 5;

        public MeterWorkload(int seed)
            : this(new DeterministicRandom(seed), VirtualClock.Manual(new DateTime(2026, 3, 1, 0, 0, 0)), new long[Registers], new long[2], new int[Blobs])
        {
            for (int i = 0; i < Registers; i++)
            {
                _registers[i] = NoValue;
            }
        }

        private MeterWorkload(DeterministicRandom random, VirtualClock clock, long[] registers, long[] counters, int[] blobVersions)
        {
            _random = random;
            _clock = clock;
            _registers = registers;
            _counters = counters;
            _blobVersions = blobVersions;
        }

        /// <summary>
        /// An independent copy of the oracle and of the workload's generator and clock: from the
        /// same flash image, the copy repeats exactly what this workload does from here on.
        /// </summary>
        public MeterWorkload Clone()
        {
            MeterWorkload copy = new MeterWorkload(
                _random.Clone(), VirtualClock.Manual(_clock.UtcNow), Copy(_registers), Copy(_counters), Copy(_blobVersions));
            copy._provisioned = _provisioned;
            copy._eventSequences = new uint[_eventSequences.Length];
            copy._eventCodes = new ushort[_eventCodes.Length];
            copy._eventDetails = new string[_eventDetails.Length];
            copy._eventTicks = new long[_eventTicks.Length];
            Array.Copy(_eventSequences, copy._eventSequences, _events);
            Array.Copy(_eventCodes, copy._eventCodes, _events);
            Array.Copy(_eventDetails, copy._eventDetails, _events);
            Array.Copy(_eventTicks, copy._eventTicks, _events);
            copy._events = _events;
            copy._visibleFrom = _visibleFrom;
            copy._inFlightKind = _inFlightKind;
            copy._inFlightIndex = _inFlightIndex;
            copy._inFlightValue = _inFlightValue;
            copy._inFlightEventCode = _inFlightEventCode;
            copy._inFlightEventDetails = _inFlightEventDetails;
            copy._inFlightEventTicks = _inFlightEventTicks;
            copy.Steps = Steps;
            return copy;
        }

        /// <summary>Steps completed so far.</summary>
        public int Steps;

        /// <summary>The application's view of a freshly mounted store.</summary>
        public sealed class Session
        {
            public RecordStore Store;
            public EventLog Log;
            public PersistentCounter[] Counters;
        }

        public Session Open(RecordStore store)
        {
            Session session = new Session();
            session.Store = store;
            session.Log = new EventLog(store, _clock, RecordKeys.StandardEventLogFirstSlot, EventCapacity);
            session.Counters = new PersistentCounter[CounterKeys.Length];
            for (int i = 0; i < CounterKeys.Length; i++)
            {
                session.Counters[i] = new PersistentCounter(store, CounterKeys[i]);
            }

            return session;
        }

        /// <summary>Runs <paramref name="steps"/> steps; a power cut escapes as <see cref="PowerCutException"/> with the step left in flight.</summary>
        public void Run(Session session, int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                Step(session);
                Steps++;
            }
        }

        /// <summary>
        /// Checks a store mounted after a cut against the oracle, then takes whatever the in-flight
        /// operation left (old or new) as committed, so the run can go on from there.
        /// </summary>
        public void VerifyAndSettle(Session session, string context)
        {
            for (int r = 0; r < Registers; r++)
            {
                long found = ReadRegister(session.Store, r);
                long inFlight = _inFlightKind == RegisterWrite && _inFlightIndex == r ? _inFlightValue : _registers[r];
                Assert.IsTrue(found == _registers[r] || found == inFlight, context + ": register " + r + " is " + found + ", committed " + _registers[r] + ", in flight " + inFlight);
                _registers[r] = found;
            }

            for (int c = 0; c < _counters.Length; c++)
            {
                long found = session.Counters[c].Value;
                bool mayHaveMoved = _inFlightKind == CounterIncrement && _inFlightIndex == c;
                Assert.IsTrue(found == _counters[c] || (mayHaveMoved && found == _counters[c] + 1), context + ": counter " + c + " is " + found + ", committed " + _counters[c]);
                _counters[c] = found;
            }

            for (int b = 0; b < Blobs; b++)
            {
                bool inFlight = _inFlightKind == BlobWrite && _inFlightIndex == b;
                _blobVersions[b] = CheckBlob(session.Store, BlobKeys[b], BlobLengths[b], _blobVersions[b], inFlight, context);
            }

            while (_provisioned < Blobs && _blobVersions[_provisioned] > 0)
            {
                _provisioned++;
            }

            CheckEventLog(session.Log, context);
            _inFlightKind = None;
        }

        private void Step(Session session)
        {
            _clock.Advance(1000);
            if (_provisioned < Blobs)
            {
                WriteBlob(session.Store, _provisioned);
                _provisioned++;
                _inFlightKind = None;
                return;
            }

            int dice = _random.Next(200);
            if (dice < 90)
            {
                int r = _random.Next(Registers);
                long next = (_registers[r] < 0 ? 0 : _registers[r]) + 1 + _random.Next(5000);
                Begin(RegisterWrite, r, next);
                WriteRegister(session.Store, r, next);
                _registers[r] = next;
            }
            else if (dice < 120)
            {
                int c = _random.Next(_counters.Length);
                Begin(CounterIncrement, c, _counters[c] + 1);
                long value = session.Counters[c].Increment();
                Assert.AreEqual(_counters[c] + 1, value, "increment returns the next value");
                _counters[c] = value;
            }
            else if (dice < 196)
            {
                ushort code = EventCodes[_random.Next(EventCodes.Length)];
                string details = "step " + Steps + " from port " + _random.Next(4) + " with a longer text that gets cut";
                BeginEvent(EventAppend, code, details);
                uint sequence = session.Log.Record(code, details);
                CommitEvent(sequence);
            }
            else if (dice < 197)
            {
                BeginEvent(EventClear, EventCode.EventLogCleared, string.Empty);
                session.Log.Clear();
                CommitEvent(session.Log.LastSequence);
                _visibleFrom = _events - 1;
            }
            else
            {
                // Recalibration or key change: rare, and only for the first three blobs.
                WriteBlob(session.Store, _random.Next(3));
            }

            _inFlightKind = None;
        }

        private void WriteBlob(RecordStore store, int blob)
        {
            int version = _blobVersions[blob] + 1;
            Begin(BlobWrite, blob, version);
            StoreTestKit.Write(store, BlobKeys[blob], StoreTestKit.Payload(BlobKeys[blob], version, BlobLengths[blob]));
            _blobVersions[blob] = version;
        }

        private void Begin(int kind, int index, long value)
        {
            _inFlightKind = kind;
            _inFlightIndex = index;
            _inFlightValue = value;
        }

        private void BeginEvent(int kind, ushort code, string details)
        {
            _inFlightKind = kind;
            _inFlightEventCode = code;
            _inFlightEventDetails = new MeterEvent(code, _clock.UtcNow, 0, details).Details;
            _inFlightEventTicks = _clock.UtcNow.Ticks;
        }

        private void CommitEvent(uint sequence)
        {
            if (_events == _eventSequences.Length)
            {
                GrowEvents();
            }

            _eventSequences[_events] = sequence;
            _eventCodes[_events] = _inFlightEventCode;
            _eventDetails[_events] = _inFlightEventDetails;
            _eventTicks[_events] = _inFlightEventTicks;
            _events++;
        }

        private void CheckEventLog(EventLog log, string context)
        {
            uint committedLast = _events == 0 ? 0 : _eventSequences[_events - 1];
            bool eventInFlight = _inFlightKind == EventAppend || _inFlightKind == EventClear;
            bool landed = eventInFlight && log.LastSequence == committedLast + 1;
            Assert.IsTrue(landed || log.LastSequence == committedLast, context + ": event log ends at " + log.LastSequence + ", committed " + committedLast);
            if (landed)
            {
                CommitEvent(committedLast + 1);
                if (_inFlightKind == EventClear)
                {
                    _visibleFrom = _events - 1;
                }
            }

            int visible = _events - _visibleFrom;
            int expectedCount = visible < EventCapacity ? visible : EventCapacity;
            Assert.AreEqual(expectedCount, log.Count, context + ": event count");
            MeterEvent[] latest = log.ReadLatest(EventCapacity);
            Assert.AreEqual(expectedCount, latest.Length, context + ": events read");
            for (int i = 0; i < latest.Length; i++)
            {
                int e = _events - 1 - i;
                Assert.AreEqual(_eventSequences[e], latest[i].Sequence, context + ": event sequence");
                Assert.AreEqual(_eventCodes[e], latest[i].Code, context + ": event code");
                Assert.AreEqual(_eventDetails[e], latest[i].Details, context + ": event details");
                Assert.AreEqual(_eventTicks[e], latest[i].Timestamp.Ticks, context + ": event time");
            }
        }

        private static int CheckBlob(RecordStore store, ushort key, int length, int committed, bool inFlight, string context)
        {
            byte[] found = StoreTestKit.Read(store, key);
            if (found == null)
            {
                Assert.AreEqual(0, committed, context + ": key " + key + " vanished");
                return 0;
            }

            int version = found[0] | (found[1] << 8) | (found[2] << 16);
            Assert.IsTrue(version == committed || (inFlight && version == committed + 1), context + ": key " + key + " has version " + version + ", committed " + committed);
            Assert.IsTrue(StoreTestKit.SameBytes(StoreTestKit.Payload(key, version, length), found), context + ": key " + key + " content");
            return version;
        }

        private void WriteRegister(RecordStore store, int register, long value)
        {
            for (int i = 0; i < 8; i++)
            {
                _registerBuffer[i] = (byte)(value >> (8 * i));
            }

            store.Write((ushort)(RecordKeys.MetrologyFirst + register), _registerBuffer, 0, 8);
        }

        private static long ReadRegister(RecordStore store, int register)
        {
            byte[] found = StoreTestKit.Read(store, (ushort)(RecordKeys.MetrologyFirst + register));
            if (found == null)
            {
                return NoValue;
            }

            Assert.AreEqual(8, found.Length, "register record length");
            long value = 0;
            for (int i = 7; i >= 0; i--)
            {
                value = (value << 8) | found[i];
            }

            return value;
        }

        private static long[] Copy(long[] values)
        {
            long[] copy = new long[values.Length];
            Array.Copy(values, copy, values.Length);
            return copy;
        }

        private static int[] Copy(int[] values)
        {
            int[] copy = new int[values.Length];
            Array.Copy(values, copy, values.Length);
            return copy;
        }

        private void GrowEvents()
        {
            int size = _eventSequences.Length * 2;
            uint[] sequences = new uint[size];
            ushort[] codes = new ushort[size];
            string[] details = new string[size];
            long[] ticks = new long[size];
            Array.Copy(_eventSequences, sequences, _events);
            Array.Copy(_eventCodes, codes, _events);
            Array.Copy(_eventDetails, details, _events);
            Array.Copy(_eventTicks, ticks, _events);
            _eventSequences = sequences;
            _eventCodes = codes;
            _eventDetails = details;
            _eventTicks = ticks;
        }
    }
}
