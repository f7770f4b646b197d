using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class EnergyRegistersTests
    {
        private const int SampleRate = 4096;

        [TestMethod]
        [DataRow(1000L, 500L, 0)]
        [DataRow(-1000L, 500L, 1)]
        [DataRow(-1000L, -500L, 2)]
        [DataRow(1000L, -500L, 3)]
        public void EachQuadrantFeedsItsActiveAndReactiveRegister(long active, long reactive, int quadrantIndex)
        {
            // Quadrants I..IV (IEC 62053-23, consumer's view): P+Q+, P−Q+, P−Q−, P+Q−.
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1);
            registers.Add(active * 1000000, reactive * 1000000, SampleRate * 36);
            long a = active < 0 ? -active : active;
            long r = reactive < 0 ? -reactive : reactive;
            bool import = quadrantIndex == 0 || quadrantIndex == 3;
            bool lagging = quadrantIndex == 0 || quadrantIndex == 1;

            // P watts for 36 s = P × 10 mWh.
            Assert.AreEqual(import ? a * 10 : 0L, registers.ActiveImport.Units);
            Assert.AreEqual(import ? 0L : a * 10, registers.ActiveExport.Units);
            Assert.AreEqual(lagging ? r * 10 : 0L, registers.ReactiveImport.Units);
            Assert.AreEqual(lagging ? 0L : r * 10, registers.ReactiveExport.Units);
        }

        [TestMethod]
        public void ReversingPowerNeverTakesARegisterBack()
        {
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
            long watt = 1000000;
            registers.Add(3600 * watt, 0, SampleRate);
            registers.Add(-7200 * watt, -3600 * watt, SampleRate);
            registers.Add(3600 * watt, 0, SampleRate);
            Assert.AreEqual(2L, registers.ActiveImport.Units);
            Assert.AreEqual(2L, registers.ActiveExport.Units);
            Assert.AreEqual(0L, registers.ReactiveImport.Units);
            Assert.AreEqual(1L, registers.ReactiveExport.Units);
        }

        [TestMethod]
        public void ARefusedFrameMovesNoRegister()
        {
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => registers.Add(1000000, long.MinValue, SampleRate));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => registers.Add(1000000, 1000000, -1));
            for (int r = 0; r < registers.Count; r++)
            {
                Assert.AreEqual(0L, registers[r].Remainder, "register " + r);
            }
        }

        [TestMethod]
        public void TheIndexerFollowsThePersistedOrder()
        {
            EnergyRegisters registers = new EnergyRegisters(SampleRate, 1000);
            Assert.AreEqual(4, registers.Count);
            Assert.AreSame(registers.ActiveImport, registers[0]);
            Assert.AreSame(registers.ActiveExport, registers[1]);
            Assert.AreSame(registers.ReactiveImport, registers[2]);
            Assert.AreSame(registers.ReactiveExport, registers[3]);
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => { EnergyRegister unused = registers[4]; });
        }
    }
}
