using Meter.Dlms.Push;
using Meter.Events;
using Meter.Hal.Virtual;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Alarm pushes on security and fraud events: selection, rate limit per group, failures kept from the event path.</summary>
    [TestClass]
    public class AlarmPushRecorderTests
    {
        [TestMethod]
        [DataRow(EventCode.AuthenticationFailure)]
        [DataRow(EventCode.DecryptionOrAuthenticationFailure)]
        [DataRow(EventCode.ReplayAttack)]
        [DataRow(EventCode.FirmwareVerificationFailed)]
        [DataRow(EventCode.TerminalCoverRemoved)]
        [DataRow(EventCode.StrongDcFieldDetected)]
        [DataRow(EventCode.MeterCoverRemoved)]
        [DataRow(EventCode.ReversePowerDetected)]
        [DataRow(EventCode.CurrentImbalanceDetected)]
        [DataRow(EventCode.CurrentWithoutVoltageDetected)]
        public void AnAlarmIsRecordedThenPushedWithHighPriority(ushort code)
        {
            Rig rig = new Rig();
            rig.Recorder.Record(code, "x");
            Assert.AreEqual(1, rig.Inner.Count);
            Assert.AreEqual(code, rig.Inner.At(0));
            Assert.AreEqual(1, rig.Queue.Count);
            Assert.IsTrue(rig.Queue.At(0).HighPriority);
            Assert.AreEqual(PushFixtures.Destination, rig.Queue.At(0).Destination);
            Assert.AreEqual(1, rig.Recorder.Queued);
        }

        [TestMethod]
        [DataRow(EventCode.PowerUp)]
        [DataRow(EventCode.TerminalCoverClosed)]
        [DataRow(EventCode.StrongDcFieldRemoved)]
        [DataRow(EventCode.MeterCoverClosed)]
        [DataRow(EventCode.ParametersChanged)]
        [DataRow(EventCode.GlobalKeyChanged)]
        [DataRow(EventCode.TaskRestarted)]
        [DataRow(EventCode.ConsoleLoginSucceeded)]
        [DataRow(EventCode.ReversePowerCleared)]
        public void OtherEventsAreOnlyRecorded(ushort code)
        {
            Rig rig = new Rig();
            rig.Recorder.Record(code, null);
            Assert.AreEqual(1, rig.Inner.Count);
            Assert.AreEqual(0, rig.Queue.Count);
            Assert.AreEqual(0, rig.Source.Created);
        }

        [TestMethod]
        public void AFloodOfBadFramesIsRateLimitedYetEveryEventIsRecorded()
        {
            Rig rig = new Rig();
            for (int i = 0; i < 1000; i++)
            {
                rig.Recorder.Record(EventCode.DecryptionOrAuthenticationFailure, null);
                rig.Clock.Advance(10);
            }

            Assert.AreEqual(1000, rig.Inner.Count);
            Assert.AreEqual(AlarmPushPolicy.DefaultBurst, rig.Queue.Count);
            Assert.AreEqual(1000 - AlarmPushPolicy.DefaultBurst, rig.Recorder.Suppressed);

            rig.Clock.Advance(AlarmPushPolicy.DefaultRefillMilliseconds);
            rig.Recorder.Record(EventCode.ReplayAttack, null);
            rig.Recorder.Record(EventCode.AuthenticationFailure, null);
            Assert.AreEqual(AlarmPushPolicy.DefaultBurst + 1, rig.Queue.Count, "one more per refill period");
        }

        [TestMethod]
        public void ARemoteFloodCannotHideATamper()
        {
            Rig rig = new Rig();
            for (int i = 0; i < 50; i++)
            {
                rig.Recorder.Record(EventCode.ReplayAttack, null);
            }

            rig.Recorder.Record(EventCode.MeterCoverRemoved, null);
            Assert.AreEqual(AlarmPushPolicy.DefaultBurst + 1, rig.Queue.Count);
        }

        [TestMethod]
        public void AThrowingLogStillPushesAndItsExceptionPassesOn()
        {
            Rig rig = new Rig();
            rig.Inner.Throw = true;
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => rig.Recorder.Record(EventCode.TerminalCoverRemoved, null));
            Assert.AreEqual(1, rig.Queue.Count);
        }

        [TestMethod]
        public void AnUnusablePushSetupOrAFullOrBrokenQueueIsCountedNotThrown()
        {
            Rig rig = new Rig();
            rig.Source.Throw = true;
            rig.Recorder.Record(EventCode.AuthenticationFailure, null);
            rig.Source.Throw = false;
            rig.Source.Job = null;
            rig.Recorder.Record(EventCode.TerminalCoverRemoved, null);
            rig.Source.Job = PushFixtures.Job(0, 0, PushProtection.Plain);
            rig.Queue.Capacity = 0;
            rig.Recorder.Record(EventCode.MeterCoverRemoved, null);
            rig.Queue.Throw = true;
            rig.Recorder.Record(EventCode.StrongDcFieldDetected, null);

            Assert.AreEqual(4, rig.Inner.Count);
            Assert.AreEqual(4, rig.Recorder.Refused);
            Assert.AreEqual(0, rig.Recorder.Queued);
        }

        [TestMethod]
        public void AlarmsReachThePushClientQueue()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), null, transports);
            FixedPushJobSource source = new FixedPushJobSource();
            source.Job = PushFixtures.Job(0, 0, PushProtection.Plain);
            AlarmPushRecorder recorder = new AlarmPushRecorder(new CodeListRecorder(), source, client, clock);

            recorder.Record(EventCode.ReplayAttack, null);
            client.Poll(clock);
            Assert.AreEqual("0f80000001", Meter.Tests.Support.Hex.Format(DlmsBytes.Take(transports.Transport(0).Sent, 5)));
        }

        private sealed class Rig
        {
            public readonly VirtualClock Clock = VirtualClock.Manual(PushFixtures.Now);
            public readonly CodeListRecorder Inner = new CodeListRecorder();
            public readonly FixedPushJobSource Source = new FixedPushJobSource();
            public readonly ListPushQueue Queue = new ListPushQueue();
            public readonly AlarmPushRecorder Recorder;

            public Rig()
            {
                Source.Job = PushFixtures.Job(0, 0, PushProtection.Plain);
                Recorder = new AlarmPushRecorder(Inner, Source, Queue, Clock);
            }
        }
    }
}
