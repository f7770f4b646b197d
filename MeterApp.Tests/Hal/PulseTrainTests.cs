using System;
using Meter.Hal.Io;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class PulseTrainTests
    {
        [TestMethod]
        public void ThirtyMillisecondPulsesAllowSixtyThousandPerHour()
        {
            PulseTrain train = new PulseTrain(30);
            Assert.AreEqual(60, train.PeriodMilliseconds);
            Assert.AreEqual(60000, train.MaxPulsesPerHour);
            Assert.AreEqual(16, train.MaxPending, "one second of backlog at 16.7 Hz");
        }

        [TestMethod]
        public void APulseIsHighForOneWidthThenLowForOneWidth()
        {
            PulseTrain train = new PulseTrain(30);
            Assert.IsTrue(train.Request(), "an idle output starts at once");
            Assert.AreEqual((int)PulseStep.EndPulse, (int)train.OnTimerElapsed());
            Assert.AreEqual((int)PulseStep.Idle, (int)train.OnTimerElapsed(), "the gap ends with nothing queued");
            Assert.AreEqual((int)PulseStep.Idle, (int)train.OnTimerElapsed(), "a stray timer does nothing");
            Assert.IsTrue(train.Request(), "idle again after the gap");
        }

        [TestMethod]
        public void PulsesRequestedDuringAPulseOrItsGapStartOneAfterAnother()
        {
            PulseTrain train = new PulseTrain(30);
            Assert.IsTrue(train.Request());
            Assert.IsFalse(train.Request());
            Assert.AreEqual((int)PulseStep.EndPulse, (int)train.OnTimerElapsed());
            Assert.IsFalse(train.Request(), "the gap is still part of the previous pulse");
            Assert.AreEqual(2, train.Pending);

            Assert.AreEqual((int)PulseStep.StartPulse, (int)train.OnTimerElapsed());
            Assert.AreEqual((int)PulseStep.EndPulse, (int)train.OnTimerElapsed());
            Assert.AreEqual((int)PulseStep.StartPulse, (int)train.OnTimerElapsed());
            Assert.AreEqual((int)PulseStep.EndPulse, (int)train.OnTimerElapsed());
            Assert.AreEqual((int)PulseStep.Idle, (int)train.OnTimerElapsed());
            Assert.AreEqual(0, train.Pending);
            Assert.AreEqual(0L, train.OverflowedPulses);
        }

        [TestMethod]
        public void TheBacklogIsBoundedAndTheRestIsCounted()
        {
            PulseTrain train = new PulseTrain(30);
            train.Request();
            for (int i = 0; i < train.MaxPending + 5; i++)
            {
                train.Request();
            }

            Assert.AreEqual(train.MaxPending, train.Pending);
            Assert.AreEqual(5L, train.OverflowedPulses);

            int started = 0;
            for (int i = 0; i < 2 * (train.MaxPending + 1); i++)
            {
                if (train.OnTimerElapsed() == PulseStep.StartPulse)
                {
                    started++;
                }
            }

            Assert.AreEqual(train.MaxPending, started, "every queued pulse is emitted");
            Assert.AreEqual((int)PulseStep.Idle, (int)train.OnTimerElapsed());
        }

        [TestMethod]
        public void ASlowOutputStillKeepsOnePulseOfBacklog()
        {
            PulseTrain train = new PulseTrain(800);
            Assert.AreEqual(1, train.MaxPending);
            Assert.AreEqual(2250, train.MaxPulsesPerHour);
        }

        [TestMethod]
        public void RejectsAWidthThatIsNotPositiveOrTooLong()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new PulseTrain(0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new PulseTrain(1800001));
        }
    }
}
