using System;
using System.Device.Gpio;
using Meter.Hal.Io;

namespace Meter.Hal.Device
{
    /// <summary>
    /// A cover switch, magnetic sensor or optical-port detector on a GPIO. The pin gets the
    /// internal pull-up (active-low wiring: the switch closes to ground) or pull-down
    /// (active-high wiring); where the pin has no internal resistor it is a plain input and the
    /// board needs an external one (see the board README). Debouncing is done by the GPIO
    /// driver. Every pin event is only a hint to look again: the handler reads the pin and
    /// compares it with the last level, so an edge lost by the driver, or one that arrives
    /// before the constructor's first read, cannot leave <see cref="IsActive"/> wrong past the
    /// next event. <see cref="Changed"/> is raised only when the level really changed, on
    /// nanoFramework's event thread (EventSink), which delivers pin events one at a time.
    /// </summary>
    public sealed class GpioDigitalInput : IDigitalInput, IDisposable
    {
        private readonly object _sync = new object();
        private readonly DigitalInputId _id;
        private readonly bool _activeLow;
        private readonly GpioPin _pin;
        private bool _active;
        private bool _disposed;

        public GpioDigitalInput(GpioController controller, int pinNumber, DigitalInputId id, bool activeLow, int debounceMilliseconds)
        {
            if (controller == null)
            {
                throw new ArgumentNullException("controller");
            }

            _id = id;
            _activeLow = activeLow;

            PinMode mode = activeLow ? PinMode.InputPullUp : PinMode.InputPullDown;
            if (!controller.IsPinModeSupported(pinNumber, mode))
            {
                mode = PinMode.Input;
            }

            _pin = controller.OpenPin(pinNumber, mode);
            _pin.DebounceTimeout = TimeSpan.FromMilliseconds(debounceMilliseconds);

            // Subscribe first, then read: an edge between the two is then either seen by this
            // read or re-read by the handler, never lost. Nobody can have subscribed to Changed
            // yet, so a handler run before the read below raises nothing.
            _pin.ValueChanged += OnValueChanged;
            lock (_sync)
            {
                _active = ReadActiveLocked();
            }
        }

        public event DigitalInputChangedHandler Changed;

        public DigitalInputId Id
        {
            get { return _id; }
        }

        public bool IsActive
        {
            get
            {
                lock (_sync)
                {
                    return _active;
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
                _pin.ValueChanged -= OnValueChanged;
                _pin.Dispose();
            }
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            // e.ChangeType is deliberately ignored: after a lost edge it no longer says where
            // the pin is. The pin itself does.
            bool active;
            DigitalInputChangedHandler handler;
            lock (_sync)
            {
                if (_disposed)
                {
                    return;
                }

                active = ReadActiveLocked();
                if (active == _active)
                {
                    return;
                }

                _active = active;
                handler = Changed;
            }

            if (handler != null)
            {
                handler(this, active);
            }
        }

        private bool ReadActiveLocked()
        {
            bool high = _pin.Read() == PinValue.High;
            return high != _activeLow;
        }
    }
}
