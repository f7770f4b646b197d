using System;

namespace Meter.Hal.Crypto
{
    /// <summary>A key operation was refused because crypto has not passed its self-test.</summary>
    public sealed class CryptoErrorStateException : InvalidOperationException
    {
        public CryptoErrorStateException(string failure)
            : base("crypto is in the error state: " + failure)
        {
        }
    }
}
