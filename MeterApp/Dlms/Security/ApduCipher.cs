using System;
using Meter.Dlms.Axdr;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// Security suite 0 protection of xDLMS APDUs (Green Book ed. 9, 9.2.7.2.4; IEC 62056-5-3):
    /// glo-* and ded-* APDUs are tag, A-XDR length, SC, IC (4 bytes, big endian), data, 12-byte tag
    /// (when authenticated); general-glo-ciphering (0xDB) puts the sender's system title, as an
    /// octet-string of 8, before the length. IV = system title || IC. The AES-GCM work, with the AK
    /// in the AAD, happens inside the HAL (<see cref="KeyOperations.EncryptDlms"/>).
    /// Input and output buffers must not overlap. Bad input never throws: every refusal is a
    /// <see cref="CipherResult"/>, and nothing is written to the output before the tag verifies
    /// (only <see cref="Meter.Hal.Crypto.CryptoErrorStateException"/> escapes, when crypto is in its
    /// error state, whatever the input). Not thread-safe (one per association task, like its <see cref="KeyOperations"/>).
    /// </summary>
    public sealed class ApduCipher
    {
        /// <summary>Length of the authentication tag.</summary>
        public const int TagLength = KeyOperations.DlmsTagLength;

        /// <summary>SC (1) and IC (4): the security header inside the length.</summary>
        public const int SecurityHeaderLength = 5;

        private const int SystemTitleLength = SecurityContext.SystemTitleLength;

        private readonly KeyOperations _operations;
        private readonly int _maxApduLength;

        /// <summary>
        /// A cipher through <paramref name="operations"/> for plain APDUs of at most
        /// <paramref name="maxApduLength"/> bytes (the negotiated max PDU size); longer declared
        /// lengths are refused before anything is read or allocated.
        /// </summary>
        public ApduCipher(KeyOperations operations, int maxApduLength)
        {
            if (operations == null)
            {
                throw new ArgumentNullException("operations");
            }

            if (maxApduLength < 1 || maxApduLength > KeyOperations.MaxDlmsLength)
            {
                throw new ArgumentOutOfRangeException("maxApduLength");
            }

            _operations = operations;
            _maxApduLength = maxApduLength;
        }

        /// <summary>
        /// Protects the plain APDU apdu[offset .. offset + count) into its glo-* form (global key, or
        /// broadcast key with SC 0x40) or, with <paramref name="dedicated"/>, its ded-* form, under our
        /// system title and <paramref name="invocationCounter"/> (the caller keeps its counter increasing).
        /// </summary>
        public CipherResult Protect(SecurityContext context, bool dedicated, byte securityControl, uint invocationCounter, byte[] apdu, int offset, int count, byte[] output, int outputOffset, int outputCount, out int written)
        {
            written = 0;
            CheckArguments(context, apdu, offset, count, output, outputOffset, outputCount);
            if (count < 1)
            {
                return CipherResult.Malformed;
            }

            int tag = dedicated ? CipheredTag.DedOf(apdu[offset]) : CipheredTag.GloOf(apdu[offset]);
            if (tag < 0)
            {
                return CipherResult.UnknownTag;
            }

            return Seal(context, (byte)tag, false, securityControl, invocationCounter, apdu, offset, count, output, outputOffset, outputCount, out written);
        }

        /// <summary>
        /// Protects any plain APDU into general-glo-ciphering (0xDB) with our system title, under the
        /// global key (or the broadcast key with SC 0x40).
        /// </summary>
        public CipherResult ProtectGeneralGlo(SecurityContext context, byte securityControl, uint invocationCounter, byte[] apdu, int offset, int count, byte[] output, int outputOffset, int outputCount, out int written)
        {
            written = 0;
            CheckArguments(context, apdu, offset, count, output, outputOffset, outputCount);
            if (count < 1)
            {
                return CipherResult.Malformed;
            }

            return Seal(context, CipheredTag.GeneralGloCiphering, true, securityControl, invocationCounter, apdu, offset, count, output, outputOffset, outputCount, out written);
        }

        /// <summary>
        /// Checks and opens the ciphered APDU input[offset .. offset + count) (exactly one APDU) into
        /// output[outputOffset ..]; <paramref name="header"/> receives what was read. The IC must be
        /// fresh for the key's guard, which advances only once the APDU verified; a glo/ded APDU must
        /// hold the plain APDU its tag announces. A general-glo-ciphering APDU must carry the peer's
        /// system title when the context knows it. Encryption-only APDUs are opened only when
        /// <see cref="SecurityContext.AcceptsEncryptionOnly"/>.
        /// </summary>
        public CipherResult Unprotect(SecurityContext context, byte[] input, int offset, int count, byte[] output, int outputOffset, int outputCount, SecurityHeader header)
        {
            CheckArguments(context, input, offset, count, output, outputOffset, outputCount);
            if (header == null)
            {
                throw new ArgumentNullException("header");
            }

            header.Reset();
            if (count < 1)
            {
                return CipherResult.Truncated;
            }

            byte tag = input[offset];
            header.Tag = tag;
            int position = offset + 1;
            int end = offset + count;
            bool general = tag == CipheredTag.GeneralGloCiphering;
            int plainTag = -1;
            byte[] title = context.PeerSystemTitle;
            int titleOffset = 0;
            if (general)
            {
                CipherResult titleResult = ReadSystemTitle(context, input, ref position, end);
                if (titleResult != CipherResult.Ok)
                {
                    return titleResult;
                }

                title = input;
                titleOffset = position - SystemTitleLength;
                header.SystemTitleOffset = titleOffset;
            }
            else
            {
                plainTag = CipheredTag.PlainOf(tag);
                if (plainTag < 0)
                {
                    return CipherResult.UnknownTag;
                }

                if (!context.HasPeerSystemTitle)
                {
                    return CipherResult.SystemTitleMismatch;
                }
            }

            int length;
            CipherResult lengthResult = ReadLength(input, ref position, end, out length);
            if (lengthResult != CipherResult.Ok)
            {
                return lengthResult;
            }

            // Bounded before use: over the maximum, cut short, or followed by stray bytes.
            if (length > _maxApduLength + SecurityHeaderLength + TagLength)
            {
                return CipherResult.LengthOverflow;
            }

            if (length > end - position)
            {
                return CipherResult.Truncated;
            }

            if (length < end - position || length < SecurityHeaderLength)
            {
                return CipherResult.Malformed;
            }

            byte securityControl = input[position];
            uint invocationCounter = BigEndian.ReadUInt32(input, position + 1);
            header.SecurityControl = securityControl;
            header.InvocationCounter = invocationCounter;
            bool dedicated = CipheredTag.IsDedicated(tag);
            CipherResult controlResult = SecurityControl.Check(securityControl, !dedicated && context.BroadcastKey != null);
            if (controlResult != CipherResult.Ok)
            {
                return controlResult;
            }

            if (!SecurityControl.IsAuthenticated(securityControl) && !context.AcceptsEncryptionOnly)
            {
                return CipherResult.NotAuthenticated;
            }

            int tagLength = SecurityControl.IsAuthenticated(securityControl) ? TagLength : 0;
            int dataLength = length - SecurityHeaderLength - tagLength;
            if (dataLength < 1)
            {
                return CipherResult.Malformed;
            }

            KeyHandle key;
            IInvocationCounterGuard guard;
            CipherResult keyResult = SelectKey(context, dedicated, securityControl, out key, out guard);
            if (keyResult != CipherResult.Ok)
            {
                return keyResult;
            }

            if (!guard.IsFresh(invocationCounter))
            {
                return CipherResult.InvocationCounterReplayed;
            }

            if (dataLength > outputCount)
            {
                return CipherResult.OutputTooSmall;
            }

            int dataOffset = position + SecurityHeaderLength;
            if (!_operations.DecryptDlms(key, context.AuthenticationKey, securityControl, title, titleOffset, invocationCounter,
                input, dataOffset, dataLength, output, outputOffset, input, dataOffset + dataLength))
            {
                return CipherResult.AuthenticationFailed;
            }

            // Authentic (or, with SC 0x20, merely decrypted): the counter moves on either way.
            guard.Accept(invocationCounter);
            if (!general && output[outputOffset] != plainTag)
            {
                return CipherResult.PlaintextMismatch;
            }

            header.PlaintextLength = dataLength;
            return CipherResult.Ok;
        }

        private CipherResult Seal(SecurityContext context, byte tag, bool general, byte securityControl, uint invocationCounter, byte[] apdu, int offset, int count, byte[] output, int outputOffset, int outputCount, out int written)
        {
            written = 0;
            bool dedicated = CipheredTag.IsDedicated(tag);
            CipherResult controlResult = SecurityControl.Check(securityControl, !dedicated && context.BroadcastKey != null);
            if (controlResult != CipherResult.Ok)
            {
                return controlResult;
            }

            KeyHandle key;
            IInvocationCounterGuard guard;
            CipherResult keyResult = SelectKey(context, dedicated, securityControl, out key, out guard);
            if (keyResult != CipherResult.Ok)
            {
                return keyResult;
            }

            if (count > _maxApduLength)
            {
                return CipherResult.LengthOverflow;
            }

            int tagLength = SecurityControl.IsAuthenticated(securityControl) ? TagLength : 0;
            int length = SecurityHeaderLength + count + tagLength;
            int prefix = general ? 2 + SystemTitleLength : 1;
            int total = prefix + AxdrLength.Size(length) + length;
            if (total > outputCount)
            {
                return CipherResult.OutputTooSmall;
            }

            int position = outputOffset;
            output[position++] = tag;
            if (general)
            {
                output[position++] = SystemTitleLength;
                Array.Copy(context.OwnSystemTitle, 0, output, position, SystemTitleLength);
                position += SystemTitleLength;
            }

            position += AxdrLength.Write(output, position, outputCount - (position - outputOffset), length);
            output[position] = securityControl;
            BigEndian.WriteUInt32(output, position + 1, invocationCounter);
            position += SecurityHeaderLength;
            _operations.EncryptDlms(key, context.AuthenticationKey, securityControl, context.OwnSystemTitle, 0, invocationCounter,
                apdu, offset, count, output, position, output, position + count);
            written = total;
            return CipherResult.Ok;
        }

        // general-glo-ciphering: system-title OCTET STRING, which suite 0 needs to be 8 bytes.
        private static CipherResult ReadSystemTitle(SecurityContext context, byte[] input, ref int position, int end)
        {
            int titleLength;
            CipherResult result = ReadLength(input, ref position, end, out titleLength);
            if (result != CipherResult.Ok)
            {
                return result == CipherResult.Truncated ? result : CipherResult.Malformed;
            }

            if (titleLength != SystemTitleLength)
            {
                return CipherResult.Malformed;
            }

            if (end - position < SystemTitleLength)
            {
                return CipherResult.Truncated;
            }

            position += SystemTitleLength;
            if (context.HasPeerSystemTitle
                && !ConstantTime.FixedTimeEquals(input, position - SystemTitleLength, context.PeerSystemTitle, 0, SystemTitleLength))
            {
                return CipherResult.SystemTitleMismatch;
            }

            return CipherResult.Ok;
        }

        // An A-XDR length field (shortest form, at most 4 octets); the caller bounds its value.
        private static CipherResult ReadLength(byte[] input, ref int position, int end, out int length)
        {
            int used;
            AxdrResult read = AxdrLength.TryRead(input, position, end - position, out length, out used);
            if (read == AxdrResult.Truncated)
            {
                return CipherResult.Truncated;
            }

            if (read == AxdrResult.TooLarge)
            {
                return CipherResult.LengthOverflow;
            }

            if (read != AxdrResult.Ok)
            {
                return CipherResult.Malformed;
            }

            position += used;
            return CipherResult.Ok;
        }

        private static CipherResult SelectKey(SecurityContext context, bool dedicated, byte securityControl, out KeyHandle key, out IInvocationCounterGuard guard)
        {
            if (dedicated)
            {
                key = context.DedicatedKey;
                guard = context.DedicatedCounter;
            }
            else if (SecurityControl.UsesBroadcastKey(securityControl))
            {
                key = context.BroadcastKey;
                guard = context.BroadcastCounter;
            }
            else
            {
                key = context.GlobalKey;
                guard = context.GlobalCounter;
            }

            return key == null ? CipherResult.KeyUnavailable : CipherResult.Ok;
        }

        private static void CheckArguments(SecurityContext context, byte[] input, int offset, int count, byte[] output, int outputOffset, int outputCount)
        {
            if (context == null)
            {
                throw new ArgumentNullException("context");
            }

            CheckRange(input, offset, count, "input");
            CheckRange(output, outputOffset, outputCount, "output");
        }

        private static void CheckRange(byte[] buffer, int offset, int count, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
