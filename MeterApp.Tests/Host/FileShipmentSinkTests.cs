using System;
using System.IO;
using Meter.Host;
using Meter.Security;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>The virtual meter's shipment file in its data directory: replaced whole, owner-only, readable back.</summary>
    [TestClass]
    public class FileShipmentSinkTests
    {
        [TestMethod]
        public void WritesReplacesAndReadsBackTheShipment()
        {
            string directory = Path.Combine(Path.GetTempPath(), "meter-shipment-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                var sink = new FileShipmentSink(directory);
                Assert.AreEqual(Path.Combine(directory, "dlms-shipment.txt"), sink.FilePath);
                Assert.IsTrue(sink.Deliver(Shipment(1), 0, Shipment(1).Length));
                byte[] second = Shipment(2);
                Assert.IsTrue(sink.Deliver(second, 0, second.Length));

                byte[] read = File.ReadAllBytes(sink.FilePath);
                ShipmentFile file = ShipmentFile.Parse(read, 0, read.Length, out string error);
                Assert.IsNotNull(file, error);
                Assert.AreEqual(2, file.ClientSap);
                Assert.IsFalse(File.Exists(sink.FilePath + ".tmp"));
                if (!OperatingSystem.IsWindows())
                {
                    Assert.AreEqual((int)(UnixFileMode.UserRead | UnixFileMode.UserWrite), (int)File.GetUnixFileMode(sink.FilePath));
                }
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        [TestMethod]
        public void AMissingDirectoryIsAFailedDeliveryNotACrash()
        {
            var sink = new FileShipmentSink(Path.Combine(Path.GetTempPath(), "meter-no-such-" + Guid.NewGuid().ToString("N")));
            Assert.IsFalse(sink.Deliver(new byte[] { 1, 2, 3 }, 0, 3));
        }

        private static byte[] Shipment(int clientSap)
        {
            var file = new ShipmentFile(new byte[] { 0x4D, 0x4D, 0x4D, 0, 0, 0xBC, 0x61, 0x4E }, 0, 1, clientSap);
            for (int keyId = 0; keyId < 4; keyId++)
            {
                file.SetKey(keyId, new byte[16], 0);
            }

            byte[] buffer = new byte[file.EncodedLength];
            file.Encode(buffer, 0, buffer.Length);
            return buffer;
        }
    }
}
