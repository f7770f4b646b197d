using System;
using Meter.Dlms.Security;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Storage;
using Meter.Tests.SerialConsole;
using Meter.Tests.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The meter's set of persistent invocation counters: opened once, damage logged, reset by key_id.</summary>
    [TestClass]
    public class DlmsInvocationCountersTests
    {
        [TestMethod]
        public void EachCounterHasItsOwnKey()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            DlmsInvocationCounters counters = DlmsInvocationCounters.Open(StoreTestKit.Mounted(flash), new RecordingEvents(), 8);
            Assert.AreEqual(InvocationCounterKeys.OwnGlobalUnicast, counters.OwnUnicast.Key);
            Assert.AreEqual(InvocationCounterKeys.ManagementClientUnicast, counters.ManagementClientUnicast.Key);
            Assert.AreEqual(InvocationCounterKeys.GlobalBroadcast, counters.Broadcast.Key);
            counters.ManagementClientUnicast.Accept(9);
            counters.Broadcast.Accept(4);
            uint sent;
            counters.OwnUnicast.TryNext(out sent);

            DlmsInvocationCounters restarted = DlmsInvocationCounters.Open(StoreTestKit.Mounted(flash), new RecordingEvents(), 8);
            Assert.AreEqual(10u, restarted.ManagementClientUnicast.LowestAcceptable);
            Assert.AreEqual(5u, restarted.Broadcast.LowestAcceptable);
            Assert.AreEqual(8u, restarted.OwnUnicast.NextValue);
        }

        [TestMethod]
        public void ANewUnicastKeyResetsThePeerCounterButNeverOurs()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            DlmsInvocationCounters counters = DlmsInvocationCounters.Open(StoreTestKit.Mounted(flash), new RecordingEvents(), 8);
            counters.ManagementClientUnicast.Accept(90);
            counters.Broadcast.Accept(40);
            uint sent;
            counters.OwnUnicast.TryNext(out sent);
            counters.OwnUnicast.TryNext(out sent);

            counters.ResetForNewKey(2);
            counters.ResetForNewKey(3);
            Assert.AreEqual(91u, counters.ManagementClientUnicast.LowestAcceptable, "the AK and KEK have no counters");
            counters.ResetForNewKey(0);
            Assert.AreEqual(0u, counters.ManagementClientUnicast.LowestAcceptable);
            Assert.AreEqual(2u, counters.OwnUnicast.NextValue, "our sending counter never restarts: a session still on the old key must not repeat an IV");
            Assert.AreEqual(41u, counters.Broadcast.LowestAcceptable);
            counters.ResetForNewKey(1);
            Assert.AreEqual(0u, counters.Broadcast.LowestAcceptable);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => counters.ResetForNewKey(4));

            DlmsInvocationCounters restarted = DlmsInvocationCounters.Open(StoreTestKit.Mounted(flash), new RecordingEvents(), 8);
            Assert.AreEqual(0u, restarted.ManagementClientUnicast.LowestAcceptable);
            Assert.AreEqual(0u, restarted.Broadcast.LowestAcceptable);
        }

        [TestMethod]
        public void ADamagedCounterIsLogged()
        {
            VirtualFlash flash = new VirtualFlash(4096, 4);
            DlmsInvocationCounters.Open(StoreTestKit.Mounted(flash), new RecordingEvents(), 8).ManagementClientUnicast.Accept(12);
            RecordStore store = CounterStoreKit.CorruptNewest(flash, InvocationCounterKeys.ManagementClientUnicast);

            RecordingEvents events = new RecordingEvents();
            DlmsInvocationCounters counters = DlmsInvocationCounters.Open(store, events, 8);
            Assert.IsTrue(counters.ManagementClientUnicast.IsCorrupt);
            Assert.IsFalse(counters.Broadcast.IsCorrupt);
            Assert.AreEqual(1, events.Codes.Count);
            Assert.AreEqual((int)EventCode.NvMemoryError, (int)events.Codes[0]);
            Assert.Contains("0x0111", (string)events.Details[0]);
        }
    }
}
