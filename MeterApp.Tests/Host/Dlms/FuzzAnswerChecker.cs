using System.Threading;
using Meter.Dlms.Acse;
using Meter.Dlms.Axdr;
using Meter.Dlms.Client;
using Meter.Dlms.Security;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// Checks every answer the meter gives the fuzzer: an AARE, an RLRE, or an xDLMS APDU that
    /// decodes (Green Book ed. 9, 9.5); in a management association a ciphered answer must also
    /// verify under the shipment keys with a server invocation counter that only increases
    /// (9.2.7.2.4.2), and its plaintext must decode. Counts the plain answers by tag.
    /// </summary>
    internal sealed class FuzzAnswerChecker
    {
        private readonly XdlmsApduDecoder _decoder = new XdlmsApduDecoder(new AxdrDecoder());
        private readonly ApduCipher _cipher;
        private readonly SecurityContext _context;
        private readonly SecurityHeader _header = new SecurityHeader();
        private readonly byte[] _plain = new byte[2048];
        private readonly int[] _tags = new int[256];
        private int _ciphered;

        /// <summary>A checker of plain answers only.</summary>
        public FuzzAnswerChecker()
        {
        }

        /// <summary>A checker that also opens ciphered answers to <paramref name="clientTitle"/> from <paramref name="serverTitle"/>.</summary>
        public FuzzAnswerChecker(ClientKeys keys, byte[] clientTitle, byte[] serverTitle)
        {
            _cipher = new ApduCipher(keys.Operations, 2048);
            _context = new SecurityContext(keys.EncryptionKey, keys.AuthenticationKey, new RamInvocationCounterGuard(), clientTitle, 0);
            _context.SetPeerSystemTitle(serverTitle, 0);
        }

        /// <summary>Answers that were ciphered (and verified).</summary>
        public int Ciphered => Volatile.Read(ref _ciphered);

        /// <summary>Plain answers (ciphered ones once opened) with tag <paramref name="tag"/>.</summary>
        public int CountOf(byte tag)
        {
            return Volatile.Read(ref _tags[tag]);
        }

        /// <summary>Null when buffer[offset .. offset + count) is a valid answer, else why not.</summary>
        public string Check(byte[] buffer, int offset, int count)
        {
            byte tag = buffer[offset];
            if (_cipher != null && (CipheredTag.PlainOf(tag) >= 0 || tag == CipheredTag.GeneralGloCiphering))
            {
                CipherResult opened = _cipher.Unprotect(_context, buffer, offset, count, _plain, 0, _plain.Length, _header);
                if (opened != CipherResult.Ok)
                {
                    return "a ciphered answer does not verify (" + opened + "): " + Hex.Format(Take(buffer, offset, count));
                }

                Interlocked.Increment(ref _ciphered);
                return CheckPlain(_plain, 0, _header.PlaintextLength);
            }

            return CheckPlain(buffer, offset, count);
        }

        private string CheckPlain(byte[] buffer, int offset, int count)
        {
            byte tag = buffer[offset];
            Interlocked.Increment(ref _tags[tag]);
            bool valid;
            switch (tag)
            {
                case AcseTag.Aare:
                    valid = new Aare().Decode(buffer, offset, count, count) == AcseError.None;
                    break;
                case AcseTag.Rlre:
                    valid = new Rlre().Decode(buffer, offset, count, count) == AcseError.None;
                    break;
                case ConfirmedServiceError.Tag:
                    valid = new ConfirmedServiceError().Decode(buffer, offset, count) == XdlmsError.None;
                    break;
                default:
                    valid = _decoder.Decode(buffer, offset, count).IsOk;
                    break;
            }

            return valid ? null : "an answer does not decode: " + Hex.Format(Take(buffer, offset, count));
        }

        private static byte[] Take(byte[] buffer, int offset, int count)
        {
            byte[] copy = new byte[count];
            System.Array.Copy(buffer, offset, copy, 0, count);
            return copy;
        }
    }
}
