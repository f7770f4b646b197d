using System;
using Meter.Dlms.Security;

namespace Meter.Dlms.Push
{
    /// <summary>
    /// Ciphers a push for security suite 0 (Green Book ed. 9, 9.2.7.2.4): general-glo-ciphering
    /// (0xDB, there is no glo-* tag for Data-Notification) with our system title, SC 0x30
    /// (authenticated and encrypted, global unicast key) and a fresh value of the meter's own
    /// sending invocation counter for every attempt, so a retry never repeats an IV.
    /// Give it its own <see cref="ApduCipher"/> (and KeyOperations): it runs on the push task.
    /// </summary>
    public sealed class PushProtector
    {
        /// <summary>The security control byte: suite 0, authenticated and encrypted.</summary>
        public const byte SecurityControlByte = 0x30;

        /// <summary>Largest growth of an APDU when ciphered: tag, title (1 + 8), length (up to 5), SC and IC (5), GCM tag (12).</summary>
        public const int Overhead = 1 + 1 + 8 + 5 + ApduCipher.SecurityHeaderLength + ApduCipher.TagLength;

        private readonly ApduCipher _cipher;
        private readonly SecurityContext _context;
        private readonly IPushInvocationCounter _counter;

        /// <param name="cipher">The push task's cipher.</param>
        /// <param name="context">Our system title, the global unicast key and the authentication key.</param>
        /// <param name="counter">Our sending invocation counter under that key.</param>
        public PushProtector(ApduCipher cipher, SecurityContext context, IPushInvocationCounter counter)
        {
            if (cipher == null || context == null || counter == null)
            {
                throw new ArgumentNullException(cipher == null ? "cipher" : context == null ? "context" : "counter");
            }

            _cipher = cipher;
            _context = context;
            _counter = counter;
        }

        /// <summary>
        /// Ciphers apdu[offset .. offset + count) into output[outputOffset ..]; never throws for a
        /// crypto or counter failure (a <see cref="PushFailure"/> instead). A counter value, once
        /// taken, is spent even when ciphering then fails.
        /// </summary>
        public PushFailure Protect(byte[] apdu, int offset, int count, byte[] output, int outputOffset, int outputCount, out int written)
        {
            written = 0;
            uint invocationCounter;
            try
            {
                if (!_counter.TryNext(out invocationCounter))
                {
                    return PushFailure.CounterExhausted;
                }

                CipherResult result = _cipher.ProtectGeneralGlo(_context, SecurityControlByte, invocationCounter, apdu, offset, count, output, outputOffset, outputCount, out written);
                if (result == CipherResult.Ok)
                {
                    return PushFailure.None;
                }

                written = 0;
                return result == CipherResult.OutputTooSmall || result == CipherResult.LengthOverflow ? PushFailure.TooLarge : PushFailure.ProtectionFailed;
            }
            catch (Exception)
            {
                written = 0;
                return PushFailure.ProtectionFailed;
            }
        }
    }
}
