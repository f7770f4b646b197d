using System;
using System.Threading;
using Meter.Events;
using Meter.Hal.Io;

namespace Meter.Tamper
{
    /// <summary>
    /// Records the meter-cover, terminal-cover and magnetic-field inputs as their IDIS fraud events
    /// (44/45, 40/41, 42/43) and counts the openings / detections.
    /// </summary>
    /// <remarks>
    /// The handler records directly through the recorder on the driver's thread rather than through
    /// a queue drained by another task: the event log is thread-safe (it locks around the record
    /// store), changes are rare (debounced by the driver), and a cover opening is often followed
    /// by a power cut, so an event waiting in a RAM queue would be lost exactly when it matters.
    /// The inputs are already debounced, so no persistence filter is applied here.
    /// An input found active when the monitor starts is recorded once ("at start").
    /// </remarks>
    public sealed class InputTamperMonitor
    {
        private readonly IEventRecorder _recorder;
        private readonly IDigitalInput[] _inputs;
        private readonly int[] _counts;

        /// <summary>Watches the given inputs; inputs that are not covers or the magnetic sensor are ignored.</summary>
        public InputTamperMonitor(IEventRecorder recorder, IDigitalInput[] inputs)
        {
            if (recorder == null || inputs == null)
            {
                throw new ArgumentNullException(recorder == null ? "recorder" : "inputs");
            }

            _recorder = recorder;
            _inputs = inputs;
            _counts = new int[inputs.Length];
        }

        /// <summary>Subscribes to the inputs and records those already active.</summary>
        public void Start()
        {
            for (int k = 0; k < _inputs.Length; k++)
            {
                IDigitalInput input = _inputs[k];
                if (input == null || !IsWatched(input.Id))
                {
                    continue;
                }

                input.Changed += OnChanged;
                if (input.IsActive)
                {
                    Record(input, true, "at start");
                }
            }
        }

        /// <summary>True when <paramref name="id"/> is watched and currently active (cover open, field present).</summary>
        public bool IsActive(DigitalInputId id)
        {
            int index = IndexOf(id);
            return index >= 0 && _inputs[index].IsActive;
        }

        /// <summary>How many times <paramref name="id"/> became active since start (0 when not watched).</summary>
        public int ActivationCount(DigitalInputId id)
        {
            int index = IndexOf(id);
            return index < 0 ? 0 : _counts[index];
        }

        /// <summary>The event code recorded when <paramref name="id"/> becomes active (<paramref name="active"/>) or inactive.</summary>
        public static ushort CodeFor(DigitalInputId id, bool active)
        {
            switch (id)
            {
                case DigitalInputId.MainCover: return active ? EventCode.MeterCoverRemoved : EventCode.MeterCoverClosed;
                case DigitalInputId.TerminalCover: return active ? EventCode.TerminalCoverRemoved : EventCode.TerminalCoverClosed;
                case DigitalInputId.MagneticSensor: return active ? EventCode.StrongDcFieldDetected : EventCode.StrongDcFieldRemoved;
                default: throw new ArgumentOutOfRangeException("id");
            }
        }

        private static bool IsWatched(DigitalInputId id)
        {
            return id == DigitalInputId.MainCover || id == DigitalInputId.TerminalCover || id == DigitalInputId.MagneticSensor;
        }

        private int IndexOf(DigitalInputId id)
        {
            for (int k = 0; k < _inputs.Length; k++)
            {
                if (_inputs[k] != null && _inputs[k].Id == id && IsWatched(id))
                {
                    return k;
                }
            }

            return -1;
        }

        private void OnChanged(IDigitalInput input, bool active)
        {
            Record(input, active, string.Empty);
        }

        private void Record(IDigitalInput input, bool active, string details)
        {
            if (active)
            {
                int index = IndexOf(input.Id);
                if (index >= 0)
                {
                    Interlocked.Increment(ref _counts[index]);
                }
            }

            _recorder.Record(CodeFor(input.Id, active), details);
        }
    }
}
