using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// The one-step key derivation function of NIST SP 800-56A section 5.8.1 (Rev.1 and Rev.2;
    /// SP 800-56C section 4, option 1, in later revisions), the "concatenation KDF" over a hash:
    /// K(i) = H(counter_i ‖ Z ‖ OtherInfo) with a 32-bit big-endian counter from 1, the key being
    /// the leftmost bytes of K(1) ‖ K(2) ‖ .... Hash-agnostic: SHA-256 for DLMS suite 1, SHA-384
    /// for suite 2. Runs once per key agreement, so it allocates one small scratch buffer per call.
    /// </summary>
    public static class ConcatKdf
    {
        /// <summary>
        /// Derives <paramref name="keyLengthBytes"/> (at least 1) bytes of keying material from
        /// the shared secret Z and OtherInfo into <paramref name="output"/>. The hash instance is
        /// re-initialised and left ready for reuse.
        /// </summary>
        public static void Derive(
            IHash hash,
            byte[] z, int zOffset, int zLength,
            byte[] otherInfo, int otherInfoOffset, int otherInfoLength,
            byte[] output, int outputOffset, int keyLengthBytes)
        {
            if (hash == null)
            {
                throw new ArgumentNullException("hash");
            }

            Bounds.CheckBuffer(z, zOffset, zLength, "z");
            Bounds.CheckBuffer(otherInfo, otherInfoOffset, otherInfoLength, "otherInfo");
            if (keyLengthBytes < 1)
            {
                throw new ArgumentOutOfRangeException("keyLengthBytes");
            }

            Bounds.CheckBuffer(output, outputOffset, keyLengthBytes, "output");

            // reps = ceil(keydatalen / hashlen) <= 2^32 - 1 holds for any int length.
            int hashLength = hash.HashLength;
            byte[] scratch = new byte[4 + hashLength];
            hash.Initialize();
            uint counter = 1;
            for (int done = 0; done < keyLengthBytes; counter++)
            {
                scratch[0] = (byte)(counter >> 24);
                scratch[1] = (byte)(counter >> 16);
                scratch[2] = (byte)(counter >> 8);
                scratch[3] = (byte)counter;
                hash.Append(scratch, 0, 4);
                hash.Append(z, zOffset, zLength);
                hash.Append(otherInfo, otherInfoOffset, otherInfoLength);
                int take = keyLengthBytes - done;
                if (take >= hashLength)
                {
                    take = hashLength;
                    hash.Finish(output, outputOffset + done);
                }
                else
                {
                    hash.Finish(scratch, 4);
                    Array.Copy(scratch, 4, output, outputOffset + done, take);
                }

                done += take;
            }

            Array.Clear(scratch, 0, scratch.Length);
        }
    }
}
