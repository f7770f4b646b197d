using Meter.SerialConsole.Authentication;
using Meter.Tests.Support;
using nanoFramework.TestFramework;
using Meter.Hal.Crypto.Managed;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class CredentialTests
    {
        [TestMethod]
        public void EncodeDecodeRoundTripAndVerify()
        {
            byte[] secret = Hex.Ascii("a-console-secret-1");
            ConsoleCredential credential = ConsoleCredential.Create(secret, 0, secret.Length, Hex.Repeat(0x5A, 16), 3);
            byte[] record = new byte[ConsoleCredential.EncodedLength + 4];
            credential.Encode(record, 4);
            ConsoleCredential decoded = ConsoleCredential.Decode(record, 4, ConsoleCredential.EncodedLength);
            Assert.IsNotNull(decoded);
            Assert.AreEqual(3, decoded.Iterations);
            Assert.IsTrue(decoded.Verify(secret, 0, secret.Length));
            byte[] other = Hex.Ascii("a-console-secret-2");
            Assert.IsFalse(decoded.Verify(other, 0, other.Length));
        }

        [TestMethod]
        public void AStringSecretIsHashedAsItsAsciiBytes()
        {
            byte[] salt = Hex.Repeat(0x33, 16);
            ConsoleCredential fromString = ConsoleCredential.Create("Secret-42~!", salt, 2);
            byte[] ascii = Hex.Ascii("Secret-42~!");
            Assert.IsTrue(fromString.Verify(ascii, 0, ascii.Length));
            Assert.IsTrue(ConsoleCredential.Create(ascii, 0, ascii.Length, salt, 2).Verify("Secret-42~!"));
            Assert.IsFalse(fromString.Verify("secret-42~!"));
            Assert.IsFalse(fromString.Verify((string)null));
            Assert.IsTrue(ConsoleCredential.Create((string)null, salt, 2).Verify(string.Empty), "null is the empty secret");
        }

        [TestMethod]
        public void TheHashIsPbkdf2OfTheSecretUnderTheSalt()
        {
            // Record layout: version 1, algorithm 1, iterations, salt length, salt, hash length, hash.
            byte[] secret = Hex.Ascii("password");
            ConsoleCredential credential = ConsoleCredential.Create(secret, 0, secret.Length, Hex.Ascii("salt0123456789ab"), 2);
            byte[] record = new byte[ConsoleCredential.EncodedLength];
            credential.Encode(record, 0);
            Assert.AreEqual("010100000002" + "10" + Hex.Format(Hex.Ascii("salt0123456789ab")) + "20", Hex.Format(record).Substring(0, 2 * 24));
            byte[] expected = Pbkdf2Sha256.DeriveKey(secret, Hex.Ascii("salt0123456789ab"), 2, 32);
            byte[] stored = new byte[32];
            System.Array.Copy(record, 24, stored, 0, 32);
            CollectionAssert.AreEqual(expected, stored);
        }

        [TestMethod]
        [DataRow(0, 0x02)]
        [DataRow(1, 0x07)]
        [DataRow(2, 0xFF)]
        [DataRow(5, 0x00)]
        [DataRow(6, 0x0F)]
        [DataRow(23, 0x21)]
        public void DecodeRejectsFieldsOutOfBounds(int index, int value)
        {
            byte[] secret = Hex.Ascii("x");
            byte[] record = new byte[ConsoleCredential.EncodedLength];
            ConsoleCredential.Create(secret, 0, 1, new byte[16], 1).Encode(record, 0);
            if (index == 5)
            {
                record[2] = 0;
                record[3] = 0;
                record[4] = 0;
            }

            record[index] = (byte)value;
            Assert.IsNull(ConsoleCredential.Decode(record, 0, record.Length), "byte " + index);
        }

        [TestMethod]
        public void DecodeRejectsWrongLengths()
        {
            byte[] record = new byte[ConsoleCredential.EncodedLength + 1];
            ConsoleCredential.Create(new byte[1], 0, 1, new byte[16], 1).Encode(record, 0);
            Assert.IsNotNull(ConsoleCredential.Decode(record, 0, ConsoleCredential.EncodedLength));
            Assert.IsNull(ConsoleCredential.Decode(record, 0, ConsoleCredential.EncodedLength + 1));
            Assert.IsNull(ConsoleCredential.Decode(record, 0, ConsoleCredential.EncodedLength - 1));
            Assert.IsNull(ConsoleCredential.Decode(record, 2, ConsoleCredential.EncodedLength));
            Assert.IsNull(ConsoleCredential.Decode(record, -1, 3));
        }

        [TestMethod]
        [DataRow("", "")]
        [DataRow("f", "MY")]
        [DataRow("fo", "MZXQ")]
        [DataRow("foo", "MZXW6")]
        [DataRow("foob", "MZXW6YQ")]
        [DataRow("fooba", "MZXW6YTB")]
        [DataRow("foobar", "MZXW6YTBOI")]
        public void Base32MatchesRfc4648Section10WithoutPadding(string input, string expected)
        {
            byte[] bytes = Hex.Ascii(input);
            Assert.AreEqual(expected, Base32.Encode(bytes, 0, bytes.Length));
        }
    }
}
