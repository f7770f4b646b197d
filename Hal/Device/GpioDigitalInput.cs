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
    /// driver; <see cref="Changed"/> is raised on nanoFramework's event thread after each settled
    /// edge that changes the level.
    /// </summary>
    public sealed class GpioDigitalInput : IDigitalInput, IDisposable
    {
        private readonly object _sync = new object();
        private readonly DigitalInputId _id;
        private readonly bool _activeLow;
        private readonly GpioPin _pin;
        private bool _active;

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
            _active = IsActiveLevel(_pin.Read() == PinValue.High);
            _pin.ValueChanged += OnValueChanged;
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
            _pin.ValueChanged -= OnValueChanged;
            _pin.Dispose();
        }

        private void OnValueChanged(object sender, PinValueChangedEventArgs e)
        {
            bool active = IsActiveLevel(e.ChangeType == PinEventTypes.Rising);
            DigitalInputChangedHandler handler;
            lock (_sync)
            {
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

        private bool IsActiveLevel(bool high)
        {
            return high != _activeLow;
        }
    }
}
