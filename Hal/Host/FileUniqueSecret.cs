using System;
using System.IO;
using System.Security.Cryptography;
using Meter.Hal.Virtual;

namespace Meter.Hal.Host
{
    /// <summary>
    /// The host program's simulated eFuse: 32 random bytes written once into the data directory
    /// beside the flash image, so the same virtual meter opens its keys after a restart and a
    /// meter started in another directory is another chip.
    /// </summary>
    public static class FileUniqueSecret
    {
        public const string FileName = "efuse-unique-secret.bin";

        public static VirtualUniqueSecret LoadOrCreate(string directory)
        {
            string path = Path.Combine(directory, FileName);
            if (File.Exists(path))
            {
                byte[] fuses = File.ReadAllBytes(path);
                if (fuses.Length != VirtualUniqueSecret.SecretLength)
                {
                    throw new InvalidDataException(path + " is not a " + VirtualUniqueSecret.SecretLength + "-byte secret");
                }

                return new VirtualUniqueSecret(fuses);
            }

            byte[] fresh = RandomNumberGenerator.GetBytes(VirtualUniqueSecret.SecretLength);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(fresh, 0, fresh.Length);
                file.Flush(true);
            }

            return new VirtualUniqueSecret(fresh);
        }
    }
}
