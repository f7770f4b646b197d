using System;
using Meter.Hal.Crypto;

namespace Meter.Security
{
    /// <summary>
    /// Who the meter is to DLMS: its system title (Green Book ed. 9, 4.3.4), eight octets, the
    /// first three the manufacturer's FLAG identifier in ASCII, the last five the manufacturing
    /// (serial) number, big-endian binary, as in the Green Book's examples (4D4D4D0000BC614E is
    /// "MMM" with serial number 12345678). A factory assigns it once; the meter keeps it in the
    /// record store (<see cref="DlmsIdentityRecord"/>).
    /// </summary>
    public sealed class DlmsIdentity
    {
        /// <summary>Length of a system title.</summary>
        public const int SystemTitleLength = 8;

        /// <summary>Largest serial number that fits the five octets.</summary>
        public const long MaxSerialNumber = 0xFFFFFFFFFFL;

        /// <summary>
        /// The manufacturer id of the test meter. The project has no FLAG id registered with the
        /// DLMS UA, so it uses the one of the Green Book's examples; a production line sets its own.
        /// </summary>
        public const string TestManufacturerId = "MMM";

        // The virtual factory's serial numbers have ten decimal digits, as on a nameplate.
        private const long DrawnSerialFirst = 1000000000L;
        private const long DrawnSerialCount = 9000000000L;

        private readonly byte[] _systemTitle = new byte[SystemTitleLength];

        private DlmsIdentity(string manufacturerId, long serialNumber)
        {
            ManufacturerId = manufacturerId;
            SerialNumber = serialNumber;
            for (int i = 0; i < 3; i++)
            {
                _systemTitle[i] = (byte)manufacturerId[i];
            }

            for (int i = 0; i < 5; i++)
            {
                _systemTitle[7 - i] = (byte)(serialNumber >> (8 * i));
            }
        }

        /// <summary>The three upper-case letters of the manufacturer's FLAG id.</summary>
        public string ManufacturerId { get; }

        /// <summary>The manufacturing number, 0 to <see cref="MaxSerialNumber"/>.</summary>
        public long SerialNumber { get; }

        /// <summary>The identity a factory assigns: <paramref name="manufacturerId"/> (three letters A-Z) and <paramref name="serialNumber"/>.</summary>
        public static DlmsIdentity Create(string manufacturerId, long serialNumber)
        {
            if (!IsManufacturerId(manufacturerId))
            {
                throw new ArgumentException("a FLAG manufacturer id is three letters A-Z", "manufacturerId");
            }

            if (serialNumber < 0 || serialNumber > MaxSerialNumber)
            {
                throw new ArgumentOutOfRangeException("serialNumber");
            }

            return new DlmsIdentity(manufacturerId, serialNumber);
        }

        /// <summary>
        /// The virtual factory's assignment: a ten-digit serial number drawn from
        /// <paramref name="random"/>, so two virtual meters on one PC get different system titles
        /// (a real line counts its serial numbers instead). Serial numbers are not secret: the
        /// slight modulo bias does not matter.
        /// </summary>
        public static DlmsIdentity Draw(string manufacturerId, IRandomSource random)
        {
            if (random == null)
            {
                throw new ArgumentNullException("random");
            }

            byte[] drawn = new byte[5];
            random.GetBytes(drawn, 0, drawn.Length);
            long value = 0;
            for (int i = 0; i < drawn.Length; i++)
            {
                value = (value << 8) | drawn[i];
            }

            return Create(manufacturerId, DrawnSerialFirst + (value % DrawnSerialCount));
        }

        /// <summary>
        /// The identity in a system title (8 bytes at <paramref name="offset"/>), or null if its
        /// first three octets are not a FLAG id.
        /// </summary>
        public static DlmsIdentity FromSystemTitle(byte[] buffer, int offset)
        {
            if (buffer == null || offset < 0 || offset > buffer.Length - SystemTitleLength)
            {
                return null;
            }

            char[] letters = new char[3];
            for (int i = 0; i < 3; i++)
            {
                letters[i] = (char)buffer[offset + i];
            }

            string manufacturerId = new string(letters);
            if (!IsManufacturerId(manufacturerId))
            {
                return null;
            }

            long serialNumber = 0;
            for (int i = 3; i < SystemTitleLength; i++)
            {
                serialNumber = (serialNumber << 8) | buffer[offset + i];
            }

            return new DlmsIdentity(manufacturerId, serialNumber);
        }

        /// <summary>The system title in upper-case hex (16 digits), as head-ends print it.</summary>
        public string SystemTitleHex
        {
            get
            {
                const string Digits = "0123456789ABCDEF";
                char[] chars = new char[2 * SystemTitleLength];
                for (int i = 0; i < SystemTitleLength; i++)
                {
                    chars[2 * i] = Digits[_systemTitle[i] >> 4];
                    chars[(2 * i) + 1] = Digits[_systemTitle[i] & 0x0F];
                }

                return new string(chars);
            }
        }

        /// <summary>Copies the eight octets of the system title into <paramref name="buffer"/>.</summary>
        public void CopySystemTitle(byte[] buffer, int offset)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || offset > buffer.Length - SystemTitleLength)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            Array.Copy(_systemTitle, 0, buffer, offset, SystemTitleLength);
        }

        /// <summary>True for three ASCII letters A-Z (FLAG ids are upper case).</summary>
        public static bool IsManufacturerId(string value)
        {
            if (value == null || value.Length != 3)
            {
                return false;
            }

            for (int i = 0; i < 3; i++)
            {
                if (value[i] < 'A' || value[i] > 'Z')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
