using System;
using System.Security.Cryptography;
using Meter.Hal.Entropy;

namespace Meter.Hal.Host
{
    /// <summary>The host program's entropy source: the operating system CSPRNG.</summary>
    public sealed class HostTrng : ITrng
    {
        public void GetBytes(byte[] buffer, int offset, int count)
        {
            ArgumentNullException.ThrowIfNull(buffer);
            RandomNumberGenerator.Fill(buffer.AsSpan(offset, count));
        }
    }
}
