using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class HdlcParametersTests
    {
        [TestMethod]
        public void ParsesAndReencodesGreenBookUaParameters()
        {
            byte[] field = Hex.Parse(HdlcVectors.UaInfo);
            HdlcParameters parameters = new HdlcParameters();
            Assert.IsTrue(HdlcParameters.Parse(field, 0, field.Length, parameters) == HdlcParameterResult.Ok);
            Assert.AreEqual(154, parameters.MaxInfoTransmit);
            Assert.AreEqual(154, parameters.MaxInfoReceive);
            Assert.AreEqual(1, parameters.WindowTransmit);
            Assert.AreEqual(1, parameters.WindowReceive);

            byte[] output = new byte[HdlcParameters.MaxEncodedLength];
            int written = parameters.Encode(output, 0, output.Length);
            Assert.AreEqual(field.Length, written);
            Assert.AreEqual(HdlcVectors.UaInfo.ToLower(), Hex.Format(Slice(output, written)));
        }

        [TestMethod]
        public void DefaultsAre128BytesAndWindow1()
        {
            HdlcParameters parameters = new HdlcParameters();
            Assert.AreEqual(128, parameters.MaxInfoTransmit);
            Assert.AreEqual(128, parameters.MaxInfoReceive);
            Assert.AreEqual(1, parameters.WindowTransmit);
            Assert.AreEqual(1, parameters.WindowReceive);
        }

        [TestMethod]
        public void EmptyFieldMeansDefaults()
        {
            HdlcParameters parameters = new HdlcParameters();
            parameters.WindowReceive = 7;
            Assert.IsTrue(HdlcParameters.Parse(new byte[0], 0, 0, parameters) == HdlcParameterResult.Ok);
            Assert.AreEqual(1, parameters.WindowReceive);
        }

        [TestMethod]
        public void AbsentParametersKeepDefaultsAndUnknownOnesAreSkipped()
        {
            byte[] field = Hex.Parse("818009" + "0602" + "07EE" + "0902ABCD" + "0801" + "03");
            field[2] = (byte)(field.Length - 3);
            HdlcParameters parameters = new HdlcParameters();
            Assert.IsTrue(HdlcParameters.Parse(field, 0, field.Length, parameters) == HdlcParameterResult.Ok);
            Assert.AreEqual(128, parameters.MaxInfoTransmit);
            Assert.AreEqual(2030, parameters.MaxInfoReceive);
            Assert.AreEqual(1, parameters.WindowTransmit);
            Assert.AreEqual(3, parameters.WindowReceive);
        }

        [TestMethod]
        [DataRow(32, 2030, 1, 7)]
        [DataRow(255, 256, 7, 1)]
        [DataRow(2030, 32, 4, 4)]
        public void EncodedParametersParseBack(int infoTx, int infoRx, int windowTx, int windowRx)
        {
            HdlcParameters parameters = new HdlcParameters();
            parameters.MaxInfoTransmit = infoTx;
            parameters.MaxInfoReceive = infoRx;
            parameters.WindowTransmit = windowTx;
            parameters.WindowReceive = windowRx;
            byte[] buffer = new byte[HdlcParameters.MaxEncodedLength + 2];
            int written = parameters.Encode(buffer, 1, buffer.Length - 1);
            Assert.IsTrue(written > 0);

            HdlcParameters parsed = new HdlcParameters();
            Assert.IsTrue(HdlcParameters.Parse(buffer, 1, written, parsed) == HdlcParameterResult.Ok);
            Assert.AreEqual(infoTx, parsed.MaxInfoTransmit);
            Assert.AreEqual(infoRx, parsed.MaxInfoReceive);
            Assert.AreEqual(windowTx, parsed.WindowTransmit);
            Assert.AreEqual(windowRx, parsed.WindowReceive);
        }

        [TestMethod]
        public void LargeLengthsTakeTwoBytes()
        {
            HdlcParameters parameters = new HdlcParameters();
            parameters.MaxInfoTransmit = 0x07EE;
            parameters.MaxInfoReceive = 0x0100;
            byte[] buffer = new byte[HdlcParameters.MaxEncodedLength];
            int written = parameters.Encode(buffer, 0, buffer.Length);
            Assert.AreEqual("81801405" + "0207ee" + "06020100" + "070400000001" + "080400000001", Hex.Format(Slice(buffer, written)));
        }

        [TestMethod]
        public void WrongIdentifiersAreRejected()
        {
            Assert.IsTrue(Parse("82801205019A06019A070400000001080400000001") == HdlcParameterResult.BadFormat);
            Assert.IsTrue(Parse("81811205019A06019A070400000001080400000001") == HdlcParameterResult.BadGroup);
        }

        [TestMethod]
        public void LengthsThatDisagreeAreRejected()
        {
            Assert.IsTrue(Parse("81801305019A06019A070400000001080400000001") == HdlcParameterResult.BadLength);
            Assert.IsTrue(Parse("81801105019A06019A070400000001080400000001") == HdlcParameterResult.BadLength);
            Assert.IsTrue(Parse("8180020501") == HdlcParameterResult.BadLength);
            Assert.IsTrue(Parse("81800105") == HdlcParameterResult.BadLength);
            Assert.IsTrue(Parse("8180") == HdlcParameterResult.BadLength);
        }

        [TestMethod]
        [DataRow("8180020500")]
        [DataRow("81800707050000000080")]
        [DataRow("81800305011F")]
        [DataRow("81800405020800")]
        [DataRow("818004050207EF")]
        [DataRow("818003070100")]
        [DataRow("818003080108")]
        [DataRow("8180060704FFFFFFFF")]
        public void ValuesOutOfBoundsAreRejected(string hex)
        {
            // 1 to 4 value bytes; lengths 32..2030 (IEC HDLC setup, class 23); windows 1..7.
            Assert.IsTrue(Parse(hex) == HdlcParameterResult.BadValue);
        }

        [TestMethod]
        public void EveryPrefixFailsWithoutThrowing()
        {
            byte[] field = Hex.Parse(HdlcVectors.UaInfo);
            HdlcParameters parameters = new HdlcParameters();
            for (int count = 1; count < field.Length; count++)
            {
                Assert.IsFalse(HdlcParameters.Parse(field, 0, count, parameters) == HdlcParameterResult.Ok, "prefix " + count);
            }
        }

        [TestMethod]
        public void InvalidOrNonFittingParametersAreNotEncoded()
        {
            HdlcParameters parameters = new HdlcParameters();
            parameters.WindowTransmit = 8;
            Assert.AreEqual(0, parameters.Encode(new byte[32], 0, 32));
            parameters.WindowTransmit = 1;
            parameters.MaxInfoReceive = 31;
            Assert.AreEqual(0, parameters.Encode(new byte[32], 0, 32));
            parameters.MaxInfoReceive = 128;
            Assert.AreEqual(0, parameters.Encode(new byte[32], 0, 20));
            Assert.AreEqual(21, parameters.Encode(new byte[32], 0, 21));
        }

        private static HdlcParameterResult Parse(string hex)
        {
            byte[] field = Hex.Parse(hex);
            return HdlcParameters.Parse(field, 0, field.Length, new HdlcParameters());
        }

        private static byte[] Slice(byte[] buffer, int count)
        {
            byte[] slice = new byte[count];
            System.Array.Copy(buffer, 0, slice, 0, count);
            return slice;
        }
    }
}
