using System;

namespace Meter.Security
{
    /// <summary>
    /// What a meter maker hands a utility with a test meter so its head-end can talk DLMS suite 0
    /// to it: the system title, the logical device and client SAP the keys are for, and the
    /// global unicast key (EK), authentication key (AK), master key (KEK) and, optionally, the
    /// global broadcast key. A small ASCII text, one field a line:
    /// <code>
    /// # DLMS/COSEM suite 0 shipment, format 1. TEST METER ONLY: ... never be used in the field.
    /// system-title: 4D4D4D0000BC614E
    /// logical-device: 1
    /// client-sap: 1
    /// ek: 000102030405060708090A0B0C0D0E0F
    /// ak: D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF
    /// kek: 000102030405060708090A0B0C0D0E0F
    /// broadcast-ek: 101112131415161718191A1B1C1D1E1F
    /// </code>
    /// The first line is exactly <see cref="Header"/>; later lines starting with '#' and blank
    /// lines are ignored; every other line is one known field, at most once. Keys are indexed by
    /// their security setup key_id (Blue Book 4.4.7: 0 unicast, 1 broadcast, 2 AK, 3 KEK).
    /// Keys here are in clear, which is why the format is for test meters only: a production
    /// line would encrypt the shipment to the utility. <see cref="Clear"/> zeroises them.
    /// </summary>
    public sealed class ShipmentFile
    {
        /// <summary>The first line of every shipment file, marking it test-only.</summary>
        public const string Header = "# DLMS/COSEM suite 0 shipment, format 1. TEST METER ONLY: these keys are for a test meter and must never be used in the field.";

        /// <summary>Longest file accepted (a full file is about 350 bytes).</summary>
        public const int MaxLength = 2048;

        /// <summary>Longest line accepted, line end excluded.</summary>
        public const int MaxLineLength = 160;

        /// <summary>Length of each key (AES-128, suite 0).</summary>
        public const int KeyLength = 16;

        /// <summary>Highest server SAP of a logical device (IEC 62056-46 upper HDLC address, 14 bits).</summary>
        public const int MaxLogicalDevice = 0x3FFF;

        /// <summary>Highest client SAP (IEC 62056-46: one-byte client address, 0x7F being all-station).</summary>
        public const int MaxClientSap = 0x7E;

        private const int KeyCount = 4;

        private static readonly string[] KeyNames = { "ek", "broadcast-ek", "ak", "kek" };

        private readonly byte[] _systemTitle = new byte[DlmsIdentity.SystemTitleLength];
        private readonly byte[][] _keys = new byte[KeyCount][];

        /// <summary>A shipment for the meter with <paramref name="systemTitle"/> (8 bytes at <paramref name="offset"/>), keys to be set.</summary>
        public ShipmentFile(byte[] systemTitle, int offset, int logicalDevice, int clientSap)
        {
            if (systemTitle == null)
            {
                throw new ArgumentNullException("systemTitle");
            }

            if (offset < 0 || offset > systemTitle.Length - DlmsIdentity.SystemTitleLength)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (logicalDevice < 1 || logicalDevice > MaxLogicalDevice)
            {
                throw new ArgumentOutOfRangeException("logicalDevice");
            }

            if (clientSap < 1 || clientSap > MaxClientSap)
            {
                throw new ArgumentOutOfRangeException("clientSap");
            }

            Array.Copy(systemTitle, offset, _systemTitle, 0, DlmsIdentity.SystemTitleLength);
            LogicalDevice = logicalDevice;
            ClientSap = clientSap;
        }

        /// <summary>The server SAP (logical device) the keys open, e.g. 1 for the management logical device.</summary>
        public int LogicalDevice { get; }

        /// <summary>The client SAP the keys are for, e.g. 1 for the management client.</summary>
        public int ClientSap { get; }

        /// <summary>Copies the meter's system title (8 bytes).</summary>
        public void CopySystemTitle(byte[] buffer, int offset)
        {
            CheckBuffer(buffer, offset, DlmsIdentity.SystemTitleLength);
            Array.Copy(_systemTitle, 0, buffer, offset, DlmsIdentity.SystemTitleLength);
        }

