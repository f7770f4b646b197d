using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Byte helpers for the DLMS codec tests.</summary>
    public static class DlmsBytes
    {
        /// <summary>The first <paramref name="count"/> bytes of <paramref name="buffer"/>.</summary>
        public static byte[] Take(byte[] buffer, int count)
        {
            byte[] result = new byte[count];
            System.Array.Copy(buffer, result, count);
            return result;
        }

        /// <summary><paramref name="bytes"/> placed at <paramref name="offset"/> in a larger buffer (checks offset handling).</summary>
        public static byte[] Embed(byte[] bytes, int offset)
        {
            byte[] result = Hex.Repeat(0xEE, offset + bytes.Length + 3);
            System.Array.Copy(bytes, 0, result, offset, bytes.Length);
            return result;
        }

        /// <summary>The raw-data bytes of an xDLMS block.</summary>
        public static byte[] RawData(DataBlockSa block)
        {
            byte[] raw = new byte[block.RawDataLength];
            block.CopyRawDataTo(raw, 0);
            return raw;
        }

        /// <summary>Asserts that <paramref name="actual"/> is the bytes of <paramref name="expectedHex"/>.</summary>
        public static void AreEqual(string expectedHex, byte[] actual)
        {
            Assert.AreEqual(Hex.Format(Hex.Parse(expectedHex)), Hex.Format(actual));
        }
    }
}
