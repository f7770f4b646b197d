namespace Meter.SerialConsole
{
    /// <summary>
    /// The state of the operator's session on the console: whether privileged commands are
    /// allowed, and when input last arrived (for the idle timeout). Times are monotonic-clock
    /// milliseconds. One session per console; only the console's own thread touches it.
    /// </summary>
    public sealed class ConsoleSession
    {
        private readonly int _idleTimeoutMilliseconds;

        public ConsoleSession(int idleTimeoutMilliseconds)
        {
            _idleTimeoutMilliseconds = idleTimeoutMilliseconds;
        }

        /// <summary>True after a successful login, until logout or the idle timeout.</summary>
        public bool IsAuthenticated { get; private set; }

        /// <summary>When the last line arrived.</summary>
        public long LastActivityMilliseconds { get; private set; }

        public int IdleTimeoutMilliseconds
        {
            get { return _idleTimeoutMilliseconds; }
        }

        /// <summary>Notes input at <paramref name="nowMilliseconds"/>.</summary>
        public void Touch(long nowMilliseconds)
        {
            LastActivityMilliseconds = nowMilliseconds;
        }

        /// <summary>Grants privileged commands (the authenticator has verified the secret).</summary>
        public void Authenticate(long nowMilliseconds)
        {
            IsAuthenticated = true;
            LastActivityMilliseconds = nowMilliseconds;
        }

        /// <summary>Raised on the console's thread when a privileged session ends (for the audit trail).</summary>
        public event SessionEndedHandler Ended;

        /// <summary>Ends a privileged session, if there is one, and raises <see cref="Ended"/> with <paramref name="reason"/>.</summary>
        public void Logout(string reason)
        {
            if (!IsAuthenticated)
            {
                return;
            }

            // Privileges go first: a failing handler must not leave the session open.
            IsAuthenticated = false;
            SessionEndedHandler ended = Ended;
            if (ended != null)
            {
                ended(reason);
            }
        }

        /// <summary>True when a logged-in session has been idle for the timeout or longer.</summary>
        public bool HasExpired(long nowMilliseconds)
        {
            return IsAuthenticated && nowMilliseconds - LastActivityMilliseconds >= _idleTimeoutMilliseconds;
        }
    }
}
