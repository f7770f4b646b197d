using System;
using Meter.Security;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Security
{
    /// <summary>The test meter's shipment file: the exact text, round trips, and every kind of malformed input refused with a message.</summary>
    [TestClass]
    public class ShipmentFileTests
    {
        // Green Book example system title and keys (dlms-green-book.txt), a made-up KEK and broadcast key.
        private const string Title = "4D4D4D0000BC614E";
        private const string Ek = "000102030405060708090A0B0C0D0E0F";
        private const string Ak = "D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF";
        private const string Kek = "1112131415161718191A1B1C1D1E1F20";
        private const string Broadcast = "A0A1A2A3A4A5A6A7A8A9AAABACADAEAF";

        private const string Body =
            "system-title: " + Title + "\n"
            + "logical-device: 1\n"
            + "client-sap: 1\n"
            + "ek: " + Ek + "\n"
            + "broadcast-ek: " + Broadcast + "\n"
            + "ak: " + Ak + "\n"
            + "kek: " + Kek + "\n";

        [TestMethod]
        public void WritesTheDocumentedText()
        {
            ShipmentFile file = Sample(true);
            byte[] buffer = new byte[file.EncodedLength];
            Assert.AreEqual(buffer.Length, file.Encode(buffer, 0, buffer.Length));
            Assert.AreEqual(ShipmentFile.Header + "\n" + Body, Text(buffer, buffer.Length));
            Assert.StartsWith("# DLMS/COSEM suite 0 shipment", ShipmentFile.Header);
            Assert.Contains("TEST METER ONLY", ShipmentFile.Header);
            Assert.Contains("never be used in the field", ShipmentFile.Header);
        }

        [TestMethod]
        public void RoundTripsWithAndWithoutTheBroadcastKey()
        {
            for (int withBroadcast = 0; withBroadcast < 2; withBroadcast++)
            {
                ShipmentFile written = Sample(withBroadcast == 1);
                byte[] buffer = new byte[ShipmentFile.MaxLength];
                int length = written.Encode(buffer, 5, buffer.Length - 5);

                string error;
                ShipmentFile read = ShipmentFile.Parse(buffer, 5, length, out error);
                Assert.IsNotNull(read, error);
                Assert.IsNull(error);
                Assert.AreEqual(1, read.LogicalDevice);
                Assert.AreEqual(1, read.ClientSap);
                byte[] title = new byte[8];
                read.CopySystemTitle(title, 0);
                Assert.AreEqual(Title, Hex.Format(title).ToUpper());
                Assert.AreEqual(Ek, KeyOf(read, 0));
                Assert.AreEqual(Ak, KeyOf(read, 2));
                Assert.AreEqual(Kek, KeyOf(read, 3));
                Assert.AreEqual(withBroadcast == 1, read.HasKey(1));
                if (withBroadcast == 1)
                {
                    Assert.AreEqual(Broadcast, KeyOf(read, 1));
                }
            }
        }

        [TestMethod]
        public void AcceptsCrLfCommentsBlankLinesAndLowerCaseHex()
        {
            string text = ShipmentFile.Header + "\r\n# received 2026-11-22\r\n\r\n  logical-device:   17  \r\n"
                + "client-sap: 1\r\nsystem-title: " + Title.ToLower() + "\r\nkek: " + Kek + "\r\nak: " + Ak + "\r\nek: " + Ek.ToLower();
            string error;
            ShipmentFile read = Parse(text, out error);
            Assert.IsNotNull(read, error);
            Assert.AreEqual(17, read.LogicalDevice);
            Assert.AreEqual(Ek, KeyOf(read, 0));
            Assert.IsFalse(read.HasKey(1));
        }

        [TestMethod]
        [DataRow("", "the file is empty")]
        [DataRow("system-title: 4D4D4D0000BC614E\n", "line 1: not a shipment file")]
        [DataRow("# DLMS/COSEM suite 0 shipment, format 1.\n", "line 1: not a shipment file")]
        [DataRow("@H\nfoo: bar\n", "line 2: unknown field \"foo\"")]
        [DataRow("@H\nsystem-title 4D4D4D0000BC614E\n", "line 2: expected \"name: value\"")]
        [DataRow("@H\n@Bek: 000102030405060708090A0B0C0D0E0F\n", "line 9: ek given twice")]
        [DataRow("@H\nlogical-device: 1\nlogical-device: 2\n", "line 3: logical-device given twice")]
        [DataRow("@H\nsystem-title: 4D4D4D0000BC61\n", "line 2: system-title must be 16 hex digits")]
        [DataRow("@H\nsystem-title: 4D4D4D0000BC614EFF\n", "line 2: system-title must be 16 hex digits")]
        [DataRow("@H\nek: 000102030405060708090A0B0C0D0E0G\n", "line 2: ek must be 32 hex digits")]
        [DataRow("@H\nak: 0001020304050607\n", "line 2: ak must be 32 hex digits")]
        [DataRow("@H\nkek: \n", "line 2: kek must be 32 hex digits")]
        [DataRow("@H\nlogical-device: 0\n", "line 2: logical-device must be a whole number from 1 to 16383")]
        [DataRow("@H\nlogical-device: 16384\n", "line 2: logical-device must be a whole number from 1 to 16383")]
        [DataRow("@H\nlogical-device: 999999\n", "line 2: logical-device must be a whole number from 1 to 16383")]
        [DataRow("@H\nlogical-device: -1\n", "line 2: logical-device must be")]
        [DataRow("@H\nclient-sap: 127\n", "line 2: client-sap must be a whole number from 1 to 126")]
        [DataRow("@H\nclient-sap: 1x\n", "line 2: client-sap must be")]
        [DataRow("@H\nek: 000102030405060708090A0B0C0D0E0F\tx\n", "line 2: byte 0x09 is not printable ASCII")]
        [DataRow("@H\nsystem-title: 4D4D4D0000BC614E\nlogical-device: 1\nclient-sap: 1\nek: 000102030405060708090A0B0C0D0E0F\nak: D0D1D2D3D4D5D6D7D8D9DADBDCDDDEDF\n", "kek is missing")]
        [DataRow("@H\nlogical-device: 1\n", "system-title is missing")]
        public void RefusesMalformedInputWithAMessage(string text, string expected)
        {
            string error;
            ShipmentFile read = Parse(text.Length >= 2 && text.Substring(0, 2) == "@H" ? ShipmentFile.Header + Expand(text.Substring(2)) : text, out error);
            Assert.IsNull(read);
            Assert.IsNotNull(error);
            Assert.Contains(expected, error);
        }

        [TestMethod]
        public void RefusesNonAsciiLongLinesAndLongFiles()
        {
            string error;
            byte[] bytes = Hex.Ascii(ShipmentFile.Header + "\n" + Body);
            bytes[ShipmentFile.Header.Length + 3] = 0xC3;
            Assert.IsNull(ShipmentFile.Parse(bytes, 0, bytes.Length, out error));
            Assert.Contains("line 2: byte 0xC3 is not printable ASCII", error);

            string longLine = ShipmentFile.Header + "\n# " + new string('x', ShipmentFile.MaxLineLength) + "\n" + Body;
            Assert.IsNull(Parse(longLine, out error));
            Assert.Contains("line 2: longer than 160 characters", error);

            byte[] huge = new byte[ShipmentFile.MaxLength + 1];
            Assert.IsNull(ShipmentFile.Parse(huge, 0, huge.Length, out error));
            Assert.Contains("longer than 2048 bytes", error);

            Assert.IsNull(ShipmentFile.Parse(bytes, 10, bytes.Length, out error), "count past the buffer");
            Assert.IsNull(ShipmentFile.Parse(null, 0, 0, out error));
        }

        [TestMethod]
        public void EncodeNeedsRoomAndTheThreeKeys()
        {
            ShipmentFile file = Sample(false);
            Assert.AreEqual(-1, file.Encode(new byte[file.EncodedLength - 1], 0, file.EncodedLength - 1));

            ShipmentFile incomplete = new ShipmentFile(Hex.Parse(Title), 0, 1, 1);
            incomplete.SetKey(0, Hex.Parse(Ek), 0);
            Assert.ThrowsException(typeof(InvalidOperationException), () => incomplete.Encode(new byte[512], 0, 512));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new ShipmentFile(Hex.Parse(Title), 0, 0, 1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new ShipmentFile(Hex.Parse(Title), 0, 1, 127));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => incomplete.SetKey(4, Hex.Parse(Ek), 0));
        }

        [TestMethod]
        public void ClearForgetsTheKeys()
        {
            ShipmentFile file = Sample(true);
            file.Clear();
            for (int keyId = 0; keyId < 4; keyId++)
            {
                Assert.IsFalse(file.HasKey(keyId));
            }

            Assert.ThrowsException(typeof(InvalidOperationException), () => file.CopyKey(0, new byte[16], 0));
        }

        private static ShipmentFile Sample(bool withBroadcast)
        {
            ShipmentFile file = new ShipmentFile(Hex.Parse(Title), 0, 1, 1);
            file.SetKey(0, Hex.Parse(Ek), 0);
            file.SetKey(2, Hex.Parse(Ak), 0);
            file.SetKey(3, Hex.Parse(Kek), 0);
            if (withBroadcast)
            {
                file.SetKey(1, Hex.Parse(Broadcast), 0);
            }

            return file;
        }

        private static string KeyOf(ShipmentFile file, int keyId)
        {
            byte[] key = new byte[16];
            file.CopyKey(keyId, key, 0);
            return Hex.Format(key).ToUpper();
        }

        private static ShipmentFile Parse(string text, out string error)
        {
            byte[] bytes = Hex.Ascii(text);
            return ShipmentFile.Parse(bytes, 0, bytes.Length, out error);
        }

        // "@B" in a data row stands for the whole valid body (seven lines).
        private static string Expand(string text)
        {
            string result = string.Empty;
            int at = text.IndexOf("@B");
            while (at >= 0)
            {
                result += text.Substring(0, at) + Body;
                text = text.Substring(at + 2);
                at = text.IndexOf("@B");
            }

            return result + text;
        }

        private static string Text(byte[] bytes, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
