using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// PBKDF2 with HMAC-SHA256 as the PRF (RFC 8018 section 5.2), for storing secrets as salted,
    /// iterated hashes. Managed, so its cost on the device is that of interpreted SHA-256:
    /// choose the iteration count per platform and store it beside the salt.
    /// </summary>
    public static class Pbkdf2Sha256
    {
        /// <summary>Largest derived key this implementation produces (bounds the work and the output).</summary>
        public const int MaxOutputBytes = 1024;

        /// <summary>Largest salt accepted (RFC 8018 section 4.1 recommends at least 8 bytes; 16 is usual).</summary>
        public const int MaxSaltBytes = 256;

        /// <summary>Derives <paramref name="outputLength"/> bytes from a password and salt.</summary>
        public static byte[] DeriveKey(byte[] password, byte[] salt, int iterations, int outputLength)
        {
            if (password == null)
            {
                throw new ArgumentNullException("password");
            }

            if (salt == null)
            {
                throw new ArgumentNullException("salt");
            }

            byte[] output = new byte[outputLength < 0 ? 0 : outputLength];
            DeriveKey(password, 0, password.Length, salt, 0, salt.Length, iterations, output, 0, outputLength);
            return output;
        }

        /// <summary>
        /// Derives <paramref name="outputCount"/> bytes into <paramref name="output"/> at
        /// <paramref name="outputOffset"/>: DK = T1 || T2 || ..., Ti = U1 ^ ... ^ Uc with
        /// U1 = PRF(P, S || INT(i)) and Uj = PRF(P, Uj-1).
        /// </summary>
        public static void DeriveKey(
            byte[] password,
            int passwordOffset,
            int passwordCount,
            byte[] salt,
            int saltOffset,
            int saltCount,
            int iterations,
            byte[] output,
            int outputOffset,
            int outputCount)
        {
            Bounds.CheckBuffer(password, passwordOffset, passwordCount, "password");
            Bounds.CheckBuffer(salt, saltOffset, saltCount, "salt");
            Bounds.CheckBuffer(output, outputOffset, outputCount, "output");
            if (iterations < 1)
            {
                throw new ArgumentOutOfRangeException("iterations");
            }

            if (saltCount > MaxSaltBytes)
            {
                throw new ArgumentOutOfRangeException("salt");
            }

            if (outputCount < 1 || outputCount > MaxOutputBytes)
            {
                throw new ArgumentOutOfRangeException("output");
            }

            HmacSha256 prf = new HmacSha256(password, passwordOffset, passwordCount);
            byte[] u = new byte[HmacSha256.HashSizeInBytes];
            byte[] t = new byte[HmacSha256.HashSizeInBytes];
            byte[] blockIndex = new byte[4];

            int produced = 0;
            for (int i = 1; produced < outputCount; i++)
            {
                blockIndex[0] = (byte)(i >> 24);
                blockIndex[1] = (byte)(i >> 16);
                blockIndex[2] = (byte)(i >> 8);
                blockIndex[3] = (byte)i;

                prf.Append(salt, saltOffset, saltCount);
                prf.Append(blockIndex, 0, 4);
                prf.Finish(u, 0);
                Array.Copy(u, t, u.Length);

                for (int j = 1; j < iterations; j++)
                {
                    prf.Append(u, 0, u.Length);
                    prf.Finish(u, 0);
                    for (int k = 0; k < u.Length; k++)
                    {
                        t[k] ^= u[k];
                    }
                }

                int take = outputCount - produced;
                if (take > t.Length)
                {
                    take = t.Length;
                }

                Array.Copy(t, 0, output, outputOffset + produced, take);
                produced += take;
            }

            prf.Clear();
            Array.Clear(u, 0, u.Length);
            Array.Clear(t, 0, t.Length);
        }
    }
}
