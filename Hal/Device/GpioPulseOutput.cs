using System;
using System.Device.Gpio;
using System.Threading;
using Meter.Hal.Io;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The metrology LED / S0 output on a GPIO (active high). <see cref="Pulse"/> never blocks
    /// the metrology task: it drives the pin high and a timer ends the pulse after the board's
    /// width, then holds the pin low for the same width so consecutive pulses stay separate.
    /// Pulses requested while one is in progress are queued as a count and emitted back to
    /// back; none is dropped, so the pulse total always matches the energy register.
    /// </summary>
    public sealed class GpioPulseOutput : IPulseOutput, IDisposable
    {
        private readonly object _sync = new object();
        private readonly GpioPin _pin;
        private readonly int _widthMilliseconds;
        private readonly Timer _timer;
        private bool _busy;
        private bool _high;
        private int _pending;

        public GpioPulseOutput(GpioController controller, int pinNumber, int widthMilliseconds)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            if (widthMilliseconds <= 0)
            {
                throw new ArgumentOutOfRangeException("widthMilliseconds");
            }

            _widthMilliseconds = widthMilliseconds;
            _pin = controller.OpenPin(pinNumber, PinMode.Output);
            _pin.Write(PinValue.Low);
            _timer = new Timer(OnTimer, null, Timeout.Infinite, Timeout.Infinite);
        }

        /// <summary>Pulses requested but not yet started.</summary>
        public int PendingPulses
        {
            get
            {
                lock (_sync)
                {
                    return _pending;
                }
            }
        }

        public void Pulse()
        {
            lock (_sync)
            {
                if (_busy)
                {
                    _pending++;
                    return;
                }

                _busy = true;
                StartHighLocked();
            }
        }

        public void Dispose()
        {
            _timer.Dispose();
            _pin.Write(PinValue.Low);
            _pin.Dispose();
        }

        private void OnTimer(object state)
        {
            lock (_sync)
            {
                if (_high)
                {
                    // End of the pulse: hold low for one width before the next one.
                    _pin.Write(PinValue.Low);
                    _high = false;
                    _timer.Change(_widthMilliseconds, Timeout.Infinite);
                    return;
                }

                if (_pending > 0)
                {
                    _pending--;
                    StartHighLocked();
                    return;
                }

                _busy = false;
            }
        }

        private void StartHighLocked()
        {
            _pin.Write(PinValue.High);
            _high = true;
            _timer.Change(_widthMilliseconds, Timeout.Infinite);
        }
    }
}
