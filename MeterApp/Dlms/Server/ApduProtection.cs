using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// The security wrapper of one session (Green Book ed. 9, 9.2.7.2.4, suite 0): opens ciphered
    /// requests, protects responses the way the request came (glo-, ded- or general-glo-ciphering,
    /// authenticated and encrypted, under our next invocation counter), and turns every refusal
    /// into the standard ExceptionResponse, a security event (49 decryption or authentication
    /// failure, 50 replay) and a count.
    /// </summary>
    internal sealed class ApduProtection
    {
        /// <summary>The most a ciphered APDU adds to its plain content: tag, system title (general-glo), length, SC, IC, tag.</summary>
        public const int Overhead = 1 + 1 + SecurityContext.SystemTitleLength + 3 + ApduCipher.SecurityHeaderLength + ApduCipher.TagLength;

        private readonly CipheringSetup _setup;
        private readonly ApduCipher _cipher;
        private readonly SecurityHeader _header = new SecurityHeader();
        private readonly IEventRecorder _events;
        private readonly DlmsServerStatistics _statistics;
        private readonly ushort _clientSap;

        public ApduProtection(CipheringSetup setup, KeyOperations operations, int maxApduSize, ushort clientSap, IEventRecorder events, DlmsServerStatistics statistics)
        {
            _setup = setup;
            _cipher = new ApduCipher(operations, maxApduSize);
            _clientSap = clientSap;
            _events = events;
            _statistics = statistics;
        }

        /// <summary>The header of the last APDU opened (its form is the form of the answer).</summary>
        public SecurityHeader LastHeader
        {
            get { return _header; }
        }

        /// <summary>True for a tag that announces a ciphered APDU (glo-, ded- or general-glo-ciphering).</summary>
        public static bool IsCiphered(byte tag)
        {
            return tag == CipheredTag.GeneralGloCiphering || CipheredTag.PlainOf(tag) >= 0;
        }

        /// <summary>
        /// Opens input[offset .. offset + count) into output[0 ..] under <paramref name="context"/>;
        /// on success <paramref name="plainLength"/> is the plain APDU's length. A refusal is counted
        /// and logged here; the caller answers it with <see cref="RefusalFor"/>.
        /// </summary>
        public CipherResult Open(SecurityContext context, byte[] input, int offset, int count, byte[] output, out int plainLength)
        {
            plainLength = 0;
            CipherResult result;

            // The counter guards are shared by the sessions of one key: check and advance as one step.
            lock (_setup.ClientCounter)
            {
                result = _cipher.Unprotect(context, input, offset, count, output, 0, output.Length, _header);
            }

            if (result != CipherResult.Ok)
            {
                _statistics.CountSecurityFailure();
                _events.Record(SecurityFailure.EventCodeOf(result), "DLMS client " + _clientSap + ": ciphered APDU refused (" + ResultName(result) + ")");
                return result;
            }

            plainLength = _header.PlaintextLength;
            return CipherResult.Ok;
        }

        /// <summary>True when the APDU just opened was authenticated and encrypted, as the ciphered context requires.</summary>
        public bool LastWasFullyProtected
        {
            get { return (_header.SecurityControl & SecurityControl.AuthenticatedAndEncrypted) == SecurityControl.AuthenticatedAndEncrypted; }
        }

        /// <summary>
        /// Protects the plain answer apdu[offset .. offset + count) in the form of the last request
        /// opened; returns the bytes written to output, or -1 when it does not fit.
        /// </summary>
        public int ProtectAnswer(SecurityContext context, byte[] apdu, int offset, int count, byte[] output, int outputOffset, int outputCount)
        {
            int written;
            uint counter = _setup.ServerCounter.Next();
            CipherResult result = _header.IsGeneral
                ? _cipher.ProtectGeneralGlo(context, SecurityControl.AuthenticatedAndEncrypted, counter, apdu, offset, count, output, outputOffset, outputCount, out written)
                : _cipher.Protect(context, _header.IsDedicated, SecurityControl.AuthenticatedAndEncrypted, counter, apdu, offset, count, output, outputOffset, outputCount, out written);
            return result == CipherResult.Ok ? written : -1;
        }

        /// <summary>Protects a plain APDU in its glo- form (the AARE's InitiateResponse or ConfirmedServiceError, the RLRE's InitiateResponse).</summary>
        public int ProtectGlobal(SecurityContext context, byte[] apdu, int offset, int count, byte[] output, int outputOffset, int outputCount)
        {
            int written;
            CipherResult result = _cipher.Protect(context, false, SecurityControl.AuthenticatedAndEncrypted, _setup.ServerCounter.Next(), apdu, offset, count, output, outputOffset, outputCount, out written);
            return result == CipherResult.Ok ? written : -1;
        }

        /// <summary>
        /// The ExceptionResponse for a refused ciphered APDU (Green Book ed. 9, 9.5: deciphering-error,
        /// invocation-counter-error with the lowest acceptable counter, or pdu-too-long).
        /// </summary>
        public ExceptionResponse RefusalFor(SecurityContext context, CipherResult result)
        {
            IInvocationCounterGuard guard = _header.IsDedicated && context.DedicatedCounter != null ? context.DedicatedCounter : context.GlobalCounter;
            return new ExceptionResponse(ExceptionStateError.ServiceNotAllowed, (ExceptionServiceError)SecurityFailure.ServiceErrorOf(result), guard.LowestAcceptable);
        }

        private static string ResultName(CipherResult result)
        {
            switch (result)
            {
                case CipherResult.InvocationCounterReplayed:
                    return "invocation counter replayed";
                case CipherResult.AuthenticationFailed:
                    return "tag does not verify";
                case CipherResult.SystemTitleMismatch:
                    return "system title mismatch";
                default:
                    return "result " + (int)result;
            }
        }
    }
}
