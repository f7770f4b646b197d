using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>A value that never changes while the meter runs (an identifier, a name).</summary>
    public sealed class FixedValue : ICosemValueSource
    {
        private readonly DlmsData _value;

        /// <summary>A source that always reads <paramref name="value"/> (DlmsData is immutable).</summary>
        public FixedValue(DlmsData value)
        {
            if (value == null)
            {
                throw new System.ArgumentNullException("value");
            }

            _value = value;
        }

        /// <inheritdoc/>
        public DataAccessResult Read(out DlmsData value)
        {
            value = _value;
            return DataAccessResult.Success;
        }
    }
}
