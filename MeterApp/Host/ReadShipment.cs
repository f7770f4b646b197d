using System;
using System.IO;
using Meter.Security;

namespace Meter.Host
{
    /// <summary>
    /// The head-end's side of a meter's shipment file (<see cref="ShipmentFile"/>, written by the
    /// virtual meter as <see cref="FileShipmentSink.FileName"/> in its data directory) for `meter read
    /// --shipment`: the meter's system title, the EK and AK, the client SAP and logical device.
    /// A missing, unreadable, oversized or malformed file is a usage error naming the file and the fault.
    /// </summary>
    internal sealed class ReadShipment
    {
        private ReadShipment(byte[] serverSystemTitle, byte[] encryptionKey, byte[] authenticationKey, ushort clientSap, ushort logicalDevice)
        {
            ServerSystemTitle = serverSystemTitle;
            EncryptionKey = encryptionKey;
            AuthenticationKey = authenticationKey;
            ClientSap = clientSap;
            LogicalDevice = logicalDevice;
        }

        /// <summary>The meter's system title: what the client expects in its AARE and ciphered APDUs.</summary>
        public byte[] ServerSystemTitle { get; }

        /// <summary>The global unicast encryption key (key_id 0).</summary>
        public byte[] EncryptionKey { get; }

        /// <summary>The authentication key (key_id 2).</summary>
        public byte[] AuthenticationKey { get; }

        public ushort ClientSap { get; }

        /// <summary>The server SAP (upper HDLC address, wrapper destination wPort) the keys open.</summary>
        public ushort LogicalDevice { get; }

        public static ReadShipment Load(string path)
        {
            byte[] content = ReadBounded(path);
            ShipmentFile file = ShipmentFile.Parse(content, 0, content.Length, out string error);
            Array.Clear(content);
            if (file == null)
            {
                throw new UsageException("--shipment " + path + " is not a usable shipment file: " + error);
            }

            try
            {
                var title = new byte[DlmsIdentity.SystemTitleLength];
                var ek = new byte[ShipmentFile.KeyLength];
                var ak = new byte[ShipmentFile.KeyLength];
                file.CopySystemTitle(title, 0);
                file.CopyKey(0, ek, 0);
                file.CopyKey(2, ak, 0);
                return new ReadShipment(title, ek, ak, (ushort)file.ClientSap, (ushort)file.LogicalDevice);
            }
            finally
            {
                file.Clear();
            }
        }

        // One byte more than a shipment may hold, so an oversized file is reported without reading it all.
        private static byte[] ReadBounded(string path)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                var buffer = new byte[ShipmentFile.MaxLength + 1];
                int length = 0;
                int n;
                while (length < buffer.Length && (n = stream.Read(buffer, length, buffer.Length - length)) > 0)
                {
                    length += n;
                }

                byte[] content = buffer.AsSpan(0, length).ToArray();
                Array.Clear(buffer);
                return content;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new UsageException("--shipment cannot read " + path + ": " + e.Message);
            }
        }
    }
}
