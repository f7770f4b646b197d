using System;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class CalibrationRecordTests
    {
        private static Calibration Sample()
        {
            return new Calibration(Calibration.UnityGain + 12345, Calibration.UnityGain - 54321, Calibration.UnityGain + 7, 12000, 3400, -8727);
        }

        [TestMethod]
        public void RoundTripsEveryField()
        {
            byte[] buffer = new byte[CalibrationRecord.Size + 3];
            Assert.AreEqual(CalibrationRecord.Size, CalibrationRecord.Encode(Sample(), buffer, 3));
            Calibration decoded = CalibrationRecord.Decode(buffer, 3, CalibrationRecord.Size);
            Assert.IsNotNull(decoded);
            Calibration expected = Sample();
            Assert.AreEqual(expected.VoltageGain, decoded.VoltageGain);
            Assert.AreEqual(expected.CurrentGain, decoded.CurrentGain);
            Assert.AreEqual(expected.NeutralGain, decoded.NeutralGain);
            Assert.AreEqual(expected.CurrentOffsetMicroamps, decoded.CurrentOffsetMicroamps);
            Assert.AreEqual(expected.NeutralOffsetMicroamps, decoded.NeutralOffsetMicroamps);
            Assert.AreEqual(expected.PhaseMicroradians, decoded.PhaseMicroradians);
        }

        [TestMethod]
        public void LayoutIsLittleEndianWithVersionFirst()
        {
            byte[] buffer = new byte[CalibrationRecord.Size];
            CalibrationRecord.Encode(Calibration.Unity, buffer, 0);
            Assert.AreEqual((byte)1, buffer[0]);
            Assert.AreEqual((byte)0, buffer[1]);
            Assert.AreEqual((byte)0x40, buffer[5], "2^30 little-endian: 00 00 00 40");
            Assert.AreEqual((byte)0, buffer[2]);
        }

        [TestMethod]
        public void RefusesUnknownVersionAndWrongLength()
        {
            byte[] buffer = new byte[CalibrationRecord.Size + 1];
            CalibrationRecord.Encode(Sample(), buffer, 0);
            Assert.IsNull(CalibrationRecord.Decode(buffer, 0, CalibrationRecord.Size + 1));
            Assert.IsNull(CalibrationRecord.Decode(buffer, 0, CalibrationRecord.Size - 1));
            Assert.IsNull(CalibrationRecord.Decode(buffer, 2, CalibrationRecord.Size), "past the end");
            buffer[0] = 2;
            Assert.IsNull(CalibrationRecord.Decode(buffer, 0, CalibrationRecord.Size));
        }

        [TestMethod]
        [DataRow(2, 0)]
        [DataRow(6, 1)]
        [DataRow(10, 2)]
        [DataRow(14, 3)]
        [DataRow(22, 4)]
        [DataRow(30, 5)]
        public void RefusesAFieldOutOfRange(int fieldOffset, int kind)
        {
            byte[] buffer = new byte[CalibrationRecord.Size];
            CalibrationRecord.Encode(Sample(), buffer, 0);
            // Gains: 1.25; offsets: negative; phase: 6°.
            long bad = kind < 3 ? (Calibration.UnityGain / 4) * 5L : kind < 5 ? -1L : 104720L;
            for (int b = 0; b < (kind >= 3 && kind < 5 ? 8 : 4); b++)
            {
                buffer[fieldOffset + b] = (byte)(bad >> (8 * b));
            }

            Assert.IsNull(CalibrationRecord.Decode(buffer, 0, CalibrationRecord.Size));
        }

        [TestMethod]
        public void EncodeRefusesWhatDecodeWouldRefuse()
        {
            Calibration tooFar = new Calibration(Calibration.UnityGain, (Calibration.UnityGain / 10) * 13, Calibration.UnityGain, 0, 0, 0);
            Assert.AreEqual("igain", CalibrationRecord.OutOfRange(tooFar));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => CalibrationRecord.Encode(tooFar, new byte[CalibrationRecord.Size], 0));
            Assert.AreEqual("phase", CalibrationRecord.OutOfRange(new Calibration(Calibration.UnityGain, Calibration.UnityGain, Calibration.UnityGain, 0, 0, 90000)));
            Assert.IsNull(CalibrationRecord.OutOfRange(Calibration.Unity));
        }

        [TestMethod]
        public void TextParsesWithIntegersAndRefusesMalformedValues()
        {
            int gain;
            Assert.IsTrue(CalibrationText.TryParseGain("1.01", out gain));
            Assert.AreEqual("1.010000", CalibrationText.FormatGain(gain));
            Assert.IsTrue(CalibrationText.TryParseGain("1", out gain));
            Assert.AreEqual(Calibration.UnityGain, gain);
            long offset;
            Assert.IsTrue(CalibrationText.TryParseOffset("0.012", out offset));
            Assert.AreEqual(12000L, offset);
            int phase;
            Assert.IsTrue(CalibrationText.TryParsePhase("-0.5", out phase));
            Assert.AreEqual(-8727, phase);
            Assert.AreEqual("-0.5000", CalibrationText.FormatPhase(phase));
            Assert.IsFalse(CalibrationText.TryParseGain("1.0000001", out gain), "7 decimals");
            Assert.IsFalse(CalibrationText.TryParseGain("1e0", out gain));
            Assert.IsFalse(CalibrationText.TryParseGain("", out gain));
            Assert.IsFalse(CalibrationText.TryParseGain("-1", out gain));
            Assert.IsFalse(CalibrationText.TryParseGain("2", out gain));
            Assert.IsFalse(CalibrationText.TryParseGain("1.", out gain));
            Assert.IsFalse(CalibrationText.TryParseOffset("-0.1", out offset));
            Assert.IsFalse(CalibrationText.TryParsePhase("99999999999", out phase));
        }
    }
}
