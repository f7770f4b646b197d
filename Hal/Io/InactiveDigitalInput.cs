namespace Meter.Hal.Io
{
    /// <summary>
    /// The input of a sensor the board has no pin for: never active, never changes. Boards hand
    /// it out instead of null, so the application treats every sensor alike and a missing one
    /// simply never reports tamper.
    /// </summary>
    public sealed class InactiveDigitalInput : IDigitalInput
    {
        private readonly DigitalInputId _id;

        public InactiveDigitalInput(DigitalInputId id)
        {
            _id = id;
        }

        /// <summary>Never raised: subscribing keeps no reference to the handler.</summary>
        public event DigitalInputChangedHandler Changed
        {
            add { }
            remove { }
        }

        public DigitalInputId Id
        {
            get { return _id; }
        }

        public bool IsActive
        {
            get { return false; }
        }
    }
}
