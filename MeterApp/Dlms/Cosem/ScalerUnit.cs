using Meter.Dlms.Axdr;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// scaler_unit of a register (Blue Book 4.3.2): the value times 10^scaler is in
    /// <see cref="Unit"/> (<see cref="CosemUnit"/>). Encoded as structure {integer scaler, enum unit}.
    /// </summary>
    public sealed class ScalerUnit
    {
        private readonly sbyte _scaler;
        private readonly byte _unit;
        private readonly DlmsData _value;

        /// <summary>A scaler (power of ten) and a unit.</summary>
        public ScalerUnit(sbyte scaler, byte unit)
        {
            _scaler = scaler;
            _unit = unit;
            _value = DlmsData.Structure(DlmsData.Integer(scaler), DlmsData.Enum(unit));
        }

        /// <summary>The power of ten the value is multiplied by.</summary>
        public sbyte Scaler
        {
            get { return _scaler; }
        }

        /// <summary>The unit (<see cref="CosemUnit"/>).</summary>
        public byte Unit
        {
            get { return _unit; }
        }

        /// <summary>The attribute value, structure {integer, enum} (immutable, shared).</summary>
        public DlmsData ToData()
        {
            return _value;
        }
    }
}
