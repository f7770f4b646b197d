namespace Meter.Hal.Crypto.Managed
{
    /// <summary>An HMAC whose key can be replaced in place, without allocating (RFC 6979 rekeys at each step).</summary>
    internal interface IRekeyableMac : IMac
    {
        /// <summary>Replaces the key with <paramref name="count"/> bytes of <paramref name="key"/> and starts a new MAC.</summary>
        void SetKey(byte[] key, int offset, int count);
    }
}
