namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Arithmetic modulo an odd prime m held as little-endian 32-bit limbs in "Montgomery form":
    /// a is held as a·R mod m, with R = 2^(32·limbs) for the scalar fields (Montgomery reduction,
    /// HAC 14.32) and R = 1 for the P-256 and P-384 base fields, whose special form allows the
    /// faster reduction of FIPS 186-4 D.2, so the same code serves both. Subclasses are generated
    /// (generate_prime_fields.py) with the multiplication unrolled for one modulus. All operands
    /// are fully reduced (below m). Mul, Sqr, MulSmall, Add and Sub are constant time and allow
    /// the result to alias an operand. Instances hold scratch: not thread-safe.
    /// </summary>
    internal abstract class PrimeField
    {
        internal readonly int Limbs;

        /// <summary>The modulus m.</summary>
        internal readonly uint[] Modulus;

        /// <summary>R mod m: 1 in the field's form.</summary>
        internal readonly uint[] One;

        private readonly uint[] _rSquared;
        private readonly uint[] _rCubed;
        private readonly uint[] _plainOne;
        private readonly uint[] _zero;
        private readonly uint[] _exponent;
        private readonly uint[][] _powers = new uint[16][];
        private readonly uint[] _u;
        private readonly uint[] _v;
        private readonly uint[] _x1;
        private readonly uint[] _x2;

        protected PrimeField(uint[] modulus, uint[] rModM, uint[] rSquaredModM, uint[] rCubedModM)
        {
            Limbs = modulus.Length;
            Modulus = modulus;
            One = rModM;
            _rSquared = rSquaredModM;
            _rCubed = rCubedModM;
            _plainOne = new uint[Limbs];
            _plainOne[0] = 1;
            _zero = new uint[Limbs];

            // Fermat: a^(m-2) = a^-1 for prime m. The exponent is public, so its digits may steer branches.
            _exponent = new uint[Limbs];
            uint borrow = 2;
            for (int i = 0; i < Limbs; i++)
            {
                uint limb = modulus[i];
                _exponent[i] = limb - borrow;
                borrow = limb < borrow ? 1u : 0u;
            }

            for (int i = 0; i < 16; i++)
            {
                _powers[i] = new uint[Limbs];
            }

            _u = new uint[Limbs];
            _v = new uint[Limbs];
            _x1 = new uint[Limbs];
            _x2 = new uint[Limbs];
        }

        /// <summary>r = a·b·R^-1 mod m (the Montgomery product; the plain product when R = 1).</summary>
        internal abstract void Mul(uint[] a, uint[] b, uint[] r);

        /// <summary>r = a·a·R^-1 mod m.</summary>
        internal abstract void Sqr(uint[] a, uint[] r);

        /// <summary>r = a + b mod m.</summary>
        internal abstract void Add(uint[] a, uint[] b, uint[] r);

        /// <summary>r = a - b mod m.</summary>
        internal abstract void Sub(uint[] a, uint[] b, uint[] r);

        /// <summary>
        /// r = k·a mod m for a small k (up to 8): a single pass for the curve fields, whose
        /// generated classes override this; repeated additions otherwise.
        /// </summary>
        internal virtual void MulSmall(uint[] a, uint k, uint[] r)
        {
            Copy(a, _u);
            Copy(a, r);
            for (uint i = 1; i < k; i++)
            {
                Add(r, _u, r);
            }
        }

        /// <summary>Converts a plain residue to Montgomery form.</summary>
        internal void ToMontgomery(uint[] a, uint[] r)
        {
            Mul(a, _rSquared, r);
        }

        /// <summary>Converts from Montgomery form to the plain residue.</summary>
        internal void FromMontgomery(uint[] a, uint[] r)
        {
            Mul(a, _plainOne, r);
        }

        /// <summary>r = -a mod m.</summary>
        internal void Negate(uint[] a, uint[] r)
        {
            // 0 - a: Sub adds m back on the borrow, and 0 - 0 stays 0.
            Sub(_zero, a, r);
        }

        /// <summary>All ones when a is zero, else 0; constant time.</summary>
        internal uint ZeroMask(uint[] a)
        {
            uint acc = 0;
            for (int i = 0; i < Limbs; i++)
            {
                acc |= a[i];
            }

            return (uint)(((ulong)acc - 1) >> 32);
        }

        /// <summary>All ones when a = b, else 0; constant time.</summary>
        internal uint EqualMask(uint[] a, uint[] b)
        {
            uint acc = 0;
            for (int i = 0; i < Limbs; i++)
            {
                acc |= a[i] ^ b[i];
            }

            return (uint)(((ulong)acc - 1) >> 32);
        }

        /// <summary>All ones when the integer a is below m, else 0; constant time.</summary>
        internal uint BelowModulusMask(uint[] a)
        {
            long borrow = 0;
            for (int i = 0; i < Limbs; i++)
            {
                borrow = ((long)a[i] - Modulus[i] + borrow) >> 32;
            }

            return (uint)borrow;
        }

        /// <summary>Subtracts m once when a ≥ m, for an integer a below 2m; constant time.</summary>
        internal void ReduceOnce(uint[] a)
        {
            uint keep = BelowModulusMask(a);
            long borrow = 0;
            for (int i = 0; i < Limbs; i++)
            {
                long d = (long)a[i] - Modulus[i] + borrow;
                borrow = d >> 32;
                a[i] = (a[i] & keep) | ((uint)d & ~keep);
            }
        }

        /// <summary>
        /// r = min(k, m - k) for a plain k in [1, m-1], in constant time; returns all ones when it
        /// took m - k. Multipliers use it to keep scalars below m/2, so k·P = ±r·P.
        /// </summary>
        internal uint NegateToLowerHalf(uint[] k, uint[] r)
        {
            uint[] t = _u;
            long borrow = 0;
            for (int i = 0; i < Limbs; i++)
            {
                long d = (long)Modulus[i] - k[i] + borrow;
                t[i] = (uint)d;
                borrow = d >> 32;
            }

            // t < k exactly when t - k borrows.
            borrow = 0;
            for (int i = 0; i < Limbs; i++)
            {
                borrow = ((long)t[i] - k[i] + borrow) >> 32;
            }

            uint negate = (uint)borrow;
            Select(negate, t, k, r);
            return negate;
        }

        /// <summary>r = a where mask is all ones, b where it is 0; constant time.</summary>
        internal void Select(uint mask, uint[] a, uint[] b, uint[] r)
        {
            for (int i = 0; i < Limbs; i++)
            {
                r[i] = (a[i] & mask) | (b[i] & ~mask);
            }
        }

        internal void Copy(uint[] a, uint[] r)
        {
            System.Array.Copy(a, r, Limbs);
        }

        /// <summary>Reads a big-endian integer of exactly 4·Limbs bytes (not reduced).</summary>
        internal void Decode(byte[] source, int offset, uint[] r)
        {
            int end = offset + 4 * Limbs;
            for (int i = 0; i < Limbs; i++)
            {
                int p = end - 4 * i - 4;
                r[i] = ((uint)source[p] << 24) | ((uint)source[p + 1] << 16) | ((uint)source[p + 2] << 8) | source[p + 3];
            }
        }

        /// <summary>
        /// Reads the leftmost min(count, 4·Limbs) bytes of a big-endian string as an integer: the
        /// bits2int of FIPS 186-4 section 6.4 and RFC 6979 section 2.3.2 for a byte-aligned order.
        /// </summary>
        internal void DecodeLeftmost(byte[] source, int offset, int count, uint[] r)
        {
            int size = 4 * Limbs;
            int take = count < size ? count : size;
            System.Array.Clear(r, 0, Limbs);
            for (int i = 0; i < take; i++)
            {
                int bytePosition = take - 1 - i;
                r[bytePosition >> 2] |= (uint)source[offset + i] << (8 * (bytePosition & 3));
            }
        }

        /// <summary>Writes a as a big-endian integer of 4·Limbs bytes.</summary>
        internal void Encode(uint[] a, byte[] destination, int offset)
        {
            int end = offset + 4 * Limbs;
            for (int i = 0; i < Limbs; i++)
            {
                int p = end - 4 * i - 4;
                uint limb = a[i];
                destination[p] = (byte)(limb >> 24);
                destination[p + 1] = (byte)(limb >> 16);
                destination[p + 2] = (byte)(limb >> 8);
                destination[p + 3] = (byte)limb;
            }
        }

        /// <summary>
        /// r = a^-1 in Montgomery form by Fermat (a^(m-2)), a fixed sequence of 4-bit windows over the
        /// public exponent: constant time in a. Zero maps to zero.
        /// </summary>
        internal void InvertConstantTime(uint[] a, uint[] r)
        {
            uint[][] powers = _powers;
            Copy(One, powers[0]);
            Copy(a, powers[1]);
            for (int i = 2; i < 16; i++)
            {
                Mul(powers[i - 1], a, powers[i]);
            }

            uint[] acc = _u;
            bool started = false;
            for (int nibble = 8 * Limbs - 1; nibble >= 0; nibble--)
            {
                int digit = (int)((_exponent[nibble >> 3] >> (4 * (nibble & 7))) & 0xF);
                if (!started)
                {
                    if (digit == 0)
                    {
                        continue;
                    }

                    Copy(powers[digit], acc);
                    started = true;
                    continue;
                }

                Sqr(acc, acc);
                Sqr(acc, acc);
                Sqr(acc, acc);
                Sqr(acc, acc);
                if (digit != 0)
                {
                    Mul(acc, powers[digit], acc);
                }
            }

            Copy(acc, r);
        }

        /// <summary>
        /// r = a^-1 for a plain residue a (not Montgomery form) by the binary extended Euclidean
        /// algorithm (HAC 14.61 variant). Variable time: only for public values. Zero maps to zero.
        /// </summary>
        internal void InvertVariableTime(uint[] a, uint[] r)
        {
            if (ZeroMask(a) != 0)
            {
                System.Array.Clear(r, 0, Limbs);
                return;
            }

            uint[] u = _u;
            uint[] v = _v;
            uint[] x1 = _x1;
            uint[] x2 = _x2;
            Copy(a, u);
            Copy(Modulus, v);
            Copy(_plainOne, x1);
            System.Array.Clear(x2, 0, Limbs);

            // Invariants: x1·a ≡ u and x2·a ≡ v (mod m); u and v shrink until one of them is 1.
            while (!IsOne(u) && !IsOne(v))
            {
                while ((u[0] & 1) == 0)
                {
                    ShiftRightOne(u, 0);
                    HalveModular(x1);
                }

                while ((v[0] & 1) == 0)
                {
                    ShiftRightOne(v, 0);
                    HalveModular(x2);
                }

                if (GreaterOrEqual(u, v))
                {
                    SubtractInPlace(u, v);
                    Sub(x1, x2, x1);
                }
                else
                {
                    SubtractInPlace(v, u);
                    Sub(x2, x1, x2);
                }
            }

            Copy(IsOne(u) ? x1 : x2, r);
        }

        /// <summary>r = a^-1 with a and r in Montgomery form; variable time, public values only.</summary>
        internal void InvertMontgomeryVariableTime(uint[] a, uint[] r)
        {
            // (aR)^-1 = a^-1·R^-1; a Montgomery product with R^3 turns that into a^-1·R.
            InvertVariableTime(a, r);
            Mul(r, _rCubed, r);
        }

        private bool IsOne(uint[] a)
        {
            if (a[0] != 1)
            {
                return false;
            }

            for (int i = 1; i < Limbs; i++)
            {
                if (a[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        private bool GreaterOrEqual(uint[] a, uint[] b)
        {
            for (int i = Limbs - 1; i >= 0; i--)
            {
                if (a[i] != b[i])
                {
                    return a[i] > b[i];
                }
            }

            return true;
        }

        private void SubtractInPlace(uint[] a, uint[] b)
        {
            long borrow = 0;
            for (int i = 0; i < Limbs; i++)
            {
                long d = (long)a[i] - b[i] + borrow;
                a[i] = (uint)d;
                borrow = d >> 32;
            }
        }

        private void ShiftRightOne(uint[] a, uint topBit)
        {
            for (int i = 0; i < Limbs - 1; i++)
            {
                a[i] = (a[i] >> 1) | (a[i + 1] << 31);
            }

            a[Limbs - 1] = (a[Limbs - 1] >> 1) | (topBit << 31);
        }

        // x/2 mod m: an odd x becomes (x + m)/2, whose sum needs one bit above the limbs.
        private void HalveModular(uint[] x)
        {
            if ((x[0] & 1) == 0)
            {
                ShiftRightOne(x, 0);
                return;
            }

            ulong carry = 0;
            for (int i = 0; i < Limbs; i++)
            {
                ulong s = (ulong)x[i] + Modulus[i] + carry;
                x[i] = (uint)s;
                carry = s >> 32;
            }

            ShiftRightOne(x, (uint)carry);
        }
    }
}
