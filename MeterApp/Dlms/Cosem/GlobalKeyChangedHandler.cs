using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Told after global_key_transfer replaced the key <paramref name="keyId"/> (0 global unicast,
    /// 1 broadcast, 2 authentication, 3 master key) with <paramref name="key"/>. The server
    /// switches to the new handle and restarts the invocation counters of that key (Green Book
    /// ed. 9, 9.2.2: a new key starts a new counter sequence). The old handle must be dropped, not
    /// destroyed: destroying it would erase the slot that now holds the new key.
    /// </summary>
    public delegate void GlobalKeyChangedHandler(int keyId, KeyHandle key);
}
