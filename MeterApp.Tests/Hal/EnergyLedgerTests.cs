using Meter.Hal.Metrology.Atm90e26;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class EnergyLedgerTests
    {
        // One LSB of 1000 µW·samples, frames of 10 samples: one LSB per frame is 100 µW.
        private const long Lsb = 1000;
        private const int Samples = 10;
        private const long Max = 1000000;

        [TestMethod]
        public void SteadyStateHandsOutTheMeanPower()
        {
            EnergyLedger ledger = new EnergyLedger(Lsb);

            // A chip at 250 µW counts 2.5 LSB per frame: 2, 3, 2, 3, ...
            long handed = 0;
            for (int k = 0; k < 100; k++)
            {
                ledger.Add(k % 2 == 0 ? 2 : 3, 0);
                long power = ledger.Take(250, Samples, Max);
                Assert.AreEqual(250L, power, "frame " + k.ToString());
                handed += power * Samples;
            }

            Assert.AreEqual(250L * Lsb, handed + ledger.Forward);
        }

        [TestMethod]
        public void ABacklogIsHandedOutAtOnceDownToOneLsb()
        {
            EnergyLedger ledger = new EnergyLedger(Lsb);
            ledger.Add(50, 0);
            long power = ledger.Take(100, Samples, Max);
            Assert.IsTrue(ledger.Forward < Lsb && ledger.Forward > -Lsb);
            Assert.AreEqual(50L * Lsb, (power * Samples) + ledger.Forward);
        }

        [TestMethod]
        public void TheCapSpreadsABacklogOverFrames()
        {
            EnergyLedger ledger = new EnergyLedger(Lsb);
            ledger.Add(50, 0);
            Assert.AreEqual(1000L, ledger.Take(100, Samples, 1000));
            Assert.AreEqual(40L * Lsb, ledger.Forward);
        }

        [TestMethod]
        public void ReverseEnergyTheMeanHasNotSeenIsServedFirst()
        {
            EnergyLedger ledger = new EnergyLedger(Lsb);
            ledger.Add(1, 3);
            long power = ledger.Take(100, Samples, Max);
            Assert.IsTrue(power < 0, "the reverse LSBs are owed: this frame is export");
            Assert.IsTrue(ledger.Reverse < Lsb);
            Assert.AreEqual(1L * Lsb, ledger.Forward, "forward waits for the next frame");
            Assert.AreEqual(3L * Lsb, ledger.Reverse - (power * Samples));
        }

        [TestMethod]
        public void ForwardEnergyDuringExportIsServedToo()
        {
            EnergyLedger ledger = new EnergyLedger(Lsb);
            ledger.Add(2, 5);
            long power = ledger.Take(-400, Samples, Max);
            Assert.IsTrue(power > 0, "the forward LSBs are owed: this frame is import");
            Assert.AreEqual(5L * Lsb, ledger.Reverse, "reverse waited one frame");
            ledger.Add(0, 4);
            long export = ledger.Take(-400, Samples, Max);
            Assert.AreEqual(-801L, export, "then export catches up: 9 LSBs less what stays under one LSB");
            Assert.IsTrue(ledger.Reverse < Lsb && ledger.Forward < Lsb);
        }

        [TestMethod]
        public void NothingIsHandedOutAheadOfTheChipByAnLsbOrMore()
        {
            EnergyLedger ledger = new EnergyLedger(Lsb);
            long power = ledger.Take(1000, Samples, Max);
            Assert.IsTrue(power * Samples < Lsb, "mean power with an empty ledger stays below one LSB");
            Assert.IsTrue(ledger.Forward > -Lsb);
        }
    }
}
