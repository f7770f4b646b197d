namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Reads entries of a flat table of affine points (x‖y per entry, Montgomery form), as the
    /// generator tables and per-call multiples tables store them.
    /// </summary>
    internal static class AffineTable
    {
        /// <summary>
        /// Loads digit·P from the <paramref name="entries"/> entries (1P, 2P, …) starting at
        /// <paramref name="firstEntry"/>, for a secret digit in [-entries, entries], in constant time: every entry is read and masked, and the
        /// negation for a negative digit is selected, not branched on. Digit 0 loads zeros; the
        /// caller masks that addition away. Returns all ones when the digit is nonzero.
        /// </summary>
        internal static uint LookupSigned(PrimeField field, uint[] table, int firstEntry, int entries, int digit, uint[] xy, uint[] x, uint[] y)
        {
            int limbs = field.Limbs;
            int width = xy.Length;
            int sign = digit >> 31;
            int magnitude = (digit ^ sign) - sign;
            System.Array.Clear(xy, 0, width);
            int offset = firstEntry * width;
            for (int j = 1; j <= entries; j++)
            {
                uint mask = (uint)(((ulong)(uint)(j ^ magnitude) - 1) >> 32);
                for (int l = 0; l < xy.Length; l++)
                {
                    xy[l] |= table[offset + l] & mask;
                }

                offset += width;
            }

            System.Array.Copy(xy, 0, x, 0, limbs);
            System.Array.Copy(xy, limbs, xy, 0, limbs);
            field.Negate(xy, y);
            field.Select((uint)sign, y, xy, y);
            return ~(uint)(((ulong)(uint)magnitude - 1) >> 32);
        }

        /// <summary>Loads the odd multiple digit·P (digit odd, public) from a table of P, 3P, 5P, … .</summary>
        internal static void LookupOdd(PrimeField field, uint[] table, int digit, uint[] x, uint[] y)
        {
            int limbs = field.Limbs;
            int magnitude = digit < 0 ? -digit : digit;
            int offset = ((magnitude - 1) >> 1) * 2 * limbs;
            System.Array.Copy(table, offset, x, 0, limbs);
            System.Array.Copy(table, offset + limbs, y, 0, limbs);
            if (digit < 0)
            {
                field.Negate(y, y);
            }
        }
    }
}
