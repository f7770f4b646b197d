using System;
using System.Collections;
using Meter.Events;
using Meter.SerialConsole;
using Meter.SerialConsole.Commands;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    /// <summary>Logins, the end of every privileged session and reboots leave a trace in the event log.</summary>
    [TestClass]
    public class ConsoleAuditTests
    {
        [TestMethod]
        public void EverySessionEndIsReportedOnceWithHowItEnded()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            EndedSessions ended = new EndedSessions();
            console.Shell.Session.Ended += ended.OnEnded;

            console.Run("logout");
            console.Shell.Start();
            Assert.AreEqual(0, ended.Reasons.Count, "no session, nothing ends");

            console.Run("login " + ConsoleFixture.Secret);
            Assert.AreEqual("logged out\r\n", console.Run("logout"));
            console.Run("logout");

            console.Run("login " + ConsoleFixture.Secret);
            console.Clock.Advance(console.Shell.Session.IdleTimeoutMilliseconds);
            console.Shell.Poll();
            console.Shell.Poll();

            console.Run("login " + ConsoleFixture.Secret);
            console.Shell.Start();

            Assert.AreEqual(3, ended.Reasons.Count);
            Assert.AreEqual("logout", (string)ended.Reasons[0]);
            Assert.AreEqual("idle timeout", (string)ended.Reasons[1]);
            Assert.AreEqual("console restart", (string)ended.Reasons[2]);
        }

        [TestMethod]
        public void ASessionEndsEvenIfTheAuditHandlerFails()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Shell.Session.Ended += new EndedSessions().Fail;
            console.Run("login " + ConsoleFixture.Secret);
            Assert.StartsWith("error: 'logout' failed", console.Run("logout"));
            Assert.IsFalse(console.Shell.Session.IsAuthenticated);
        }

        [TestMethod]
        public void ARebootIsRecordedBeforeItIsRequested()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Run("login " + ConsoleFixture.Secret);
            int before = console.Events.Codes.Count;
            Assert.AreEqual("rebooting\r\n", console.Run("reboot"));
            Assert.AreEqual(1, console.SystemMonitor.RebootRequests);
            Assert.AreEqual(before + 1, console.Events.Codes.Count);
            Assert.AreEqual((int)EventCode.RebootRequested, (int)console.Events.Codes[before]);
            Assert.AreEqual("from the console", (string)console.Events.Details[before]);
        }

        [TestMethod]
        public void AnUnwritableLogDoesNotStopTheReboot()
        {
            FakeSystemMonitor system = new FakeSystemMonitor();
            RebootCommand reboot = new RebootCommand(system, new FailingEvents());
            ConsoleWriter output = new ConsoleWriter(new MemorySerialPort());
            Assert.ThrowsException(typeof(InvalidOperationException), () => reboot.Execute(new ConsoleSession(1000), new string[0], output));
            Assert.AreEqual(1, system.RebootRequests);
        }

        private sealed class EndedSessions
        {
            public readonly ArrayList Reasons = new ArrayList();

            public void OnEnded(string reason)
            {
                Reasons.Add(reason);
            }

            public void Fail(string reason)
            {
                throw new InvalidOperationException("log full");
            }
        }

        private sealed class FailingEvents : IEventRecorder
        {
            public void Record(ushort code, string details)
            {
                throw new InvalidOperationException("store read-only");
            }
        }
    }
}
