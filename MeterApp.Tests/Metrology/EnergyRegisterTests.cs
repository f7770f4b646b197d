using System;
using Meter.Metrology;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class EnergyRegisterTests
    {
        private const int SampleRate = 4096;

        /// <summary>1 Wh at 4096 Hz in µW·samples: 3.6e9 µW·s × 4096.</summary>
        private const long WattHour = 3600000000L * SampleRate;

        [TestMethod]
        public void OneWattHourIsThreeThousandSixHundredWattsForOneSecond()
        {
            EnergyRegister register = new EnergyRegister(SampleRate, 1000);
            Assert.AreEqual(WattHour, register.UnitSize);
            for (int s = 0; s < 3600; s++)
            {
                register.Add(1000000, SampleRate);
            }

            Assert.AreEqual(1L, register.Units);
            Assert.AreEqual(0L, register.Remainder);
        }

        [TestMethod]
        public void AMillionTinyUnlockedFramesSumExactlyToTheClosedForm()
        {
            // 0.123457 W over frames of 81, 82, 82 samples (50 Hz mains sampled at 4096 Hz, not
            // locked): every frame is far below a unit, so any rounding per frame would show.
            int frames = StoreTestKit.Scaled(1000000, 3000);
            const long Power = 123457;
            EnergyRegister register = new EnergyRegister(SampleRate, 100);
            long gained = 0;
            for (int k = 0; k < frames; k++)
            {
                gained += register.Add(Power, k % 3 == 0 ? 81 : 82);
            }

            long samples = (81L * ((frames + 2) / 3)) + (82L * (frames - ((frames + 2) / 3)));
            long total = Power * samples;
            Assert.AreEqual(total / register.UnitSize, register.Units);
            Assert.AreEqual(total % register.UnitSize, register.Remainder);
            Assert.AreEqual(register.Units, gained);
            if (StoreTestKit.FullScale)
            {
                // 123 457 µW × 81 666 666 samples, worked out independently.
                Assert.AreEqual(6L, register.Units);
                Assert.AreEqual(1234961584362L, register.Remainder);
            }
        }

        [TestMethod]
        public void AddReturnsTheWholeUnitsGainedAndCarriesTheRest()
        {
            EnergyRegister register = new EnergyRegister(SampleRate, 1000);
            long third = WattHour / 3;
            Assert.AreEqual(0L, register.Add(third / SampleRate, SampleRate));
            Assert.AreEqual(2L, register.Add((2 * WattHour) / SampleRate, SampleRate));
            Assert.AreEqual(2L, register.Units);
            Assert.AreEqual(third, register.Remainder);
        }

        [TestMethod]
        public void RefusesNegativePowerAndOutOfRangeFrames()
        {
            EnergyRegister register = new EnergyRegister(SampleRate, 1000);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Add(-1, 82));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Add(long.MinValue, 82));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Add(EnergyRegister.MaxPowerMicrowatts + 1, 82));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Add(1, -1));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Add(1, EnergyRegister.MaxFrameSamples + 1));
            Assert.AreEqual(0L, register.Units);
            Assert.AreEqual(0L, register.Remainder);
        }

        [TestMethod]
        public void TheLargestFrameAtTheLargestScalingDoesNotOverflow()
        {
            EnergyRegister register = new EnergyRegister(1000000, 1000000);
            register.Restore(0, register.UnitSize - 1);
            long gained = register.Add(EnergyRegister.MaxPowerMicrowatts, EnergyRegister.MaxFrameSamples);
            Assert.AreEqual(1L, gained);
            Assert.AreEqual((EnergyRegister.MaxPowerMicrowatts * EnergyRegister.MaxFrameSamples) - 1, register.Remainder);
        }

        [TestMethod]
        public void RestoreChecksItsRange()
        {
            EnergyRegister register = new EnergyRegister(SampleRate, 1000);
            register.Restore(42, WattHour - 1);
            Assert.AreEqual(42L, register.Units);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Restore(-1, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Restore(1, WattHour));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => register.Restore(1, -1));
            Assert.AreEqual(42L, register.Units);
        }
    }
}
