using System;
using System.IO;
using Meter.Security;
using Meter.Tests.Dlms;
using Meter.Tests.Support;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>Shipment files for `meter read --shipment`, written by the real encoder into a fresh temporary directory.</summary>
    internal sealed class ShipmentFixture : IDisposable
    {
        public ShipmentFixture()
        {
            Directory = Path.Combine(Path.GetTempPath(), "meter-read-shipment-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
        }

        public string Directory { get; }

        /// <summary>A shipment with the Green Book EK and AK (<see cref="SecurityVectors"/>) for the meter titled <paramref name="serverTitleHex"/>.</summary>
        public string Write(string name, string serverTitleHex, int logicalDevice, int clientSap)
        {
            var file = new ShipmentFile(Hex.Parse(serverTitleHex), 0, logicalDevice, clientSap);
            file.SetKey(0, Hex.Parse(SecurityVectors.Ek), 0);
            file.SetKey(2, Hex.Parse(SecurityVectors.Ak), 0);
            file.SetKey(3, Hex.Parse("101112131415161718191a1b1c1d1e1f"), 0);
            var content = new byte[file.EncodedLength];
            int length = file.Encode(content, 0, content.Length);
            return WriteText(name, System.Text.Encoding.ASCII.GetString(content, 0, length));
        }

        public string WriteText(string name, string text)
        {
            string path = Path.Combine(Directory, name);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose()
        {
            System.IO.Directory.Delete(Directory, true);
        }
    }
}
