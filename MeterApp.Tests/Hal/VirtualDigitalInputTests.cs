using System.Threading;
using Meter.Hal.Io;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Hal
{
    [TestClass]
    public class VirtualDigitalInputTests
    {
        [TestMethod]
        public void StartsInactiveUnlessToldOtherwise()
        {
            Assert.IsFalse(new VirtualDigitalInput(DigitalInputId.MainCover).IsActive);
            Assert.IsTrue(new VirtualDigitalInput(DigitalInputId.MainCover, true).IsActive);
        }

        [TestMethod]
        public void RaisesChangedOnlyOnARealChange()
        {
            VirtualDigitalInput input = new VirtualDigitalInput(DigitalInputId.TerminalCover);
            int[] raised = new int[1];
            bool[] lastLevel = new bool[1];
            IDigitalInput[] lastSender = new IDigitalInput[1];
            input.Changed += (sender, active) =>
            {
                raised[0]++;
                lastLevel[0] = active;
                lastSender[0] = sender;
            };

            Assert.IsTrue(input.Set(true));
            Assert.IsFalse(input.Set(true));
            Assert.AreEqual(1, raised[0]);
            Assert.IsTrue(lastLevel[0]);
            Assert.AreSame(input, lastSender[0]);
            Assert.IsTrue(input.IsActive);

            Assert.IsTrue(input.Set(false));
            Assert.IsFalse(input.Set(false));
            Assert.AreEqual(2, raised[0]);
            Assert.IsFalse(lastLevel[0]);
            Assert.IsFalse(input.IsActive);
        }

        [TestMethod]
        public void OverlappingSettersDeliverLevelsInTheOrderTheyTookEffect()
        {
            const int Setters = 4;
            const int SetsEach = 2000;
            VirtualDigitalInput input = new VirtualDigitalInput(DigitalInputId.MainCover);
            int[] outOfOrder = new int[1];
            int[] delivered = new int[1];
            bool[] lastDelivered = new bool[1];
            input.Changed += (sender, active) =>
            {
                // Yield so that another setter gets the chance to overtake a handler in progress.
                Thread.Sleep(0);

                // Delivered in order, every change flips the one before and is the current level.
                if (active == lastDelivered[0] || active != input.IsActive)
                {
                    outOfOrder[0]++;
                }

                lastDelivered[0] = active;
                delivered[0]++;
            };

            ManualResetEvent start = new ManualResetEvent(false);
            Thread[] setters = new Thread[Setters];
            for (int t = 0; t < Setters; t++)
            {
                bool startLevel = (t % 2) == 0;
                setters[t] = new Thread(() =>
                {
                    start.WaitOne();
                    for (int i = 0; i < SetsEach; i++)
                    {
                        input.Set(((i % 2) == 0) == startLevel);
                    }
                });
                setters[t].Start();
            }

            start.Set();
            for (int t = 0; t < Setters; t++)
            {
                Assert.IsTrue(setters[t].Join(10000), "setter " + t + " finished");
            }

            Assert.AreEqual(0, outOfOrder[0], "deliveries out of order");
            Assert.IsTrue(delivered[0] > 0);
            Assert.AreEqual(input.IsActive, lastDelivered[0], "the last level delivered is the current level");
        }

        [TestMethod]
        public void KeepsItsId()
        {
            Assert.AreEqual((int)DigitalInputId.MagneticSensor, (int)new VirtualDigitalInput(DigitalInputId.MagneticSensor).Id);
        }
    }
}
