using System;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The COSEM logical device name (Blue Book 4.1.8.2, object 0.0.42.0.0.255): 16 octets, the
    /// 3-letter manufacturer id then 13 manufacturer-specific octets, here the serial number
    /// right-aligned and padded with '0' so the name is unique per meter and always 16 long.
    /// </summary>
    public static class LogicalDeviceName
    {
        /// <summary>Length of a logical device name.</summary>
        public const int Length = 16;

        /// <summary>Length of the manufacturer id.</summary>
        public const int ManufacturerIdLength = 3;

        /// <summary>The name of the meter described by <paramref name="nameplate"/>; throws for an id or serial the name cannot hold.</summary>
        public static byte[] Of(IMeterNameplate nameplate)
        {
            if (nameplate == null)
            {
                throw new ArgumentNullException("nameplate");
            }

            string id = nameplate.ManufacturerId;
            string serial = nameplate.SerialNumber;
            if (id == null || id.Length != ManufacturerIdLength)
            {
                throw new ArgumentException("a manufacturer id has 3 letters");
            }

            for (int i = 0; i < ManufacturerIdLength; i++)
            {
                if (id[i] < 'A' || id[i] > 'Z')
                {
                    throw new ArgumentException("a manufacturer id is upper-case letters");
                }
            }

            byte[] name = new byte[Length];
            for (int i = 0; i < ManufacturerIdLength; i++)
            {
                name[i] = (byte)id[i];
            }

            byte[] digits = SerialBytes(serial);
            int pad = Length - ManufacturerIdLength - digits.Length;
            for (int i = 0; i < pad; i++)
            {
                name[ManufacturerIdLength + i] = (byte)'0';
            }

            Array.Copy(digits, 0, name, ManufacturerIdLength + pad, digits.Length);
            return name;
        }

        /// <summary>The ASCII bytes of a serial number of 1..13 printable characters; throws otherwise.</summary>
        public static byte[] SerialBytes(string serial)
        {
            if (serial == null || serial.Length < 1 || serial.Length > Length - ManufacturerIdLength)
            {
                throw new ArgumentException("a serial number has 1 to 13 characters");
            }

            byte[] bytes = new byte[serial.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                if (serial[i] < 0x21 || serial[i] > 0x7E)
                {
                    throw new ArgumentException("a serial number is printable ASCII");
                }

                bytes[i] = (byte)serial[i];
            }

            return bytes;
        }
    }
}