        /// <summary>True if the shipment carries the key of <paramref name="keyId"/> (0..3).</summary>
        public bool HasKey(int keyId)
        {
            return keyId >= 0 && keyId < KeyCount && _keys[keyId] != null;
        }

        /// <summary>Copies the key of <paramref name="keyId"/> (16 bytes).</summary>
        public void CopyKey(int keyId, byte[] buffer, int offset)
        {
            if (!HasKey(keyId))
            {
                throw new InvalidOperationException("the shipment has no key " + keyId.ToString());
            }

            CheckBuffer(buffer, offset, KeyLength);
            Array.Copy(_keys[keyId], 0, buffer, offset, KeyLength);
        }

        /// <summary>Sets the key of <paramref name="keyId"/> (0..3) from 16 bytes at <paramref name="offset"/>.</summary>
        public void SetKey(int keyId, byte[] key, int offset)
        {
            if (keyId < 0 || keyId >= KeyCount)
            {
                throw new ArgumentOutOfRangeException("keyId");
            }

            CheckBuffer(key, offset, KeyLength);
            if (_keys[keyId] == null)
            {
                _keys[keyId] = new byte[KeyLength];
            }

            Array.Copy(key, offset, _keys[keyId], 0, KeyLength);
        }

        /// <summary>Zeroises every key.</summary>
        public void Clear()
        {
            for (int i = 0; i < KeyCount; i++)
            {
                if (_keys[i] != null)
                {
                    Array.Clear(_keys[i], 0, KeyLength);
                    _keys[i] = null;
                }
            }
        }

        /// <summary>Bytes <see cref="Encode"/> writes.</summary>
        public int EncodedLength
        {
            get
            {
                int length = Header.Length + 1 + FieldLength("system-title", 2 * DlmsIdentity.SystemTitleLength)
                    + FieldLength("logical-device", LogicalDevice.ToString().Length) + FieldLength("client-sap", ClientSap.ToString().Length);
                for (int i = 0; i < KeyCount; i++)
                {
                    if (_keys[i] != null)
                    {
                        length += FieldLength(KeyNames[i], 2 * KeyLength);
                    }
                }

                return length;
            }
        }

        /// <summary>
        /// Writes the file (ASCII, LF line ends) into <paramref name="buffer"/> and returns its
        /// length, or -1 (nothing meaningful written) if it needs more than <paramref name="count"/>
        /// bytes. The global unicast key, AK and KEK must be set. The caller zeroises the buffer
        /// once the file is delivered.
        /// </summary>
        public int Encode(byte[] buffer, int offset, int count)
        {
            CheckBuffer(buffer, offset, count);
            if (!HasKey(0) || !HasKey(2) || !HasKey(3))
            {
                throw new InvalidOperationException("a shipment carries at least the EK, the AK and the KEK");
            }

            int length = EncodedLength;
            if (length > count)
            {
                return -1;
            }

            int position = offset;
            position = PutLine(buffer, position, Header);
            position = PutField(buffer, position, "system-title", null);
            position = PutHex(buffer, position, _systemTitle);
            position = PutField(buffer, position, "logical-device", LogicalDevice.ToString());
            position = PutField(buffer, position, "client-sap", ClientSap.ToString());
            for (int i = 0; i < KeyCount; i++)
            {
                if (_keys[i] != null)
                {
                    position = PutField(buffer, position, KeyNames[i], null);
                    position = PutHex(buffer, position, _keys[i]);
                }
            }

            return position - offset;
        }

        /// <summary>
        /// Reads a shipment file of <paramref name="count"/> bytes. Returns null and a message
        /// naming the line and the fault in <paramref name="error"/> for anything but a
        /// well-formed file: too long, missing or different header, a line too long, a byte that
        /// is not printable ASCII, an unknown, repeated or missing field, a value of the wrong
        /// form or range. Never throws for bad content.
        /// </summary>
        public static ShipmentFile Parse(byte[] buffer, int offset, int count, out string error)
        {
            error = null;
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                error = "no file (buffer, offset and count do not agree)";
                return null;
            }

            if (count > MaxLength)
            {
                error = "the file is longer than " + MaxLength.ToString() + " bytes";
                return null;
            }

