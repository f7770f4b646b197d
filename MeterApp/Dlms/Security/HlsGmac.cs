using System;
using Meter.Dlms.Axdr;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// HLS-GMAC, authentication mechanism 5, passes 3 and 4 (Green Book ed. 9, 9.2.7.4 and Table 43):
    /// f(challenge) = SC (0x10) || IC || GMAC(EK, IV = sender's system title || IC,
    /// AAD = SC || AK || challenge), the tag truncated to 12 bytes; 17 bytes in all. The server
    /// answers the client's f(StoC) check with its own f(CtoS) through reply_to_HLS_authentication.
    /// </summary>
    public sealed class HlsGmac
    {
        /// <summary>Length of f(challenge): SC, IC and the 12-byte tag.</summary>
        public const int ResponseLength = 1 + 4 + ApduCipher.TagLength;

        /// <summary>The SC byte of f(): authentication only, suite 0.</summary>
        public const byte ResponseSecurityControl = SecurityControl.Authentication;

        private readonly KeyOperations _operations;

        /// <summary>Computes and checks through <paramref name="operations"/> (keys stay in the HAL).</summary>
        public HlsGmac(KeyOperations operations)
        {
            if (operations == null)
            {
                throw new ArgumentNullException("operations");
            }

            _operations = operations;
        }

        /// <summary>
        /// Writes f(challenge) for the peer's challenge challenge[offset .. offset + count) under our
        /// system title and our <paramref name="invocationCounter"/> into output[outputOffset ..];
        /// returns <see cref="ResponseLength"/>. The challenge buffer is left as it was.
        /// </summary>
        public int Compute(SecurityContext context, uint invocationCounter, byte[] challenge, int offset, int count, byte[] output, int outputOffset)
        {
            CheckArguments(context, challenge, offset, count);
            if (output == null)
            {
                throw new ArgumentNullException("output");
            }

            if (outputOffset < 0 || outputOffset > output.Length - ResponseLength)
            {
                throw new ArgumentOutOfRangeException("outputOffset");
            }

            output[outputOffset] = ResponseSecurityControl;
            BigEndian.WriteUInt32(output, outputOffset + 1, invocationCounter);

            // Authentication only copies the data to the output: copying the challenge onto itself keeps it intact.
            _operations.EncryptDlms(context.GlobalKey, context.AuthenticationKey, ResponseSecurityControl, context.OwnSystemTitle, 0, invocationCounter,
                challenge, offset, count, challenge, offset, output, outputOffset + 5);
            return ResponseLength;
        }

        /// <summary>
        /// Checks the peer's f(challenge) in response[responseOffset .. + responseCount) against the
        /// challenge we sent, under the peer's system title, comparing the tag in constant time.
        /// Returns Ok, Malformed (not 17 bytes, or an SC other than 0x10), SystemTitleMismatch (peer
        /// title unknown) or AuthenticationFailed. <paramref name="invocationCounter"/> is the peer's
        /// IC as read, for the caller's counter policy.
        /// </summary>
        public CipherResult Verify(SecurityContext context, byte[] challenge, int offset, int count, byte[] response, int responseOffset, int responseCount, out uint invocationCounter)
        {
            CheckArguments(context, challenge, offset, count);
            invocationCounter = 0;
            if (response == null)
            {
                throw new ArgumentNullException("response");
            }

            if (responseOffset < 0 || responseCount < 0 || responseOffset > response.Length - responseCount)
            {
                throw new ArgumentOutOfRangeException("responseCount");
            }

            if (responseCount != ResponseLength || response[responseOffset] != ResponseSecurityControl)
            {
                return CipherResult.Malformed;
            }

            if (!context.HasPeerSystemTitle)
            {
                return CipherResult.SystemTitleMismatch;
            }

            invocationCounter = BigEndian.ReadUInt32(response, responseOffset + 1);
            bool valid = _operations.DecryptDlms(context.GlobalKey, context.AuthenticationKey, ResponseSecurityControl, context.PeerSystemTitle, 0, invocationCounter,
                challenge, offset, count, challenge, offset, response, responseOffset + 5);
            return valid ? CipherResult.Ok : CipherResult.AuthenticationFailed;
        }

        private static void CheckArguments(SecurityContext context, byte[] challenge, int offset, int count)
        {
            if (context == null)
            {
                throw new ArgumentNullException("context");
            }

            if (challenge == null)
            {
                throw new ArgumentNullException("challenge");
            }

            if (offset < 0 || count < 0 || offset > challenge.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }
        }
    }
}
