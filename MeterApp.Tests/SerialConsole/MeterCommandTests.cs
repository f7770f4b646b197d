using Meter.Metrology;
using Meter.SerialConsole.Commands;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class MeterCommandTests
    {
        [TestMethod]
        [DataRow(230014L, 3, 2, "230.01")]
        [DataRow(230015L, 3, 2, "230.02")]
        [DataRow(4999999L, 6, 3, "5.000")]
        [DataRow(5000L, 6, 3, "0.005")]
        [DataRow(1092500000L, 6, 1, "1092.5")]
        [DataRow(-359090000L, 6, 1, "-359.1")]
        [DataRow(-4L, 3, 2, "0.00")]
        [DataRow(-5L, 3, 2, "-0.01")]
        [DataRow(950L, 3, 3, "0.950")]
        [DataRow(50000L, 3, 3, "50.000")]
        [DataRow(7L, 0, 0, "7")]
        [DataRow(-9223372036854775808L, 3, 0, "-9223372036854776")]
        public void FixedPointTextRoundsHalfAwayFromZeroWithPaddedDecimals(long value, int scaleDigits, int decimals, string expected)
        {
            Assert.AreEqual(expected, FixedPointText.Format(value, scaleDigits, decimals));
        }

        [TestMethod]
        public void FixedPointTextRefusesMoreDecimalsThanTheScaleHas()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => FixedPointText.Format(1, 2, 3));
        }

        [TestMethod]
        public void MeterSaysSoBeforeTheFirstMeasurement()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Commands.Add(new MeterCommand(new NoMeasurement()));
            Assert.Contains("no measurement yet", console.Run("meter"));
        }

        [TestMethod]
        public void MeterPrintsEveryQuantityAndRegisterInItsUnit()
        {
            Measurement m = new Measurement();
            m.VoltageMillivolts = 230014;
            m.CurrentMicroamps = 5000400;
            m.NeutralMicroamps = 4999600;
            m.ActiveMicrowatts = 1092512345;
            m.ReactiveMicrovars = -359090000;
            m.ApparentMicrovoltAmperes = 1150070000;
            m.PowerFactorPerMille = 950;
            m.FrequencyMillihertz = 49987;
            EnergyRegisters registers = new EnergyRegisters(4096, 1000);
            registers.ActiveImport.Restore(123, 0);
            registers.ReactiveExport.Restore(45, 0);
            ConsoleFixture console = ConsoleFixture.Create();
            console.Commands.Add(new MeterCommand(new FixedMeasurement(new MeasurementSnapshot(m, registers, 617, 0))));
            string output = console.Run("meter");
            Assert.Contains("voltage:        230.01 V", output);
            Assert.Contains("current:        5.000 A", output);
            Assert.Contains("neutral:        5.000 A", output);
            Assert.Contains("active:         1092.5 W", output);
            Assert.Contains("reactive:       -359.1 var", output);
            Assert.Contains("apparent:       1150.1 VA", output);
            Assert.Contains("power factor:   0.950", output);
            Assert.Contains("frequency:      49.987 Hz", output);
            Assert.Contains("A+ (1.8.0):     123 Wh", output);
            Assert.Contains("A- (2.8.0):     0 Wh", output);
            Assert.Contains("R- (4.8.0):     45 varh", output);
            Assert.Contains("frames:         617, lost 0", output);
            Assert.Contains("billing:        line channel\r\n", output, "the neutral is marginally larger, but balanced");

            m.NeutralActiveMicrowatts = 1150000000;
            m.BilledFromNeutral = true;
            ConsoleFixture imbalanced = ConsoleFixture.Create();
            imbalanced.Commands.Add(new MeterCommand(new FixedMeasurement(new MeasurementSnapshot(m, registers, 618, 0))));
            Assert.Contains("billing:        neutral channel (L/N imbalance), 1150.0 W", imbalanced.Run("meter"));
        }

        private sealed class NoMeasurement : IMeasurementSource
        {
            public MeasurementSnapshot Latest
            {
                get { return null; }
            }
        }

        private sealed class FixedMeasurement : IMeasurementSource
        {
            private readonly MeasurementSnapshot _snapshot;

            public FixedMeasurement(MeasurementSnapshot snapshot)
            {
                _snapshot = snapshot;
            }

            public MeasurementSnapshot Latest
            {
                get { return _snapshot; }
            }
        }
    }
}
