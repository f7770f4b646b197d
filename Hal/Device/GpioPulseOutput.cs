using System;
using System.Device.Gpio;
using System.Threading;
using Meter.Hal.Io;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The metrology LED / S0 output on a GPIO (active high). <see cref="Pulse"/> never blocks
    /// the metrology task: it drives the pin high and a timer ends the pulse after the board's
    /// width, then holds the pin low for the same width. Timing, the backlog bound and the
    /// overflow count are <see cref="PulseTrain"/>'s: at most one pulse per 2 x width (16.7 Hz
    /// at 30 ms), at most one second of backlog, the rest dropped and counted. The timer callback
    /// and <see cref="Dispose"/> share one lock, and a callback that runs after disposal (one
    /// already queued when the timer was disposed) returns without touching the pin.
    /// </summary>
    public sealed class GpioPulseOutput : IPulseOutput, IDisposable
    {
        private readonly object _sync = new object();
        private readonly GpioPin _pin;
        private readonly PulseTrain _train;
        private readonly Timer _timer;
        private bool _disposed;

        public GpioPulseOutput(GpioController controller, int pinNumber, int widthMilliseconds)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            _train = new PulseTrain(widthMilliseconds);
            _pin = controller.OpenPin(pinNumber, PinMode.Output);
            _pin.Write(PinValue.Low);
            _timer = new Timer(OnTimer, null, Timeout.Infinite, Timeout.Infinite);
        }

        /// <summary>The highest sustained pulse rate (see <see cref="PulseTrain.MaxPulsesPerHour"/>).</summary>
        public int MaxPulsesPerHour
        {
            get { return _train.MaxPulsesPerHour; }
        }

        /// <summary>Pulses requested but not yet started (at most <see cref="PulseTrain.MaxPending"/>).</summary>
        public int PendingPulses
        {
            get
            {
                lock (_sync)
                {
                    return _train.Pending;
                }
            }
        }

        /// <summary>Pulses dropped because they were requested faster than the output can emit them.</summary>
        public long OverflowedPulses
        {
            get
            {
                lock (_sync)
                {
                    return _train.OverflowedPulses;
                }
            }
        }

        public void Pulse()
        {
            lock (_sync)
            {
                if (_disposed)
                {
                    throw new ObjectDisposedException("GpioPulseOutput");
                }

                if (_train.Request())
                {
                    DriveLocked(PinValue.High);
                }
            }
        }

        public void Dispose()
        {
            lock (_sync)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                _timer.Dispose();
                _pin.Write(PinValue.Low);
                _pin.Dispose();
            }
        }

        private void OnTimer(object state)
        {
            lock (_sync)
            {
                if (_disposed)
                {
                    return;
                }

                PulseStep step = _train.OnTimerElapsed();
                if (step == PulseStep.EndPulse)
                {
                    DriveLocked(PinValue.Low);
                }
                else if (step == PulseStep.StartPulse)
                {
                    DriveLocked(PinValue.High);
                }
            }
        }

        /// <summary>Sets the pin and arms the timer for one width (a pulse, or the gap after it).</summary>
        private void DriveLocked(PinValue level)
        {
            _pin.Write(level);
            _timer.Change(_train.WidthMilliseconds, Timeout.Infinite);
        }
    }
}
