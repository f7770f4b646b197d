using Meter.Dlms.Acse;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// Names of the result codes the client reports, for messages a person reads (on the device
    /// Enum.ToString prints a number). Unknown values print as their number.
    /// </summary>
    public static class ResultText
    {
        /// <summary>A Data-Access-Result (Green Book ed. 9, 9.5).</summary>
        public static string Of(DataAccessResult result)
        {
            switch (result)
            {
                case DataAccessResult.Success: return "success";
                case DataAccessResult.HardwareFault: return "hardware-fault";
                case DataAccessResult.TemporaryFailure: return "temporary-failure";
                case DataAccessResult.ReadWriteDenied: return "read-write-denied";
                case DataAccessResult.ObjectUndefined: return "object-undefined";
                case DataAccessResult.ObjectClassInconsistent: return "object-class-inconsistent";
                case DataAccessResult.ObjectUnavailable: return "object-unavailable";
                case DataAccessResult.TypeUnmatched: return "type-unmatched";
                case DataAccessResult.ScopeOfAccessViolated: return "scope-of-access-violated";
                case DataAccessResult.DataBlockUnavailable: return "data-block-unavailable";
                case DataAccessResult.LongGetAborted: return "long-get-aborted";
                case DataAccessResult.NoLongGetInProgress: return "no-long-get-in-progress";
                case DataAccessResult.LongSetAborted: return "long-set-aborted";
                case DataAccessResult.NoLongSetInProgress: return "no-long-set-in-progress";
                case DataAccessResult.DataBlockNumberInvalid: return "data-block-number-invalid";
                case DataAccessResult.OtherReason: return "other-reason";
                default: return "data-access-result " + ((int)result).ToString();
            }
        }

        /// <summary>An Action-Result (Green Book ed. 9, 9.5).</summary>
        public static string Of(ActionResult result)
        {
            switch (result)
            {
                case ActionResult.Success: return "success";
                case ActionResult.HardwareFault: return "hardware-fault";
                case ActionResult.TemporaryFailure: return "temporary-failure";
                case ActionResult.ReadWriteDenied: return "read-write-denied";
                case ActionResult.ObjectUndefined: return "object-undefined";
                case ActionResult.ObjectClassInconsistent: return "object-class-inconsistent";
                case ActionResult.ObjectUnavailable: return "object-unavailable";
                case ActionResult.TypeUnmatched: return "type-unmatched";
                case ActionResult.ScopeOfAccessViolated: return "scope-of-access-violated";
                case ActionResult.DataBlockUnavailable: return "data-block-unavailable";
                case ActionResult.LongActionAborted: return "long-action-aborted";
                case ActionResult.NoLongActionInProgress: return "no-long-action-in-progress";
                case ActionResult.OtherReason: return "other-reason";
                default: return "action-result " + ((int)result).ToString();
            }
        }

        /// <summary>A suite 0 refusal.</summary>
        public static string Of(CipherResult result)
        {
            switch (result)
            {
                case CipherResult.Ok: return "ok";
                case CipherResult.Truncated: return "truncated";
                case CipherResult.LengthOverflow: return "length overflow";
                case CipherResult.Malformed: return "malformed";
                case CipherResult.UnknownTag: return "not a ciphered APDU";
                case CipherResult.UnsupportedSuite: return "unsupported security suite";
                case CipherResult.CompressionUnsupported: return "compression not supported";
                case CipherResult.BroadcastNotAllowed: return "broadcast key not allowed";
                case CipherResult.NotProtected: return "security control asks for no protection";
                case CipherResult.KeyUnavailable: return "key unavailable";
                case CipherResult.SystemTitleMismatch: return "system title unknown or different";
                case CipherResult.InvocationCounterReplayed: return "invocation counter not above the last one (replay)";
                case CipherResult.AuthenticationFailed: return "authentication tag does not verify (wrong keys or forged)";
                case CipherResult.PlaintextMismatch: return "plaintext does not match its ciphered tag";
                case CipherResult.OutputTooSmall: return "too long";
                case CipherResult.NotAuthenticated: return "not authenticated";
                default: return "cipher result " + ((int)result).ToString();
            }
        }

        /// <summary>An exception-response (Green Book ed. 9, 9.5).</summary>
        public static string Of(ExceptionResponse exception)
        {
            string state = exception.StateError == ExceptionStateError.ServiceNotAllowed ? "service-not-allowed" : "service-unknown";
            string service;
            switch (exception.ServiceError)
            {
                case ExceptionServiceError.OperationNotPossible: service = "operation-not-possible"; break;
                case ExceptionServiceError.ServiceNotSupported: service = "service-not-supported"; break;
                case ExceptionServiceError.PduTooLong: service = "pdu-too-long"; break;
                case ExceptionServiceError.DecipheringError: service = "deciphering-error"; break;
                case ExceptionServiceError.InvocationCounterError: service = "invocation-counter-error (expected at least " + exception.InvocationCounter.ToString() + ")"; break;
                default: service = "other-reason"; break;
            }

            return "exception-response: " + state + ", " + service;
        }

        /// <summary>An AARE's result and diagnostic (ISO 8650-1; Green Book ed. 9, 9.4.2.2).</summary>
        public static string Of(Aare aare)
        {
            string result = aare.Result == AssociationResult.RejectedPermanent ? "rejected-permanent"
                : aare.Result == AssociationResult.RejectedTransient ? "rejected-transient" : "accepted";
            if (aare.DiagnosticSource != DiagnosticSource.ServiceUser)
            {
                return result + ", acse-service-provider diagnostic " + aare.Diagnostic.ToString();
            }

            return result + ", " + UserDiagnostic(aare.Diagnostic);
        }

        private static string UserDiagnostic(int diagnostic)
        {
            switch ((AcseServiceUserDiagnostic)diagnostic)
            {
                case AcseServiceUserDiagnostic.Null: return "no diagnostic";
                case AcseServiceUserDiagnostic.NoReasonGiven: return "no reason given";
                case AcseServiceUserDiagnostic.ApplicationContextNameNotSupported: return "application context name not supported";
                case AcseServiceUserDiagnostic.CallingApTitleNotRecognized: return "calling AP title not recognized";
                case AcseServiceUserDiagnostic.AuthenticationMechanismNameNotRecognised: return "authentication mechanism name not recognised";
                case AcseServiceUserDiagnostic.AuthenticationMechanismNameRequired: return "authentication mechanism name required";
                case AcseServiceUserDiagnostic.AuthenticationFailure: return "authentication failure";
                case AcseServiceUserDiagnostic.AuthenticationRequired: return "authentication required";
                default: return "acse-service-user diagnostic " + diagnostic.ToString();
            }
        }
    }
}
