using System;
using System.IO;
using Meter.Hal.Crypto;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The device-unique secret on stock nanoFramework firmware, which exposes no eFuse or OTP
    /// key to managed code: 32 bytes from the hardware RNG, written once at first boot to a file
    /// beside the record store (FlashImagePath + ".secret"). It makes wrapped keys useless on
    /// another board, but anyone who can read this board's flash gets it too; a custom firmware
    /// with the interop assembly (Hal/Interop) should derive it from an eFuse key block instead.
    /// </summary>
    internal sealed class StoredDeviceSecret : IDeviceUniqueSecret
    {
        private const int SecretLength = 32;

        private readonly byte[] _secret = new byte[SecretLength];

        public StoredDeviceSecret(string flashImagePath, RandomTrng trng)
        {
            string path = flashImagePath + ".secret";
            if (!TryRead(path))
            {
                // A missing or short file can only come from a first boot cut during this write,
                // before any key was wrapped under it, so drawing a new secret loses nothing.
                trng.GetBytes(_secret, 0, SecretLength);
                Write(path);
                if (!TryRead(path))
                {
                    throw new IOException("cannot store the device secret at " + path);
                }
            }
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

        private bool TryRead(string path)
        {
            if (!File.Exists(path))
            {
                return false;
            }

            FileStream file = new FileStream(path, FileMode.Open, FileAccess.Read);
            try
            {
                return file.Length == SecretLength && file.Read(_secret, 0, SecretLength) == SecretLength;
            }
            finally
            {
                file.Close();
            }
        }

        private void Write(string path)
        {
            FileStream file = new FileStream(path, FileMode.Create, FileAccess.Write);
            try
            {
                file.Write(_secret, 0, SecretLength);
                file.Flush();
            }
            finally
            {
                file.Close();
            }
        }
    }
}
