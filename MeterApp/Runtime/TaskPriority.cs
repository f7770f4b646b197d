namespace Meter.Runtime
{
    /// <summary>
    /// Task priorities, highest first (DESIGN.md section 4). Metrology outranks everything so a
    /// flood on a communication port can never cost it a frame.
    /// </summary>
    public enum TaskPriority
    {
        Metrology = 0,

        /// <summary>Writes what metrology hands off (register snapshots, tamper events) so metrology never waits on the store.</summary>
        Storage = 1,
        SecurityMonitor = 2,
        Dlms = 3,
        CakAuditor = 4,
        Console = 5,
    }
}
