using Meter.Dlms.Axdr;
using Meter.Dlms.Push;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The push client: exact Data-Notification bytes, retries on the task's clock, the bounded queue, failures kept inside the step.</summary>
    [TestClass]
    public class PushClientTests
    {
        /// <summary>
        /// Data-Notification (Green Book ed. 9, 9.5) of <see cref="PushFixtures.Job"/>: 0F, invoke id 1
        /// (normal priority, unconfirmed), date-time 2026-11-22 (Sunday = 7) 08:30:15.25 UTC
        /// (deviation 0, status 0), body structure {octet-string LN of the push setup,
        /// double-long-unsigned 12345, visible-string "ABC"}.
        /// </summary>
        public const string PlainNotification = NotificationHead + "0600003039" + NotificationTail;

        /// <summary>Up to the second value.</summary>
        public const string NotificationHead = "0f00000001" + "0c07ea0b1607081e0f19000000" + "0203" + "0906" + PushFixtures.SetupName;

        /// <summary>The third value.</summary>
        public const string NotificationTail = "0a03414243";

        [TestMethod]
        public void AJobIsSentAsTheExactDataNotificationAndDecodesBack()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = Client(clock, transports, 4, PushFixtures.Values());

            Assert.IsTrue(client.Enqueue(PushFixtures.Job(0, 0, PushProtection.Plain)));
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(PushClient.Idle, client.Poll(clock));

            Assert.AreEqual(1, transports.Opened);
            Assert.AreEqual(PushFixtures.Destination, transports.Destination(0));
            Assert.AreEqual(1, transports.Transport(0).Closes);
            byte[] sent = transports.Transport(0).Sent;
            DlmsBytes.AreEqual(PlainNotification, sent);

            DataNotification decoded;
            Assert.AreEqual((int)XdlmsResult.Ok, (int)DataNotification.Decode(sent, 0, sent.Length, new AxdrDecoder(), out decoded));
            Assert.AreEqual(1u, decoded.LongInvokeIdAndPriority);
            Assert.AreEqual((ushort)2026, decoded.DateTime.Date.Year);
            Assert.AreEqual((byte)25, decoded.DateTime.Time.Hundredths);
            Assert.AreEqual(3, decoded.Body.Count);
            Assert.AreEqual(12345L, decoded.Body[1].AsInt64());
            Assert.AreEqual("ABC", decoded.Body[2].AsString());
            byte[] again = new byte[decoded.Size];
            Assert.AreEqual(sent.Length, decoded.Encode(again, 0, again.Length));
            DlmsBytes.AreEqual(PlainNotification, again);

            Assert.AreEqual(1, client.Statistics.Sent);
            Assert.AreEqual(0, client.Statistics.Failed);
            Assert.AreEqual(1, client.Statistics.Attempts);
        }

        [TestMethod]
        public void AFailingDestinationIsRetriedAfterTheRepetitionDelayThenGivenUp()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            transports.FailingConnects = 100;
            PushClient client = Client(clock, transports, 4, PushFixtures.Values());
            client.Enqueue(PushFixtures.Job(2, 30, PushProtection.Plain));

            Assert.AreEqual(30000, client.Poll(clock));
            Assert.AreEqual(1, transports.Connects);
            Assert.AreEqual(30000, client.Poll(clock), "not due yet: no attempt");
            clock.Advance(29999);
            Assert.AreEqual(1, client.Poll(clock));
            Assert.AreEqual(1, transports.Connects);

            clock.Advance(1);
            Assert.AreEqual(30000, client.Poll(clock));
            Assert.AreEqual(2, transports.Connects);
            clock.Advance(30000);
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(3, transports.Connects, "1 + number_of_retries attempts");

            Assert.AreEqual(PushClient.Idle, client.Poll(clock));
            clock.Advance(600000);
            Assert.AreEqual(PushClient.Idle, client.Poll(clock));
            Assert.AreEqual(3, transports.Connects);
            Assert.AreEqual(0, client.Statistics.Sent);
            Assert.AreEqual(1, client.Statistics.Failed);
            Assert.AreEqual(3, client.Statistics.Attempts);
            Assert.AreEqual((int)PushFailure.ConnectFailed, (int)client.Statistics.LastFailure);
        }

        [TestMethod]
        public void ARetryThatGetsThroughSendsTheSameNotification()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            transports.FailingConnects = 1;
            PushClient client = Client(clock, transports, 4, PushFixtures.Values());
            client.Enqueue(PushFixtures.Job(3, 0, PushProtection.Plain));

            Assert.AreEqual(0, client.Poll(clock), "repetition_delay 0: retry at once");
            clock.SetUtcNow(PushFixtures.Now.AddMinutes(5));
            Assert.AreEqual(0, client.Poll(clock));

            // Built once per job: the retry carries invoke id 1 and the first attempt's time.
            DlmsBytes.AreEqual(PlainNotification, transports.Transport(0).Sent);
            Assert.AreEqual(1, client.Statistics.Sent);
            Assert.AreEqual(0, client.Statistics.Failed);
            Assert.AreEqual(2, client.Statistics.Attempts);
        }

        [TestMethod]
        public void AFullQueueRefusesTheNewestJobAndCountsIt()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = Client(clock, transports, 2, PushFixtures.Values());

            Assert.IsTrue(client.Enqueue(JobTo("192.0.2.1:4059")));
            Assert.IsTrue(client.Enqueue(JobTo("192.0.2.2:4059")));
            Assert.IsFalse(client.Enqueue(JobTo("192.0.2.3:4059")));
            Assert.IsFalse(client.Enqueue(JobTo("192.0.2.4:4059")));
            Assert.AreEqual(2, client.Refused);
            Assert.AreEqual(2, client.Queued);

            client.Poll(clock);
            Assert.IsTrue(client.Enqueue(JobTo("192.0.2.5:4059")), "room again once one is taken");
            client.Poll(clock);
            client.Poll(clock);
            Assert.AreEqual(PushClient.Idle, client.Poll(clock));
            Assert.AreEqual(3, transports.Opened);
            Assert.AreEqual("192.0.2.1:4059", transports.Destination(0));
            Assert.AreEqual("192.0.2.2:4059", transports.Destination(1));
            Assert.AreEqual("192.0.2.5:4059", transports.Destination(2));
            Assert.AreEqual(3, client.Statistics.Sent);
        }

        [TestMethod]
        public void AThrowingValueSourcePushesNullDataInItsPlace()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            TablePushValueSource values = PushFixtures.Values();
            values.Throwing = TablePushValueSource.Key(3, Hex.Parse(PushFixtures.EnergyName), 2);
            PushClient client = Client(clock, transports, 4, values);
            client.Enqueue(PushFixtures.Job(0, 0, PushProtection.Plain));

            Assert.AreEqual(0, client.Poll(clock));
            DlmsBytes.AreEqual(NotificationHead + "00" + NotificationTail, transports.Transport(0).Sent);
            Assert.AreEqual(1, client.Statistics.Sent);
            Assert.AreEqual(1, client.Statistics.ValueErrors);
        }

        [TestMethod]
        public void ThrowingTransportsNeverEscapeThePoll()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            transports.FailingConnects = 1;
            transports.ThrowOnConnect = true;
            transports.ThrowOnSend = true;
            PushClient client = Client(clock, transports, 4, PushFixtures.Values());
            client.Enqueue(PushFixtures.Job(1, 0, PushProtection.Plain));

            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual((int)PushFailure.ConnectFailed, (int)client.Statistics.LastFailure);
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual((int)PushFailure.SendFailed, (int)client.Statistics.LastFailure);
            Assert.AreEqual(1, transports.Transport(0).Closes, "closed after a failed send");
            Assert.AreEqual(1, client.Statistics.Failed);
            Assert.AreEqual(PushClient.Idle, client.Poll(clock));
        }

        [TestMethod]
        public void ARefusedSendIsRetriedAndCounted()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            transports.RefuseSends = true;
            PushClient client = Client(clock, transports, 4, PushFixtures.Values());
            client.Enqueue(PushFixtures.Job(1, 0, PushProtection.Plain));

            client.Poll(clock);
            client.Poll(clock);
            Assert.AreEqual(2, transports.Opened);
            Assert.AreEqual(1, client.Statistics.Failed);
            Assert.AreEqual((int)PushFailure.SendFailed, (int)client.Statistics.LastFailure);
        }

        [TestMethod]
        public void ACipheredJobWithoutKeysFailsAtOnceAndIsNeverSentPlain()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = Client(clock, transports, 4, PushFixtures.Values());
            client.Enqueue(PushFixtures.Job(5, 0, PushProtection.AuthenticatedEncrypted));

            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(PushClient.Idle, client.Poll(clock));
            Assert.AreEqual(0, transports.Connects);
            Assert.AreEqual(1, client.Statistics.Failed);
            Assert.AreEqual(1, client.Statistics.Attempts, "a final failure is not retried");
            Assert.AreEqual((int)PushFailure.NotProtected, (int)client.Statistics.LastFailure);
        }

        [TestMethod]
        public void ANotificationLargerThanTheBufferOrTheTransportFailsWithoutRetries()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient small = new PushClient(4, 32, new PushNotificationBuilder(PushFixtures.Values(), clock), null, transports);
            small.Enqueue(PushFixtures.Job(3, 0, PushProtection.Plain));
            Assert.AreEqual(0, small.Poll(clock));
            Assert.AreEqual(0, transports.Connects);
            Assert.AreEqual(1, small.Statistics.Failed);
            Assert.AreEqual(0, small.Statistics.Attempts);
            Assert.AreEqual((int)PushFailure.TooLarge, (int)small.Statistics.LastFailure);

            transports.MaxApduSize = 20;
            PushClient client = Client(clock, transports, 4, PushFixtures.Values());
            client.Enqueue(PushFixtures.Job(3, 0, PushProtection.Plain));
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(PushClient.Idle, client.Poll(clock));
            Assert.AreEqual(1, transports.Connects);
            Assert.IsNull(transports.Transport(0).Sent);
            Assert.AreEqual((int)PushFailure.TooLarge, (int)client.Statistics.LastFailure);
        }

        [TestMethod]
        public void AThrowingClockFailsTheJobNotThePoll()
        {
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            VirtualClock uptime = VirtualClock.Manual(PushFixtures.Now);
            PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), new BrokenRealTimeClock()), null, transports);
            client.Enqueue(PushFixtures.Job(3, 0, PushProtection.Plain));

            Assert.AreEqual(0, client.Poll(uptime));
            Assert.AreEqual(0, transports.Connects);
            Assert.AreEqual(1, client.Statistics.Failed);
            Assert.AreEqual((int)PushFailure.BuildFailed, (int)client.Statistics.LastFailure);
        }

        [TestMethod]
        public void TheFirstAttemptWaitsARandomPartOfTheRandomisationInterval()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            FixedRandom random = new FixedRandom();
            random.Value = 1000000 + 12345;
            PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), null, transports, random);
            client.Enqueue(new PushJob(PushFixtures.Objects(), PushFixtures.Destination, 60, 0, 0, PushProtection.Plain, false));

            // 1012345 mod (60 000 + 1) = 52329 ms.
            Assert.AreEqual(52329, client.Poll(clock));
            clock.Advance(52328);
            Assert.AreEqual(1, client.Poll(clock));
            Assert.AreEqual(0, transports.Connects);
            clock.Advance(1);
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(1, client.Statistics.Sent);

            // Values and time are those of the trigger, not of the delayed send.
            DlmsBytes.AreEqual(PlainNotification, transports.Transport(0).Sent);
        }

        [TestMethod]
        public void NoRandomisationIntervalOrAFailingRandomSourceStartsAtOnce()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            FixedRandom random = new FixedRandom();
            random.Value = 5000;
            PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), null, transports, random);
            client.Enqueue(PushFixtures.Job(0, 0, PushProtection.Plain));
            Assert.AreEqual(0, client.Poll(clock));
            random.Throw = true;
            client.Enqueue(new PushJob(PushFixtures.Objects(), PushFixtures.Destination, 60, 0, 0, PushProtection.Plain, false));
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(2, client.Statistics.Sent);
        }

        private static PushClient Client(VirtualClock clock, MemoryPushTransportFactory transports, int queueCapacity, TablePushValueSource values)
        {
            return new PushClient(queueCapacity, 256, new PushNotificationBuilder(values, clock), null, transports);
        }

        private static PushJob JobTo(string destination)
        {
            return new PushJob(PushFixtures.Objects(), destination, 0, 0, PushProtection.Plain, false);
        }

        private sealed class BrokenRealTimeClock : Meter.Hal.Clock.IRealTimeClock
        {
            public System.DateTime UtcNow
            {
                get { throw new System.InvalidOperationException("RTC not readable"); }
            }

            public void SetUtcNow(System.DateTime utc)
            {
            }
        }
    }
}
