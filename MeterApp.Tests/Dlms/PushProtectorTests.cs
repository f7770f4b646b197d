using System.Collections;
using Meter.Dlms.Push;
using Meter.Dlms.Security;
using Meter.Hal.Virtual;
using Meter.Storage;
using Meter.Tests.Storage;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Ciphered pushes: general-glo-ciphering under our system title, opened with the same keys, a fresh counter value every attempt.</summary>
    [TestClass]
    public class PushProtectorTests
    {
        [TestMethod]
        public void CipheredPushesOpenWithTheSameKeysUnderIncreasingCounters()
        {
            SecurityVectors v = new SecurityVectors(300);
            RecordStore store = StoreTestKit.Mounted(new VirtualFlash(4096, 4));
            SendingInvocationCounter own = new SendingInvocationCounter(store, InvocationCounterKeys.OwnGlobalUnicast, 16);
            uint used;
            own.TryNext(out used);
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = Client(v, clock, transports, new SendingCounterAdapter(own));

            client.Enqueue(PushFixtures.Job(0, 0, PushProtection.AuthenticatedEncrypted));
            client.Enqueue(PushFixtures.Job(0, 0, PushProtection.AuthenticatedEncrypted));
            client.Poll(clock);
            client.Poll(clock);
            ArrayList delivered = transports.Delivered();
            Assert.AreEqual(2, delivered.Count);
            Assert.AreEqual(2, client.Statistics.Sent);

            // The head-end knows our system title and keeps our counter.
            SecurityContext headEnd = v.Context(SecurityVectors.ClientTitle, SecurityVectors.ServerTitle, new RamInvocationCounterGuard());
            byte[] first = (byte[])delivered[0];
            byte[] second = (byte[])delivered[1];
            Assert.AreEqual("db08" + SecurityVectors.ServerTitle, Hex.Format(DlmsBytes.Take(first, 10)));
            Assert.AreEqual((byte)PushProtector.SecurityControlByte, first[11]);

            SecurityHeader header = new SecurityHeader();
            Assert.AreEqual(PushClientTests.PlainNotification, Open(v, headEnd, first, header));
            Assert.AreEqual(1u, header.InvocationCounter, "the counter the server already used is not reused");
            Assert.AreEqual("0f00000002", Open(v, headEnd, second, header).Substring(0, 10));
            Assert.AreEqual(2u, header.InvocationCounter);
            Assert.AreEqual(3u, own.NextValue);

            byte[] opened = new byte[256];
            Assert.AreEqual((int)CipherResult.InvocationCounterReplayed, (int)v.Cipher().Unprotect(headEnd, first, 0, first.Length, opened, 0, opened.Length, header));
        }

        [TestMethod]
        public void EveryAttemptTakesAFreshCounterValue()
        {
            SecurityVectors v = new SecurityVectors(301);
            ScriptedPushCounter counter = new ScriptedPushCounter(40, 100);
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            transports.FailingConnects = 2;
            PushClient client = Client(v, clock, transports, counter);
            client.Enqueue(PushFixtures.Job(2, 0, PushProtection.AuthenticatedEncrypted));

            client.Poll(clock);
            client.Poll(clock);
            client.Poll(clock);
            Assert.AreEqual(3, counter.Taken);
            Assert.AreEqual(1, client.Statistics.Sent);
            SecurityHeader header = new SecurityHeader();
            Assert.AreEqual(PushClientTests.PlainNotification, Open(v, v.Context(SecurityVectors.ClientTitle, SecurityVectors.ServerTitle, new RamInvocationCounterGuard()), transports.Transport(0).Sent, header));
            Assert.AreEqual(42u, header.InvocationCounter);
        }

        [TestMethod]
        public void AnExhaustedCounterFailsTheJobWithoutSending()
        {
            SecurityVectors v = new SecurityVectors(302);
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = Client(v, clock, transports, new ScriptedPushCounter(7, 7));
            client.Enqueue(PushFixtures.Job(4, 0, PushProtection.AuthenticatedEncrypted));

            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(PushClient.Idle, client.Poll(clock));
            Assert.AreEqual(0, transports.Connects);
            Assert.AreEqual(1, client.Statistics.Attempts);
            Assert.AreEqual(1, client.Statistics.Failed);
            Assert.AreEqual((int)PushFailure.CounterExhausted, (int)client.Statistics.LastFailure);
        }

        [TestMethod]
        public void AThrowingCounterIsAFailedAttemptThatIsRetried()
        {
            SecurityVectors v = new SecurityVectors(303);
            ScriptedPushCounter counter = new ScriptedPushCounter(0, 10);
            counter.Throw = true;
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = Client(v, clock, transports, counter);
            client.Enqueue(PushFixtures.Job(1, 10, PushProtection.AuthenticatedEncrypted));

            Assert.AreEqual(10000, client.Poll(clock));
            Assert.AreEqual((int)PushFailure.ProtectionFailed, (int)client.Statistics.LastFailure);
            counter.Throw = false;
            clock.Advance(10000);
            Assert.AreEqual(0, client.Poll(clock));
            Assert.AreEqual(1, client.Statistics.Sent);
        }

        [TestMethod]
        public void APlainJobIsSentPlainEvenWithKeys()
        {
            SecurityVectors v = new SecurityVectors(304);
            ScriptedPushCounter counter = new ScriptedPushCounter(0, 10);
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            PushClient client = Client(v, clock, transports, counter);
            client.Enqueue(PushFixtures.Job(0, 0, PushProtection.Plain));

            client.Poll(clock);
            DlmsBytes.AreEqual(PushClientTests.PlainNotification, transports.Transport(0).Sent);
            Assert.AreEqual(0, counter.Taken, "no counter value spent on a plain push");
        }

        private static PushClient Client(SecurityVectors v, VirtualClock clock, MemoryPushTransportFactory transports, IPushInvocationCounter counter)
        {
            SecurityContext meter = v.Context(SecurityVectors.ServerTitle, null, new RamInvocationCounterGuard());
            PushProtector protector = new PushProtector(v.Cipher(), meter, counter);
            return new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), protector, transports);
        }

        private static string Open(SecurityVectors v, SecurityContext headEnd, byte[] apdu, SecurityHeader header)
        {
            byte[] opened = new byte[256];
            Assert.AreEqual((int)CipherResult.Ok, (int)v.Cipher().Unprotect(headEnd, apdu, 0, apdu.Length, opened, 0, opened.Length, header));
            Assert.IsTrue(header.IsGeneral);
            return Hex.Format(DlmsBytes.Take(opened, header.PlaintextLength));
        }
    }
}
