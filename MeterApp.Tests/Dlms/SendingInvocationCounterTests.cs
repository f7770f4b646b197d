using System;
using Meter.Dlms.Security;
using Meter.Hal.Virtual;
using Meter.Storage;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The meter's own invocation counter: never a value twice under one key, across restarts, power cuts and key changes.</summary>
    [TestClass]
    public class SendingInvocationCounterTests
    {
        private const ushort Key = InvocationCounterKeys.OwnGlobalUnicast;

        [TestMethod]
        public void CountsFromZeroAndWritesOncePerBlock()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            SendingInvocationCounter counter = new SendingInvocationCounter(store, Key, 16);
            Assert.AreEqual(0u, counter.NextValue);
            for (uint expected = 0; expected < 40; expected++)
            {
                Assert.AreEqual(expected, Next(counter));
                long stored = new PersistentCounterProbe(store, Key).Value;
                Assert.AreEqual((long)(((expected / 16) + 1) * 16), stored, "ceiling reserved before " + expected + " is handed out");
            }

            Assert.AreEqual(40u, counter.NextValue);
        }

        [TestMethod]
        public void ARestartSkipsToTheReservedCeiling()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            SendingInvocationCounter counter = new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 16);
            for (int i = 0; i < 5; i++)
            {
                Next(counter);
            }

            SendingInvocationCounter restarted = new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 16);
            Assert.AreEqual(16u, restarted.NextValue);
            Assert.AreEqual(16u, Next(restarted));
            Assert.AreEqual(32u, new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 16).NextValue);
        }

        [TestMethod]
        public void NoValueRepeatsAcrossRestartsAndPowerCuts()
        {
            for (int cut = 1; cut <= 60; cut++)
            {
                VirtualFlash flash = new VirtualFlash(256, 2, cut);
                SendingInvocationCounter counter = new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 3);
                flash.CutPowerAtOperation(cut);
                long highest = -1;
                try
                {
                    while (true)
                    {
                        uint value = Next(counter);
                        Assert.IsTrue(value > highest, "strictly increasing within a run");
                        highest = value;
                    }
                }
                catch (PowerCutException)
                {
                }

                flash.PowerOn();
                SendingInvocationCounter restarted = new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 3);
                Assert.IsFalse(restarted.IsCorrupt, "cut " + cut);
                Assert.IsTrue(Next(restarted) > highest, "cut " + cut + ": a value at or below " + highest + " came again");
            }
        }

        [TestMethod]
        public void ANewKeyStartsAtZeroAndStaysThereAfterARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            SendingInvocationCounter counter = new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 4);
            for (int i = 0; i < 10; i++)
            {
                Next(counter);
            }

            counter.ResetForNewKey();
            Assert.AreEqual(0u, Next(counter));
            Assert.AreEqual(1u, Next(counter));

            SendingInvocationCounter restarted = new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 4);
            Assert.AreEqual(4u, Next(restarted), "the new key's ceiling, not the old key's");
        }

        [TestMethod]
        public void AnExhaustedCounterRefusesUntilANewKey()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            CounterStoreKit.Put(store, Key, 0xFFFFFFFEL);
            SendingInvocationCounter counter = new SendingInvocationCounter(store, Key, 16);
            Assert.AreEqual(0xFFFFFFFEu, Next(counter));
            Assert.AreEqual(uint.MaxValue, Next(counter));
            uint value;
            Assert.IsFalse(counter.TryNext(out value));
            Assert.AreEqual(uint.MaxValue, counter.NextValue);
            counter.ResetForNewKey();
            Assert.AreEqual(0u, Next(counter));
        }

        [TestMethod]
        public void ACorruptCeilingRefusesUntilANewKey()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            SendingInvocationCounter counter = new SendingInvocationCounter(StoreTestKit.Mounted(flash), Key, 8);
            for (int i = 0; i < 20; i++)
            {
                Next(counter);
            }

            SendingInvocationCounter damaged = new SendingInvocationCounter(CounterStoreKit.CorruptNewest(flash, Key), Key, 8);
            Assert.IsTrue(damaged.IsCorrupt);
            uint value;
            Assert.IsFalse(damaged.TryNext(out value));
            Assert.AreEqual(uint.MaxValue, damaged.NextValue);
            damaged.ResetForNewKey();
            Assert.IsFalse(damaged.IsCorrupt);
            Assert.AreEqual(0u, Next(damaged));
        }

        [TestMethod]
        public void RejectsKeysAndBlockSizesOutOfRange()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SendingInvocationCounter(store, RecordKeys.BootCount, 16));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SendingInvocationCounter(store, Key, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new SendingInvocationCounter(store, Key, 0x100001));
        }

        private static uint Next(SendingInvocationCounter counter)
        {
            uint value;
            Assert.IsTrue(counter.TryNext(out value), "a value is left");
            return value;
        }

        /// <summary>Reads the stored counter value without claiming the key.</summary>
        private sealed class PersistentCounterProbe
        {
            public PersistentCounterProbe(RecordStore store, ushort key)
            {
                byte[] data = new byte[8];
                store.Read(key, data, 0);
                for (int i = 7; i >= 0; i--)
                {
                    Value = (Value << 8) | data[i];
                }
            }

            public long Value { get; private set; }
        }
    }
}
