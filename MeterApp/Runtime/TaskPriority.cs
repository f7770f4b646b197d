namespace Meter.Runtime
{
    /// <summary>
    /// Task priorities, highest first (DESIGN.md section 4). Metrology outranks everything so a
    /// flood on a communication port can never cost it a frame.
    /// </summary>
    public enum TaskPriority
    {
        Metrology = 0,
        SecurityMonitor = 1,
        Dlms = 2,
        CakAuditor = 3,
        Console = 4,
    }
}
