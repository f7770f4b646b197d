using System;
using Meter.Events;
using Meter.Hal.Clock;

namespace Meter.SerialConsole.Authentication
{
    /// <summary>
    /// Checks the console secret and rate-limits guessing. Every checked attempt increments the
    /// persistent attempt counter before the secret is verified, the way a smart card decrements
    /// its PIN try counter first, so cutting power as soon as a wrong guess is detected still
    /// counts it. A success writes the login history, which resets the backoff but not the count
    /// of failures. After n failures in a row further attempts are refused unchecked for
    /// <see cref="LoginBackoff.DelayMilliseconds"/>(n), measured on the monotonic clock from the
    /// moment the failure is answered (the check itself takes seconds on a device); on start-up an
    /// unfinished run of failures re-arms the lockout, so a reboot does not reset it.
    /// Each failure is recorded as <see cref="EventCode.AuthenticationFailure"/> (46), without the
    /// guess; each success too (<see cref="ConsoleEvents.LoginSucceeded"/>), for the audit trail.
    /// </summary>
    public sealed class ConsoleAuthenticator
    {
        private readonly IRecordSlot _credential;
        private readonly IRecordSlot _history;
        private readonly IAttemptCounter _attempts;
        private readonly IEventRecorder _events;
        private readonly IMonotonicClock _clock;
        private long _attemptsAtLastSuccess;
        private long _successfulLogins;
        private long _lockedUntil;

        /// <param name="credential">The record holding the <see cref="ConsoleCredential"/>.</param>
        /// <param name="history">The record holding the <see cref="LoginHistory"/>.</param>
        /// <param name="attempts">The persistent count of checked login attempts.</param>
        /// <param name="events">Where failures are logged.</param>
        /// <param name="clock">The monotonic clock the lockout is measured on.</param>
        public ConsoleAuthenticator(IRecordSlot credential, IRecordSlot history, IAttemptCounter attempts, IEventRecorder events, IMonotonicClock clock)
        {
            if (credential == null || history == null || attempts == null || events == null || clock == null)
            {
                throw new ArgumentNullException();
            }

            _credential = credential;
            _history = history;
            _attempts = attempts;
            _events = events;
            _clock = clock;

            LoginHistory last = LoginHistory.Read(history);
            _attemptsAtLastSuccess = last.AttemptsAtLastSuccess;
            _successfulLogins = last.SuccessfulLogins;
            _lockedUntil = clock.UptimeMilliseconds + LoginBackoff.DelayMilliseconds(ConsecutiveFailures);
        }

        /// <summary>Failed attempts since the last successful login (what the backoff grows with).</summary>
        public long ConsecutiveFailures
        {
            get
            {
                long consecutive = _attempts.Value - _attemptsAtLastSuccess;
                return consecutive < 0 ? 0 : consecutive;
            }
        }

        /// <summary>Failed attempts over the meter's life (never reset).</summary>
        public long TotalFailures
        {
            get
            {
                long failures = _attempts.Value - _successfulLogins;
                return failures < 0 ? 0 : failures;
            }
        }

        public long SuccessfulLogins
        {
            get { return _successfulLogins; }
        }

        /// <summary>How long attempts are still refused, 0 when login is open.</summary>
        public long LockoutRemainingMilliseconds
        {
            get
            {
                long remaining = _lockedUntil - _clock.UptimeMilliseconds;
                return remaining > 0 ? remaining : 0;
            }
        }

        /// <summary>What the credential record holds.</summary>
        public CredentialState CredentialState
        {
            get
            {
                ConsoleCredential unused;
                return ConsoleCredential.Read(_credential, out unused);
            }
        }

        /// <summary>
        /// Checks <paramref name="secret"/>. <paramref name="waitMilliseconds"/> is how long the
        /// caller must wait before the next attempt is accepted (0 after a success).
        /// </summary>
        public LoginOutcome Login(string secret, out long waitMilliseconds)
        {
            // A meter that can not check any secret says so first, not after a lockout.
            waitMilliseconds = 0;
            ConsoleCredential credential;
            CredentialState state = ConsoleCredential.Read(_credential, out credential);
            if (state == CredentialState.Absent)
            {
                return LoginOutcome.NotProvisioned;
            }

            if (state == CredentialState.Damaged)
            {
                return LoginOutcome.CredentialDamaged;
            }

            waitMilliseconds = LockoutRemainingMilliseconds;
            if (waitMilliseconds > 0)
            {
                return LoginOutcome.LockedOut;
            }

            // Count first and arm the lockout, then verify (see the class comment): the count
            // survives a power cut during the check, and the lockout holds if the check throws.
            _attempts.Increment();
            long consecutive = ConsecutiveFailures;
            int delay = LoginBackoff.DelayMilliseconds(consecutive);
            _lockedUntil = _clock.UptimeMilliseconds + delay;

            bool match = credential.Verify(secret);

            if (match)
            {
                LoginHistory success = new LoginHistory(_attempts.Value, _successfulLogins + 1);
                success.Write(_history);
                _attemptsAtLastSuccess = success.AttemptsAtLastSuccess;
                _successfulLogins = success.SuccessfulLogins;
                _lockedUntil = 0;
                waitMilliseconds = 0;
                _events.Record(ConsoleEvents.LoginSucceeded, "successful login #" + _successfulLogins);
                return LoginOutcome.Success;
            }

            _events.Record(
                ConsoleEvents.LoginFailed,
                "console login failed (" + consecutive + " in a row, locked " + (delay / 1000) + " s)");

            // Armed again from now: PBKDF2 in interpreted IL takes about as long as the first
            // lockouts, which would otherwise be over before the answer is out.
            _lockedUntil = _clock.UptimeMilliseconds + delay;
            waitMilliseconds = delay;
            return LoginOutcome.Rejected;
        }
    }
}
