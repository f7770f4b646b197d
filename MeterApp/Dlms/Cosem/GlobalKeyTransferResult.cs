namespace Meter.Dlms.Cosem
{
    /// <summary>Outcome of a <see cref="GlobalKeyTransfer"/>; nothing was replaced unless it is <see cref="Success"/>.</summary>
    public enum GlobalKeyTransferResult
    {
        /// <summary>Every key was replaced.</summary>
        Success = 0,

        /// <summary>Not an array of 1..4 key_data {enum 0..3, octet-string(24)} with distinct key ids.</summary>
        Malformed = 1,

        /// <summary>The meter holds no master key to unwrap with.</summary>
        NoMasterKey = 2,

        /// <summary>An entry failed the RFC 3394 integrity check (wrong master key or forged data).</summary>
        UnwrapFailed = 3,
    }
}