            ShipmentFields fields = new ShipmentFields();
            int end = offset + count;
            int lineStart = offset;
            int lineNumber = 0;
            while (lineStart < end && error == null)
            {
                lineNumber++;
                int lineEnd = lineStart;
                while (lineEnd < end && buffer[lineEnd] != (byte)'\n')
                {
                    lineEnd++;
                }

                int next = lineEnd + 1;
                if (lineEnd > lineStart && buffer[lineEnd - 1] == (byte)'\r')
                {
                    lineEnd--;
                }

                string fault = ReadLine(buffer, lineStart, lineEnd - lineStart, lineNumber, fields);
                if (fault != null)
                {
                    error = "line " + lineNumber.ToString() + ": " + fault;
                }

                lineStart = next;
            }

            if (lineNumber == 0)
            {
                error = "the file is empty";
            }

            if (error == null)
            {
                error = fields.Missing();
            }

            if (error != null)
            {
                fields.Clear();
                return null;
            }

            ShipmentFile file = new ShipmentFile(fields.SystemTitle, 0, fields.LogicalDevice, fields.ClientSap);
            for (int i = 0; i < KeyCount; i++)
            {
                if (fields.Keys[i] != null)
                {
                    file.SetKey(i, fields.Keys[i], 0);
                }
            }

            fields.Clear();
            return file;
        }

        private static string ReadLine(byte[] buffer, int start, int length, int lineNumber, ShipmentFields fields)
        {
            if (length > MaxLineLength)
            {
                return "longer than " + MaxLineLength.ToString() + " characters";
            }

            for (int i = start; i < start + length; i++)
            {
                if (buffer[i] < 0x20 || buffer[i] > 0x7E)
                {
                    return "byte 0x" + buffer[i].ToString("X2") + " is not printable ASCII";
                }
            }

            if (lineNumber == 1)
            {
                return Matches(buffer, start, length, Header) ? null : "not a shipment file: the first line must be the test-only header \"" + Header + "\"";
            }

            int first = start;
            int last = start + length;
            while (first < last && buffer[first] == (byte)' ')
            {
                first++;
            }

            while (last > first && buffer[last - 1] == (byte)' ')
            {
                last--;
            }

            if (first == last || buffer[first] == (byte)'#')
            {
                return null;
            }

            int colon = first;
            while (colon < last && buffer[colon] != (byte)':')
            {
                colon++;
            }

            if (colon == last)
            {
                return "expected \"name: value\"";
            }

            int valueStart = colon + 1;
            while (valueStart < last && buffer[valueStart] == (byte)' ')
            {
                valueStart++;
            }

            return fields.Set(Ascii(buffer, first, colon - first), buffer, valueStart, last - valueStart);
        }

        private static bool Matches(byte[] buffer, int start, int length, string text)
        {
            if (length != text.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (buffer[start + i] != (byte)text[i])
                {
                    return false;
                }
            }

            return true;
        }

        // Only called on a bounded, printable-ASCII range.
        private static string Ascii(byte[] buffer, int start, int length)
        {
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = (char)buffer[start + i];
            }

