using Meter.Events;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// How the server answers and logs a <see cref="CipherResult"/> refusal: the ExceptionResponse
    /// service-error (Green Book ed. 9, xDLMS ASN.1: pdu-too-long [4], deciphering-error [5],
    /// invocation-counter-error [6], the last carrying the lowest acceptable IC) and the security
    /// event (IDIS: 49 decryption or authentication failure, 50 replay attack).
    /// </summary>
    public static class SecurityFailure
    {
        /// <summary>service-error pdu-too-long.</summary>
        public const int PduTooLong = 4;

        /// <summary>service-error deciphering-error.</summary>
        public const int DecipheringError = 5;

        /// <summary>service-error invocation-counter-error.</summary>
        public const int InvocationCounterError = 6;

        /// <summary>The ExceptionResponse service-error for a refusal (0 for <see cref="CipherResult.Ok"/>).</summary>
        public static int ServiceErrorOf(CipherResult result)
        {
            switch (result)
            {
                case CipherResult.Ok:
                    return 0;
                case CipherResult.InvocationCounterReplayed:
                    return InvocationCounterError;
                case CipherResult.LengthOverflow:
                case CipherResult.OutputTooSmall:
                    return PduTooLong;
                default:
                    return DecipheringError;
            }
        }

        /// <summary>The security event to log for a refusal (0 for <see cref="CipherResult.Ok"/>).</summary>
        public static ushort EventCodeOf(CipherResult result)
        {
            if (result == CipherResult.Ok)
            {
                return 0;
            }

            return result == CipherResult.InvocationCounterReplayed ? EventCode.ReplayAttack : EventCode.DecryptionOrAuthenticationFailure;
        }
    }
}
