namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Builds AES-GCM over an AES engine (the managed GCM mode: GHASH in managed code, the counter
    /// blocks batched into the engine). A provider whose AES is native but whose GCM is not (the
    /// nanoFramework platform provider) is given one, so the HAL does not depend on which GCM
    /// implementation the application links; without one it leaves AES-GCM to another provider.
    /// </summary>
    public delegate IAesGcm AesGcmFactory(IAesEngine aes);
}
