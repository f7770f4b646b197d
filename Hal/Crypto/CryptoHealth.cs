namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Whether crypto may be used. It starts untested; the power-on self-test
    /// (<see cref="SelfTest.CryptoSelfTest"/>) makes it operational or puts it in the error
    /// state, where every key operation refuses to run (FIPS 140-3 section 7.10.1: no crypto
    /// output until the self-tests pass). Only a restart leaves the error state: a later passing
    /// run does not clear it. Thread-safe: a single reference swap.
    /// </summary>
    public sealed class CryptoHealth
    {
        private const string Untested = "self-test not run";

        private string _failure = Untested;

        /// <summary>True once the self-test has passed, until a later run fails.</summary>
        public bool IsOperational
        {
            get { return _failure == null; }
        }

        /// <summary>True once a self-test has finished (passed or failed); false while crypto is still starting.</summary>
        public bool IsTested
        {
            get { return (object)_failure != (object)Untested; }
        }

        /// <summary>Why crypto is not operational; null when it is.</summary>
        public string Failure
        {
            get { return _failure; }
        }

        /// <summary>Leaves the untested state; an error state stays until restart.</summary>
        internal void MarkOperational()
        {
            if ((object)_failure == (object)Untested)
            {
                _failure = null;
            }
        }

        internal void MarkFailed(string failure)
        {
            _failure = failure == null ? "failed" : failure;
        }
    }
}
