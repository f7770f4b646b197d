using Meter.Dlms.Axdr;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class AxdrLengthTests
    {
        [DataRow(0, "00")]
        [DataRow(0x7F, "7f")]
        [DataRow(0x80, "8180")]
        [DataRow(0xFF, "81ff")]
        [DataRow(0x100, "820100")]
        [DataRow(0x0F0F, "820f0f")]
        [DataRow(0xFFFF, "82ffff")]
        [DataRow(0x10000, "83010000")]
        [DataRow(0x1000000, "8401000000")]
        [DataRow(int.MaxValue, "847fffffff")]
        [TestMethod]
        public void WritesAndReadsTheShortestForm(int value, string hex)
        {
            byte[] buffer = new byte[8];
            int written = AxdrLength.Write(buffer, 1, 7, value);
            Assert.AreEqual(hex.Length / 2, written);
            Assert.AreEqual(written, AxdrLength.Size(value));
            byte[] exact = new byte[written];
            System.Array.Copy(buffer, 1, exact, 0, written);
            Assert.AreEqual(hex, Hex.Format(exact));

            int read;
            int consumed;
            Assert.AreEqual((int)AxdrResult.Ok, (int)AxdrLength.TryRead(buffer, 1, 7, out read, out consumed));
            Assert.AreEqual(value, read);
            Assert.AreEqual(written, consumed);
        }

        [TestMethod]
        public void WriteReportsDoesNotFit()
        {
            byte[] buffer = new byte[3];
            Assert.AreEqual(AxdrEncoder.DoesNotFit, AxdrLength.Write(buffer, 0, 0, 5));
            Assert.AreEqual(AxdrEncoder.DoesNotFit, AxdrLength.Write(buffer, 0, 2, 0x100));
            Assert.AreEqual(3, AxdrLength.Write(buffer, 0, 3, 0x100));
        }

        [TestMethod]
        public void WriteRejectsNegativeLengths()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => AxdrLength.Write(new byte[4], 0, 4, -1));
        }

        [DataRow("", 1)]
        [DataRow("81", 1)]
        [DataRow("8201", 1)]
        [DataRow("8480", 1)]
        [DataRow("80", 5)]
        [DataRow("8105", 5)]
        [DataRow("820001", 5)]
        [DataRow("85", 4)]
        [DataRow("8f0102", 4)]
        [DataRow("84ffffffff", 4)]
        [TestMethod]
        public void RejectsBadFields(string hex, int expected)
        {
            byte[] buffer = Hex.Parse(hex);
            int value;
            int consumed;
            Assert.AreEqual(expected, (int)AxdrLength.TryRead(buffer, 0, buffer.Length, out value, out consumed));
            Assert.AreEqual(0, consumed);
            Assert.AreEqual(0, value);
        }
    }
}
