using System;
using System.Threading;
using Meter.Dlms.Push;
using Meter.Hal.Virtual;
using Meter.Runtime;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The push task under the supervisor: it sends what other tasks queue, retries on its clock, and is not critical.</summary>
    [TestClass]
    public class PushTaskTests
    {
        [TestMethod]
        public void TheTaskSendsQueuedJobsAndRetriesOnItsClock()
        {
            // Virtual time 1000 times faster: a 2 s repetition delay passes in a few real milliseconds.
            VirtualClock clock = VirtualClock.Scaled(1000, PushFixtures.Now);
            MemoryPushTransportFactory transports = new MemoryPushTransportFactory();
            transports.FailingConnects = 1;
            PushClient client = new PushClient(4, 256, new PushNotificationBuilder(PushFixtures.Values(), clock), null, transports);
            PushTask task = new PushTask(client);
            Assert.IsFalse(task.IsCritical);
            Assert.AreEqual((int)TaskPriority.Dlms, (int)task.Priority);

            TaskSupervisor supervisor = new TaskSupervisor(clock, new WatchdogKeeper(new NullWatchdog()), new SupervisorSettings(10, 20, 160, 60000));
            supervisor.Add(task);
            supervisor.Start();
            try
            {
                Assert.IsTrue(task.Client.Enqueue(PushFixtures.Job(1, 2, PushProtection.Plain)));
                Assert.IsTrue(task.Client.Enqueue(PushFixtures.Job(0, 0, PushProtection.Plain)));
                for (int i = 0; i < 2000 && client.Statistics.Sent < 2; i++)
                {
                    Thread.Sleep(5);
                }

                Assert.AreEqual(2, client.Statistics.Sent);
                Assert.AreEqual(3, client.Statistics.Attempts);
                Assert.AreEqual(3, transports.Connects);
            }
            finally
            {
                supervisor.Stop();
            }
        }

        [TestMethod]
        public void ANullClientIsRefused()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new PushTask(null));
        }

        private sealed class NullWatchdog : Meter.Hal.Watchdog.IWatchdog
        {
            public int TimeoutMilliseconds
            {
                get { return 1000; }
            }

            public void Start()
            {
            }

            public void Feed()
            {
            }
        }
    }
}
