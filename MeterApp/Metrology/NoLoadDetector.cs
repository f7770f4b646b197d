using System;

namespace Meter.Metrology
{
    /// <summary>
    /// The anti-creep gate between the measurement and the registers (IEC 62053-21/-22 §8.3):
    /// each frame, <see cref="Update"/> decides from the rms current whether the meter is at no
    /// load, and <see cref="Gate"/> passes a power to the registers only when the meter is loaded
    /// and the power's magnitude reaches the threshold. A gated frame moves neither registers nor
    /// pulses. Not thread-safe: the metrology task owns it.
    /// </summary>
    public sealed class NoLoadDetector
    {
        private readonly NoLoadSettings _settings;
        private bool _noLoad = true;
        private long _noLoadFrames;

        public NoLoadDetector(NoLoadSettings settings)
        {
            if (settings == null)
            {
                throw new ArgumentNullException("settings");
            }

            _settings = settings;
        }

        public NoLoadSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>True when the last frame's current was below the threshold.</summary>
        public bool IsNoLoad
        {
            get { return _noLoad; }
        }

        /// <summary>Frames found at no load so far (diagnostics).</summary>
        public long NoLoadFrames
        {
            get { return _noLoadFrames; }
        }

        /// <summary>Classifies one frame from its rms current; returns <see cref="IsNoLoad"/>.</summary>
        public bool Update(long currentMicroamps)
        {
            _noLoad = currentMicroamps < _settings.CurrentThresholdMicroamps;
            if (_noLoad)
            {
                _noLoadFrames++;
            }

            return _noLoad;
        }

        /// <summary>The power to register for this frame: 0 at no load or below the power threshold, else <paramref name="power"/>.</summary>
        public long Gate(long power)
        {
            if (_noLoad)
            {
                return 0;
            }

            long magnitude = power < 0 ? -power : power;
            return magnitude < _settings.PowerThresholdMicrowatts ? 0 : power;
        }
    }
}
