using Meter.SerialConsole;
using Meter.SerialConsole.Authentication;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class LoginTests
    {
        [TestMethod]
        public void CorrectSecretLogsIn()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string[] lines = console.RunLines("login " + ConsoleFixture.Secret);
            Assert.AreEqual(1, lines.Length);
            Assert.AreEqual("logged in: privileged commands allowed until logout or 300 s idle", lines[0]);
            Assert.IsTrue(console.Shell.Session.IsAuthenticated);
            Assert.AreEqual(1, console.Events.Codes.Count, "the login is audited");
            Assert.AreEqual((int)ConsoleEvents.LoginSucceeded, (int)console.Events.Codes[0]);
            Assert.AreEqual("successful login #1", (string)console.Events.Details[0]);
            Assert.AreEqual("already logged in\r\n", console.Run("login anything"));
            Assert.AreEqual(1, console.Events.Codes.Count);
        }

        [TestMethod]
        public void WrongSecretIsRefusedCountedAndLoggedAsEvent46()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            string[] lines = console.RunLines("login not-the-secret-at-all");
            Assert.AreEqual(1, lines.Length);
            Assert.AreEqual("error: login failed; next attempt accepted in 1 s", lines[0]);
            Assert.IsFalse(console.Shell.Session.IsAuthenticated);
            Assert.AreEqual(1L, console.Authenticator.TotalFailures);
            Assert.AreEqual(1, console.Events.Codes.Count);
            Assert.AreEqual(46, (int)console.Events.Codes[0]);
            Assert.Contains("console login failed", (string)console.Events.Details[0]);
        }

        [TestMethod]
        public void LockoutDoublesAndRefusesAttemptsUntilItEnds()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            int[] expectedSeconds = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300 };
            for (int i = 0; i < expectedSeconds.Length; i++)
            {
                string result = console.Run("login wrong-" + i);
                Assert.AreEqual("error: login failed; next attempt accepted in " + expectedSeconds[i] + " s\r\n", result, "failure " + (i + 1));

                // Even the right secret is refused, unchecked and uncounted, until the lockout ends.
                console.Clock.Advance(expectedSeconds[i] * 1000 - 1);
                Assert.AreEqual("error: login locked after failed attempts; try again in 1 s\r\n", console.Run("login " + ConsoleFixture.Secret));
                console.Clock.Advance(1);
            }

            Assert.AreEqual((long)expectedSeconds.Length, console.Authenticator.TotalFailures);
            Assert.AreEqual(expectedSeconds.Length, console.Events.Codes.Count, "refused attempts are not logged as failures");
            Assert.IsFalse(console.Shell.Session.IsAuthenticated);
        }

        [TestMethod]
        public void TheLockoutRunsFromTheAnswerNotFromTheStartOfASlowCheck()
        {
            // review-b: on the device the check takes ~2 s, as long as the first lockouts.
            ConsoleFixture console = ConsoleFixture.Create();
            StallingClock clock = new StallingClock();
            ConsoleAuthenticator authenticator = new ConsoleAuthenticator(
                console.CredentialSlot, console.HistorySlot, new SlowCheckAttemptCounter(clock, 2500), console.Events, clock);
            long wait;
            for (int failures = 1; failures <= 3; failures++)
            {
                int delay = LoginBackoff.DelayMilliseconds(failures);
                Assert.AreEqual((int)LoginOutcome.Rejected, (int)authenticator.Login("wrong-guess-" + failures, out wait));
                Assert.AreEqual((long)delay, wait);
                Assert.AreEqual((long)delay, authenticator.LockoutRemainingMilliseconds, "failure " + failures);
                clock.Advance(delay - 1);
                Assert.AreEqual((int)LoginOutcome.LockedOut, (int)authenticator.Login(ConsoleFixture.Secret, out wait), "failure " + failures);
                Assert.AreEqual(1L, wait);
                clock.Advance(1);
            }

            Assert.AreEqual((int)LoginOutcome.Success, (int)authenticator.Login(ConsoleFixture.Secret, out wait));
        }

        [TestMethod]
        public void LockoutMessageSaysHowLongToWait()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Run("login wrong-1");
            console.Clock.Advance(1000);
            console.Run("login wrong-2");
            console.Clock.Advance(2000);
            Assert.Contains("4 s", console.Run("login wrong-3"));
            console.Clock.Advance(1500);
            Assert.AreEqual("error: login locked after failed attempts; try again in 3 s\r\n", console.Run("login wrong-4"));
        }

        [TestMethod]
        public void SuccessResetsTheBackoffButNotTheFailureCount()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Run("login wrong-1");
            console.Clock.Advance(1000);
            console.Run("login wrong-2");
            console.Clock.Advance(2000);
            Assert.StartsWith("logged in", console.Run("login " + ConsoleFixture.Secret));
            Assert.AreEqual(0L, console.Authenticator.ConsecutiveFailures);
            Assert.AreEqual(2L, console.Authenticator.TotalFailures);
            Assert.AreEqual(1L, console.Authenticator.SuccessfulLogins);

            console.Run("logout");
            Assert.AreEqual("error: login failed; next attempt accepted in 1 s\r\n", console.Run("login wrong-3"), "the backoff starts again at 1 s");
            Assert.AreEqual(3L, console.Authenticator.TotalFailures);
        }

        [TestMethod]
        public void ARebootDoesNotResetTheLockout()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            for (int i = 0; i < 4; i++)
            {
                console.Run("login wrong-" + i);
                console.Clock.Advance(LoginBackoff.DelayMilliseconds(i + 1));
            }

            ConsoleAuthenticator rebooted = console.AuthenticatorAfterReboot();
            Assert.AreEqual(4L, rebooted.ConsecutiveFailures);
            Assert.AreEqual(8000L, rebooted.LockoutRemainingMilliseconds);
            long wait;
            Assert.AreEqual((int)LoginOutcome.LockedOut, (int)rebooted.Login(ConsoleFixture.Secret, out wait));
            Assert.AreEqual(8000L, wait);
        }

        [TestMethod]
        public void NoOutcomeIsGivenBeforeTheAttemptIsCounted()
        {
            // Like a smart card's PIN try counter: if power is cut while the attempt is being
            // counted, not even the right secret may have been accepted.
            ConsoleFixture console = ConsoleFixture.Create();
            ConsoleAuthenticator authenticator = new ConsoleAuthenticator(console.CredentialSlot, console.HistorySlot, new PowerCutCounter(), console.Events, console.Clock);
            long wait;
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => authenticator.Login(ConsoleFixture.Secret, out wait));
            Assert.AreEqual(0L, authenticator.SuccessfulLogins);
            Assert.AreEqual(-1, console.HistorySlot.Read(new byte[16], 0, 16), "no success was recorded");
        }

        [TestMethod]
        public void SecretIsNeverStoredInClear()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            console.Run("login " + ConsoleFixture.Secret);
            console.Run("logout");
            console.Run("login wrong-secret-1");
            byte[] secret = Hex.Ascii(ConsoleFixture.Secret);
            Assert.IsFalse(console.CredentialSlot.EverContained(secret));
            Assert.IsFalse(console.HistorySlot.EverContained(secret));
            Assert.IsFalse(console.CredentialSlot.EverContained(Hex.Ascii("wrong-secret-1")));
            for (int i = 0; i < console.Events.Details.Count; i++)
            {
                Assert.AreEqual(-1, ((string)console.Events.Details[i]).IndexOf("wrong-secret"), "failed guesses are not logged");
            }
        }

        [TestMethod]
        public void UnprovisionedMeterRefusesLogin()
        {
            ConsoleFixture console = ConsoleFixture.CreateUnprovisioned();
            Assert.AreEqual("error: console secret missing: needs factory re-provisioning\r\n", console.Run("login whatever-it-is-123"));
            Assert.AreEqual(0L, console.Attempts.Value);
        }

        [TestMethod]
        public void LoginNeedsExactlyOneArgument()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            Assert.AreEqual("error: usage: login <secret>\r\n", console.Run("login"));
            Assert.AreEqual("error: usage: login <secret>\r\n", console.Run("login a b"));
            Assert.AreEqual(0L, console.Attempts.Value);
        }

        [TestMethod]
        public void ProvisioningRejectsWeakSecrets()
        {
            ConsoleFixture console = ConsoleFixture.CreateUnprovisioned();
            Assert.ThrowsException(typeof(System.ArgumentException), () => console.Provisioning.Provision("short"));
            Assert.ThrowsException(typeof(System.ArgumentException), () => console.Provisioning.Provision("has a space in it ok"));
            Assert.ThrowsException(typeof(System.ArgumentException), () => console.Provisioning.Provision(null));
        }

        /// <summary>A counter whose write never completes: the power fails while counting.</summary>
        private sealed class PowerCutCounter : IAttemptCounter
        {
            public long Value
            {
                get { return 0; }
            }

            public void Increment()
            {
                throw new System.InvalidOperationException("power cut");
            }
        }
    }
}