            return new string(chars);
        }

        private static int FieldLength(string name, int valueLength)
        {
            return name.Length + 2 + valueLength + 1;
        }

        private static int PutLine(byte[] buffer, int position, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                buffer[position++] = (byte)text[i];
            }

            buffer[position++] = (byte)'\n';
            return position;
        }

        // "name: " then the value; a null value leaves the line open for PutHex.
        private static int PutField(byte[] buffer, int position, string name, string value)
        {
            for (int i = 0; i < name.Length; i++)
            {
                buffer[position++] = (byte)name[i];
            }

            buffer[position++] = (byte)':';
            buffer[position++] = (byte)' ';
            return value == null ? position : PutLine(buffer, position, value);
        }

        private static int PutHex(byte[] buffer, int position, byte[] bytes)
        {
            const string Digits = "0123456789ABCDEF";
            for (int i = 0; i < bytes.Length; i++)
            {
                buffer[position++] = (byte)Digits[bytes[i] >> 4];
                buffer[position++] = (byte)Digits[bytes[i] & 0x0F];
            }

            buffer[position++] = (byte)'\n';
            return position;
        }

        private static void CheckBuffer(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("offset");
            }
        }

        /// <summary>The fields read so far, each checked as it is set.</summary>
        private sealed class ShipmentFields
        {
            public readonly byte[] SystemTitle = new byte[DlmsIdentity.SystemTitleLength];
            public readonly byte[][] Keys = new byte[KeyCount][];
            public int LogicalDevice;
            public int ClientSap;
            private bool _hasTitle;

            public string Set(string name, byte[] buffer, int start, int length)
            {
                if (name == "system-title")
                {
                    if (_hasTitle)
                    {
                        return "system-title given twice";
                    }

                    _hasTitle = true;
                    return ParseHex(buffer, start, length, SystemTitle) ? null : "system-title must be " + (2 * DlmsIdentity.SystemTitleLength).ToString() + " hex digits";
                }

                if (name == "logical-device" || name == "client-sap")
                {
                    bool logical = name == "logical-device";
                    if ((logical ? LogicalDevice : ClientSap) != 0)
                    {
                        return name + " given twice";
                    }

                    int max = logical ? MaxLogicalDevice : MaxClientSap;
                    int value = ParseDecimal(buffer, start, length, max);
                    if (value < 1)
                    {
                        return name + " must be a whole number from 1 to " + max.ToString();
                    }

                    if (logical)
                    {
                        LogicalDevice = value;
                    }
                    else
                    {
                        ClientSap = value;
                    }

                    return null;
                }

                for (int i = 0; i < KeyCount; i++)
                {
                    if (name == KeyNames[i])
                    {
                        if (Keys[i] != null)
                        {
                            return name + " given twice";
                        }

                        Keys[i] = new byte[KeyLength];
                        return ParseHex(buffer, start, length, Keys[i]) ? null : name + " must be " + (2 * KeyLength).ToString() + " hex digits";
                    }
                }

                return "unknown field \"" + name + "\"";
            }

            /// <summary>The first required field not given, as an error; null when all are there.</summary>
            public string Missing()
            {
                if (!_hasTitle)
                {
                    return "system-title is missing";
                }

                if (LogicalDevice == 0)
                {
                    return "logical-device is missing";
                }

                if (ClientSap == 0)
                {
                    return "client-sap is missing";
                }

                for (int i = 0; i < KeyCount; i++)
                {
                    if (Keys[i] == null && i != 1)
                    {
                        return KeyNames[i] + " is missing";
                    }
                }

                return null;
            }

            public void Clear()
            {
                for (int i = 0; i < KeyCount; i++)
                {
                    if (Keys[i] != null)
                    {
                        Array.Clear(Keys[i], 0, KeyLength);
                    }
                }
            }

            private static bool ParseHex(byte[] buffer, int start, int length, byte[] into)
            {
                if (length != 2 * into.Length)
                {
                    return false;
                }

                for (int i = 0; i < into.Length; i++)
                {
                    int high = Nibble(buffer[start + (2 * i)]);
                    int low = Nibble(buffer[start + (2 * i) + 1]);
                    if (high < 0 || low < 0)
                    {
                        Array.Clear(into, 0, into.Length);
                        return false;
                    }

                    into[i] = (byte)((high << 4) | low);
                }

                return true;
            }

            // A decimal number of at most five digits in [0, max]; -1 for anything else.
            private static int ParseDecimal(byte[] buffer, int start, int length, int max)
            {
                if (length < 1 || length > 5)
                {
                    return -1;
                }

                int value = 0;
                for (int i = start; i < start + length; i++)
                {
                    if (buffer[i] < (byte)'0' || buffer[i] > (byte)'9')
                    {
                        return -1;
                    }

                    value = (value * 10) + (buffer[i] - '0');
                }

                return value <= max ? value : -1;
            }

            private static int Nibble(byte c)
            {
                if (c >= (byte)'0' && c <= (byte)'9')
                {
                    return c - '0';
                }

                if (c >= (byte)'a' && c <= (byte)'f')
                {
                    return c - 'a' + 10;
                }

                if (c >= (byte)'A' && c <= (byte)'F')
                {
                    return c - 'A' + 10;
                }

                return -1;
            }
        }
    }
}
