using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// A register value that may be reset to its default (Blue Book 4.3.2 Register method 1 reset,
    /// 4.3.4 Extended register). Billing registers never implement it.
    /// </summary>
    public interface IResettableCosemValue
    {
        /// <summary>Resets the value to its default.</summary>
        ActionResult Reset();
    }
}
