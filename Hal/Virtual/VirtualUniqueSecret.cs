using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// The virtual board's stand-in for an eFuse key block: 32 bytes fixed for the life of the
    /// simulated chip. Tests make one per simulated meter from a seed; the host program keeps
    /// one in its data directory so a restarted virtual meter can open its keys.
    /// </summary>
    public sealed class VirtualUniqueSecret : IDeviceUniqueSecret
    {
        public const int SecretLength = 32;

        private readonly byte[] _secret = new byte[SecretLength];

        /// <summary>Burns <paramref name="fuses"/> (32 bytes) into the simulated chip.</summary>
        public VirtualUniqueSecret(byte[] fuses)
        {
            if (fuses == null)
            {
                throw new ArgumentNullException("fuses");
            }

            if (fuses.Length != SecretLength)
            {
                throw new ArgumentException("fuses must be 32 bytes");
            }

            Array.Copy(fuses, _secret, SecretLength);
        }

        /// <summary>A simulated chip whose secret is drawn from a seeded generator: same seed, same chip.</summary>
        public static VirtualUniqueSecret FromSeed(int seed)
        {
            byte[] fuses = new byte[SecretLength];
            new VirtualTrng(seed).GetBytes(fuses, 0, SecretLength);
            return new VirtualUniqueSecret(fuses);
        }

        public int Length
        {
            get { return SecretLength; }
        }

        public void CopyTo(byte[] buffer, int offset)
        {
            Bounds.CheckBuffer(buffer, offset, SecretLength, "buffer");
            Array.Copy(_secret, 0, buffer, offset, SecretLength);
        }
    }
}
