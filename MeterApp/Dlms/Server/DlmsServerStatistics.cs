using System.Threading;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// Counts of what the server refused or survived, across its sessions, for the security
    /// monitor and diagnostics (DESIGN.md 6: bad input is answered, counted and logged).
    /// </summary>
    public sealed class DlmsServerStatistics
    {
        private int _refused;
        private int _securityFailures;
        private int _authenticationFailures;
        private int _faults;

        /// <summary>APDUs answered with a refusal (exception, rejection, error result of a malformed request).</summary>
        public int Refused
        {
            get { return _refused; }
        }

        /// <summary>Ciphered APDUs that failed to decipher or authenticate, or were replayed.</summary>
        public int SecurityFailures
        {
            get { return _securityFailures; }
        }

        /// <summary>Failed HLS pass 3 checks.</summary>
        public int AuthenticationFailures
        {
            get { return _authenticationFailures; }
        }

        /// <summary>Unexpected exceptions caught at the session boundary (answered other-reason).</summary>
        public int Faults
        {
            get { return _faults; }
        }

        internal void CountRefused()
        {
            Interlocked.Increment(ref _refused);
        }

        internal void CountSecurityFailure()
        {
            Interlocked.Increment(ref _securityFailures);
        }

        internal void CountAuthenticationFailure()
        {
            Interlocked.Increment(ref _authenticationFailures);
        }

        internal void CountFault()
        {
            Interlocked.Increment(ref _faults);
        }
    }
}
