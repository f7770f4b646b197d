using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Where a Data, Register or Extended register object gets its value attribute from (an
    /// invocation counter, an event code, a metrology reading...). Read-only: an object whose
    /// source also implements <see cref="IWritableCosemValue"/> lets a client write it. A value
    /// that cannot be read now is a result (e.g. temporary-failure), never an exception.
    /// </summary>
    public interface ICosemValueSource
    {
        /// <summary>The current value; <paramref name="value"/> is set only on success.</summary>
        DataAccessResult Read(out DlmsData value);
    }
}
