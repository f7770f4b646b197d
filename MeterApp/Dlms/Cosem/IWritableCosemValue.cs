using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>A value source a client may also write; it checks type and range itself and answers with a result, never an exception.</summary>
    public interface IWritableCosemValue : ICosemValueSource
    {
        /// <summary>Replaces the value (not null).</summary>
        DataAccessResult Write(DlmsData value);
    }
}
