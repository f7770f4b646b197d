using System;
using Meter.Dlms.Security;
using Meter.Hal.Virtual;
using Meter.Storage;
using Meter.Tests.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The peer's invocation counter in the record store: replays refused across restarts, power cuts and key changes.</summary>
    [TestClass]
    public class PersistentInvocationCounterGuardTests
    {
        private const ushort Key = InvocationCounterKeys.ManagementClientUnicast;

        [TestMethod]
        public void RefusesAnAcceptedOrOlderCounter()
        {
            PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(new VirtualFlash(4096, 4)), Key);
            Assert.IsTrue(guard.IsFresh(0), "nothing accepted yet");
            Assert.AreEqual(0u, guard.LowestAcceptable);
            guard.Accept(5);
            Assert.IsFalse(guard.IsFresh(5));
            Assert.IsFalse(guard.IsFresh(4));
            Assert.IsFalse(guard.IsFresh(0));
            Assert.IsTrue(guard.IsFresh(6));
            Assert.IsTrue(guard.IsFresh(1000));
            Assert.AreEqual(6u, guard.LowestAcceptable);
        }

        [TestMethod]
        public void RemembersAcrossRemounts()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
            for (uint ic = 1; ic <= 300; ic += 3)
            {
                guard.Accept(ic);
            }

            PersistentInvocationCounterGuard restarted = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
            Assert.IsFalse(restarted.IsFresh(298));
            Assert.IsFalse(restarted.IsFresh(100));
            Assert.IsTrue(restarted.IsFresh(299));
            Assert.AreEqual(299u, restarted.LowestAcceptable);
        }

        [TestMethod]
        public void AcceptingAStaleCounterThrowsSoTheRequestFails()
        {
            // Two requests with one counter both passed IsFresh: the second Accept must not let it through.
            PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(new VirtualFlash(4096, 4)), Key);
            Assert.IsTrue(guard.IsFresh(7));
            Assert.IsTrue(guard.IsFresh(7));
            guard.Accept(7);
            Assert.ThrowsException(typeof(InvalidOperationException), () => guard.Accept(7));
            Assert.ThrowsException(typeof(InvalidOperationException), () => guard.Accept(3));
            Assert.AreEqual(8u, guard.LowestAcceptable);
        }

        [TestMethod]
        public void APowerCutDuringAnAcceptNeverAllowsAReplay()
        {
            for (int cut = 1; cut <= 80; cut++)
            {
                VirtualFlash flash = new VirtualFlash(256, 2, cut);
                PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
                flash.CutPowerAtOperation(cut);
                long acted = -1;
                try
                {
                    for (uint ic = 10; ; ic += 2)
                    {
                        guard.Accept(ic);
                        acted = ic; // the request is acted on only once Accept returned
                    }
                }
                catch (PowerCutException)
                {
                }

                flash.PowerOn();
                PersistentInvocationCounterGuard restarted = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
                Assert.IsFalse(restarted.IsCorrupt, "cut " + cut);
                for (long ic = 0; ic <= acted; ic++)
                {
                    Assert.IsFalse(restarted.IsFresh((uint)ic), "cut " + cut + ": " + ic + " was acted on and is fresh again");
                }

                long interrupted = acted < 0 ? 10 : acted + 2;
                Assert.IsTrue(restarted.LowestAcceptable <= interrupted + 1, "cut " + cut + ": nothing beyond the interrupted counter is lost, " + restarted.LowestAcceptable);
            }
        }

        [TestMethod]
        public void ANewKeyStartsTheCounterAgainDurably()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
            guard.Accept(100000);
            guard.ResetForNewKey();
            Assert.IsTrue(guard.IsFresh(0));
            Assert.AreEqual(0u, guard.LowestAcceptable);
            guard.Accept(3);

            PersistentInvocationCounterGuard restarted = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
            Assert.IsFalse(restarted.IsFresh(3));
            Assert.IsTrue(restarted.IsFresh(4));
            restarted.ResetForNewKey();
            Assert.IsTrue(new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key).IsFresh(0));
        }

        [TestMethod]
        public void TheLastCounterExhaustsTheKey()
        {
            PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(new VirtualFlash(4096, 4)), Key);
            guard.Accept(uint.MaxValue - 1);
            Assert.AreEqual(uint.MaxValue, guard.LowestAcceptable);
            Assert.IsTrue(guard.IsFresh(uint.MaxValue));
            guard.Accept(uint.MaxValue);
            Assert.IsFalse(guard.IsFresh(uint.MaxValue));
            Assert.AreEqual(uint.MaxValue, guard.LowestAcceptable);
        }

        [TestMethod]
        public void ACorruptCounterRefusesEverythingUntilANewKey()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key).Accept(50);
            RecordStore store = CounterStoreKit.CorruptNewest(flash, Key);

            PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(store, Key);
            Assert.IsTrue(guard.IsCorrupt);
            Assert.IsFalse(guard.IsFresh(51));
            Assert.IsFalse(guard.IsFresh(uint.MaxValue));
            Assert.AreEqual(uint.MaxValue, guard.LowestAcceptable);
            Assert.ThrowsException(typeof(InvalidOperationException), () => guard.Accept(1000));

            guard.ResetForNewKey();
            Assert.IsFalse(guard.IsCorrupt);
            Assert.IsTrue(guard.IsFresh(0));
        }

        [TestMethod]
        public void OnlyTheInvocationCounterKeysAreAccepted()
        {
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new PersistentInvocationCounterGuard(store, RecordKeys.BootCount));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new PersistentInvocationCounterGuard(store, (ushort)(RecordKeys.DlmsInvocationCounterLast + 1)));
            new PersistentInvocationCounterGuard(store, Key);
            Assert.ThrowsException(typeof(InvalidOperationException), () => new PersistentInvocationCounterGuard(store, Key), "one guard per key");
        }

        [TestMethod]
        public void TheCipherRefusesAGreenBookApduReplayedAfterARestart()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            byte[] input = Hex.Parse(SecurityVectors.GloGetRequest30);
            byte[] output = new byte[64];

            SecurityVectors first = new SecurityVectors(110);
            PersistentInvocationCounterGuard guard = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
            Assert.AreEqual((int)CipherResult.Ok, (int)first.Cipher().Unprotect(first.Receiver(guard), input, 0, input.Length, output, 0, output.Length, new SecurityHeader()));

            SecurityVectors restarted = new SecurityVectors(110);
            PersistentInvocationCounterGuard reloaded = new PersistentInvocationCounterGuard(StoreTestKit.Mounted(flash), Key);
            Assert.AreEqual((int)CipherResult.InvocationCounterReplayed, (int)restarted.Cipher().Unprotect(restarted.Receiver(reloaded), input, 0, input.Length, output, 0, output.Length, new SecurityHeader()));
            Assert.AreEqual(SecurityVectors.Counter + 1, reloaded.LowestAcceptable);
        }
    }
}
