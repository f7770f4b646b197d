using System;
using Meter.Events;
using nanoFramework.TestFramework;

namespace Meter.Tests.Events
{
    [TestClass]
    public class MeterEventTests
    {
        [TestMethod]
        public void HoldsWhatItWasGiven()
        {
            DateTime when = new DateTime(2026, 1, 2, 3, 4, 5);
            MeterEvent e = new MeterEvent(EventCode.ReplayAttack, when, 42, "hdlc port 1");
            Assert.AreEqual(EventCode.ReplayAttack, e.Code);
            Assert.AreEqual(when, e.Timestamp);
            Assert.AreEqual(42u, e.Sequence);
            Assert.AreEqual("hdlc port 1", e.Details);
            Assert.AreEqual("#42 2026-01-02T03:04:05Z 50 replay attack: hdlc port 1", e.ToString());
        }

        [TestMethod]
        public void DetailsAreCutAndMadePrintable()
        {
            MeterEvent e = new MeterEvent(1, DateTime.UtcNow, 1, "\u0001" + new string('x', 60));
            Assert.AreEqual(MeterEvent.MaxDetailsLength, e.Details.Length);
            Assert.AreEqual('?', e.Details[0]);
            Assert.AreEqual(string.Empty, new MeterEvent(1, DateTime.UtcNow, 1, null).Details);
        }

        [TestMethod]
        public void CodesFollowTheIdisNumbering()
        {
            Assert.AreEqual((ushort)1, EventCode.PowerDown);
            Assert.AreEqual((ushort)2, EventCode.PowerUp);
            Assert.AreEqual((ushort)40, EventCode.TerminalCoverRemoved);
            Assert.AreEqual((ushort)41, EventCode.TerminalCoverClosed);
            Assert.AreEqual((ushort)42, EventCode.StrongDcFieldDetected);
            Assert.AreEqual((ushort)43, EventCode.StrongDcFieldRemoved);
            Assert.AreEqual((ushort)44, EventCode.MeterCoverRemoved);
            Assert.AreEqual((ushort)45, EventCode.MeterCoverClosed);
            Assert.AreEqual((ushort)46, EventCode.AuthenticationFailure);
            Assert.AreEqual((ushort)49, EventCode.DecryptionOrAuthenticationFailure);
            Assert.AreEqual((ushort)50, EventCode.ReplayAttack);
            Assert.AreEqual((ushort)255, EventCode.EventLogCleared);
            Assert.IsTrue(EventCode.TaskRestarted >= EventCode.ManufacturerSpecificFirst && EventCode.SelfTestFailed <= EventCode.ManufacturerSpecificLast);
            Assert.AreEqual("meter cover removed", EventCode.NameOf(EventCode.MeterCoverRemoved));
            Assert.AreEqual("event 77", EventCode.NameOf(77));
        }
    }
}
