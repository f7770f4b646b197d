using System;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// Plays a scenario's segments against the sample index: which voltage, current and neutral
    /// scales and which frequency apply at each sample. After the last segment the scenario runs
    /// unscaled at its own frequency.
    /// </summary>
    internal sealed class ScenarioTimeline
    {
        private readonly ScenarioSegment[] _segments;
        private readonly long[] _ends;
        private readonly double _baseFrequencyHz;
        private readonly double _neutralRatio;
        private int _index;

        public ScenarioTimeline(ScenarioSegment[] segments, int sampleRateHz, double baseFrequencyHz, double neutralRatio)
        {
            _segments = new ScenarioSegment[segments.Length];
            Array.Copy(segments, _segments, segments.Length);
            _ends = new long[segments.Length];
            long endMilliseconds = 0;
            for (int k = 0; k < segments.Length; k++)
            {
                endMilliseconds += segments[k].DurationMilliseconds;
                _ends[k] = endMilliseconds * sampleRateHz / 1000;
            }

            _baseFrequencyHz = baseFrequencyHz;
            _neutralRatio = neutralRatio;
            Apply();
        }

        /// <summary>Voltage multiplier now.</summary>
        public double VoltageScale { get; private set; }

        /// <summary>Line current multiplier now (negative during reverse flow).</summary>
        public double CurrentScale { get; private set; }

        /// <summary>Neutral current as a multiple of the scaled line current now.</summary>
        public double NeutralScale { get; private set; }

        /// <summary>Mains frequency now, Hz.</summary>
        public double FrequencyHz { get; private set; }

        /// <summary>Moves to the segment holding <paramref name="sample"/>; true when the segment changed.</summary>
        public bool MoveTo(long sample)
        {
            if (_index >= _segments.Length || sample < _ends[_index])
            {
                return false;
            }

            while (_index < _segments.Length && sample >= _ends[_index])
            {
                _index++;
            }

            Apply();
            return true;
        }

        private void Apply()
        {
            ScenarioSegment segment = _index < _segments.Length ? _segments[_index] : null;
            if (segment == null)
            {
                VoltageScale = 1.0;
                CurrentScale = 1.0;
                NeutralScale = _neutralRatio;
                FrequencyHz = _baseFrequencyHz;
                return;
            }

            VoltageScale = segment.VoltageScale;
            CurrentScale = segment.Reverse ? -segment.CurrentScale : segment.CurrentScale;
            NeutralScale = _neutralRatio * segment.NeutralScale;
            FrequencyHz = segment.FrequencyHz == 0.0 ? _baseFrequencyHz : segment.FrequencyHz;
        }
    }
}
