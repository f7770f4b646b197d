using System;
using Meter.Hal.Virtual;
using Meter.Metrology;
using nanoFramework.TestFramework;

namespace Meter.Tests.Metrology
{
    [TestClass]
    public class PulseGeneratorTests
    {
        private const int SampleRate = 4096;

        private static VirtualPulseOutput NewOutput()
        {
            return new VirtualPulseOutput(VirtualClock.Manual(new DateTime(2026, 1, 1)));
        }

        [TestMethod]
        public void PulsesTrackTheEnergyExactlyAtTheMeterConstant()
        {
            // 2.3 kW for 6 minutes of unlocked 81/82-sample frames at 1000 imp/kWh: 230 pulses.
            VirtualPulseOutput output = NewOutput();
            PulseGenerator pulses = new PulseGenerator(output, SampleRate, 1000, 4);
            long samples = 0;
            int frame = 0;
            while (samples < 360L * SampleRate)
            {
                int length = frame % 3 == 0 ? 81 : 82;
                if (samples + length > 360L * SampleRate)
                {
                    length = (int)((360L * SampleRate) - samples);
                }

                pulses.Add(2300000000L, length);
                samples += length;
                frame++;
            }

            Assert.AreEqual(230L, output.PulseCount);
            Assert.AreEqual(230L, pulses.EmittedPulses);
            Assert.AreEqual(0L, pulses.Remainder);
            Assert.AreEqual(0L, pulses.OverflowPulses);
        }

        [TestMethod]
        public void PulsesPerFrameAreBoundedAndTheExcessIsCarriedThenCounted()
        {
            VirtualPulseOutput output = NewOutput();
            PulseGenerator pulses = new PulseGenerator(output, SampleRate, 1000, 3);
            long tenPulses = pulses.PulseSize * 10 / SampleRate;
            Assert.AreEqual(3, pulses.Add(tenPulses, SampleRate));
            Assert.AreEqual(3L, pulses.OwedPulses, "three carried");
            Assert.AreEqual(4L, pulses.OverflowPulses, "ten due, three now, three carried, four dropped");
            Assert.AreEqual(3, pulses.Add(0, 82));
            Assert.AreEqual(0, pulses.Add(0, 82));
            Assert.AreEqual(6L, output.PulseCount);
            Assert.AreEqual(6L, pulses.EmittedPulses);
        }

        [TestMethod]
        public void RefusesAMeterConstantWithoutAWholePulseEnergy()
        {
            VirtualPulseOutput output = NewOutput();
            Assert.ThrowsException(typeof(ArgumentException), () => new PulseGenerator(output, SampleRate, 7, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new PulseGenerator(output, SampleRate, 0, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new PulseGenerator(output, SampleRate, 1000, 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new PulseGenerator(null, SampleRate, 1000, 4));
            Assert.AreEqual(360000000L * SampleRate, new PulseGenerator(output, SampleRate, 10000, 4).PulseSize);
        }

        [TestMethod]
        public void RefusesNegativePower()
        {
            PulseGenerator pulses = new PulseGenerator(NewOutput(), SampleRate, 1000, 4);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => pulses.Add(-1, 82));
        }
    }
}
