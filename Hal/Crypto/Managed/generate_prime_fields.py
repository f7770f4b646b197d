#!/usr/bin/env python3
"""Generates the unrolled prime-field classes (P256Field.cs, P256ScalarField.cs, P384Field.cs,
P384ScalarField.cs) next to this script.

Unrolling by hand is error-prone and loops cost bounds checks and loop overhead in the hottest
code of ECDSA/ECDH, so the limb arithmetic is generated: 32-bit limbs, 64-bit products, the
modulus limbs inlined as constants. The base fields use the fast reduction of FIPS 186-4 D.2
(column sums derived here from 2^(32n) mod p); the scalar fields use Montgomery reduction.
Run from anywhere:

    python3 Hal/Crypto/Managed/generate_prime_fields.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

# (class, summary, modulus, limbs, Solinas fold): a field with a fold uses the fast reduction of a
# generalised Mersenne prime with R = 1 (plain residues); the others use Montgomery reduction.
FIELDS = [
    ("P256Field", "the P-256 base field, p = 2^256 - 2^224 + 2^192 + 2^96 - 1 (FIPS 186-4 D.1.2.3)",
     2**256 - 2**224 + 2**192 + 2**96 - 1, 8, {0: 1, 3: -1, 6: -1, 7: 1}),
    ("P256ScalarField", "the P-256 group order n (FIPS 186-4 D.1.2.3), for ECDSA scalar arithmetic",
     0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551, 8, None),
    ("P384Field", "the P-384 base field, p = 2^384 - 2^128 - 2^96 + 2^32 - 1 (FIPS 186-4 D.1.2.4)",
     2**384 - 2**128 - 2**96 + 2**32 - 1, 12, {0: 1, 1: -1, 3: 1, 4: 1}),
    ("P384ScalarField", "the P-384 group order n (FIPS 186-4 D.1.2.4), for ECDSA scalar arithmetic",
     0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973, 12, None),
]


def limbs(value, n):
    return [(value >> (32 * i)) & 0xFFFFFFFF for i in range(n)]


def hexlimb(v):
    return "0x%08Xu" % v


def array(values):
    return "new uint[] { " + ", ".join(hexlimb(v) for v in values) + " }"


def mul_term(m, pj):
    """The 64-bit product m * pj with constant pj folded where it is trivial."""
    if pj == 0:
        return None
    if pj == 1:
        return "m"
    return "(ulong)m * %s" % hexlimb(pj)


def montgomery_reduce_locals_and_store(n, p, n0inv, out):
    """Montgomery reduction of z0..z(2n-1) (Handbook of Applied Cryptography 14.32), then one
    constant-time conditional subtraction, then the store to r."""
    pl = limbs(p, n)
    out.append("            // Montgomery reduction: add m*p so the low limb vanishes, n times (HAC 14.32).")
    out.append("            uint extra = 0;")
    for i in range(n):
        if n0inv == 1:
            out.append("            m = z%d;" % i)
        else:
            out.append("            m = z%d * %s;" % (i, hexlimb(n0inv)))
        out.append("            c = 0;")
        for j in range(n):
            term = mul_term("m", pl[j])
            parts = [p for p in [term, "z%d" % (i + j), "c"] if p is not None]
            first = parts[0] if parts[0].startswith("(ulong)") else "(ulong)" + parts[0]
            out.append("            t = %s;" % " + ".join([first] + parts[1:]))
            out.append("            z%d = (uint)t;" % (i + j))
            out.append("            c = (uint)(t >> 32);")
        out.append("            t = (ulong)z%d + c + extra;" % (i + n))
        out.append("            z%d = (uint)t;" % (i + n))
        out.append("            extra = (uint)(t >> 32);")
    out.append("            // The result z%d..z%d (+ extra * 2^%d) is below 2p: subtract p once, in constant time." % (n, 2 * n - 1, 32 * n))
    out.append("            long s;")
    out.append("            long borrow = 0;")
    for j in range(n):
        out.append("            s = (long)z%d - %s + borrow;" % (n + j, hexlimb(pl[j]).rstrip("u") + "L"))
        out.append("            uint d%d = (uint)s;" % j)
        out.append("            borrow = s >> 32;")
    out.append("            // Keep the difference unless it borrowed past the extra bit.")
    out.append("            uint keep = (uint)(borrow + extra);")
    out.append("            r[%d] = (d%d & ~keep) | (z%d & keep);" % (n - 1, n - 1, 2 * n - 1))
    for j in range(n - 1):
        out.append("            r[%d] = (d%d & ~keep) | (z%d & keep);" % (j, j, n + j))


def montgomery_reduce_and_store(n, p, n0inv, out):
    """Montgomery reduction of zz (Handbook of Applied Cryptography 14.32), row by row in a loop,
    then one constant-time conditional subtraction, then the store to r."""
    pl = limbs(p, n)
    out.append("            // Montgomery reduction: add m*p so the low limb vanishes, n times (HAC 14.32).")
    out.append("            uint extra = 0;")
    out.append("            for (int i = 0; i < %d; i++)" % n)
    out.append("            {")
    out.append("                ulong m = (uint)(zz[i] * %s);" % hexlimb(n0inv))
    out.append("                c = 0;")
    for j in range(n):
        if pl[j] == 0:
            out.append("                c += zz[i + %d];" % j)
        elif pl[j] == 1:
            out.append("                c += m + zz[i + %d];" % j)
        else:
            out.append("                c += (m * %s) + zz[i + %d];" % (hexlimb(pl[j]).replace("u", "UL"), j))
        out.append("                zz[i + %d] = (uint)c;" % j)
        out.append("                c >>= 32;")
    out.append("                c += (ulong)zz[i + %d] + extra;" % n)
    out.append("                zz[i + %d] = (uint)c;" % n)
    out.append("                extra = (uint)(c >> 32);")
    out.append("            }")
    out.append("")
    out.append("            // The result zz[%d..%d] (+ extra * 2^%d) is below 2p: subtract p once, in constant time." % (n, 2 * n - 1, 32 * n))
    out.append("            long s;")
    out.append("            long borrow = 0;")
    for j in range(n):
        out.append("            s = (long)zz[%d] - %s + borrow;" % (n + j, hexlimb(pl[j]).rstrip("u") + "L"))
        out.append("            uint d%d = (uint)s;" % j)
        out.append("            borrow = s >> 32;")
    out.append("            // Keep the difference unless it borrowed past the extra bit.")
    out.append("            uint keep = (uint)(borrow + extra);")
    out.append("            r[%d] = (d%d & ~keep) | (zz[%d] & keep);" % (n - 1, n - 1, 2 * n - 1))
    for j in range(n - 1):
        out.append("            r[%d] = (d%d & ~keep) | (zz[%d] & keep);" % (j, j, n + j))


def fold_coefficients(n, delta):
    """For each limb k of a 2n-limb product, 2^(32k) mod p as small signed multiples of 2^(32j), j < n,
    from 2^(32n) = sum(d * 2^(32 pos)) (mod p): the column form of FIPS 186-4 D.2 fast reduction."""
    def expand(k):
        v = [0] * n
        if k < n:
            v[k] = 1
            return v
        for pos, d in delta.items():
            sub = expand(k - n + pos)
            for j in range(n):
                v[j] += d * sub[j]
        return v
    return [expand(k) for k in range(2 * n)]


def term(coefficient, name):
    if coefficient == 1:
        return " + %s" % name
    if coefficient == -1:
        return " - %s" % name
    if coefficient > 0:
        return " + %dL * %s" % (coefficient, name)
    return " - %dL * %s" % (-coefficient, name)


def solinas_reduce_and_store(n, p, delta, out):
    coef = fold_coefficients(n, delta)
    name = lambda k: "z%d" % k
    out.append("            // Fast reduction (FIPS 186-4 D.2): fold the high limbs into signed column sums.")
    out.append("            long acc = 0;")
    for j in range(n):
        expr = "(long)" + name(j)
        for k in range(n, 2 * n):
            if coef[k][j] != 0:
                expr += term(coef[k][j], "(long)" + name(k))
        out.append("            acc += %s;" % expr)
        out.append("            uint r%d = (uint)acc;" % j)
        out.append("            acc >>= 32;")
    fold_and_store(n, p, delta, out)


def fold_and_store(n, p, delta, out):
    """Folds the signed carry in acc above limbs r0..r(n-1) back in twice (the second fold leaves
    no carry), subtracts p once if needed and stores to r."""
    pl = limbs(p, n)
    out.append("            // Fold the small signed carry twice (2^%d = %s mod p); the second leaves no carry." % (
        32 * n, " ".join(("+" if d > 0 else "-") + " 2^%d" % (32 * pos) for pos, d in sorted(delta.items(), reverse=True))))
    out.append("            long fold;")
    for _ in range(2):
        out.append("            fold = acc;")
        out.append("            acc = 0;")
        for j in range(n):
            d = delta.get(j, 0)
            extra = "" if d == 0 else (" + fold" if d > 0 else " - fold")
            out.append("            acc += (long)r%d%s;" % (j, extra))
            out.append("            r%d = (uint)acc;" % j)
            out.append("            acc >>= 32;")
    out.append("            // Now below 2^%d < 2p: subtract p once, in constant time." % (32 * n))
    out.append("            long s;")
    out.append("            long borrow = 0;")
    for j in range(n):
        out.append("            s = (long)r%d - %s + borrow;" % (j, hexlimb(pl[j]).rstrip("u") + "L"))
        out.append("            uint d%d = (uint)s;" % j)
        out.append("            borrow = s >> 32;")
    out.append("            uint keep = (uint)borrow;")
    out.append("            r[%d] = (d%d & ~keep) | (r%d & keep);" % (n - 1, n - 1, n - 1))
    for j in range(n - 1):
        out.append("            r[%d] = (d%d & ~keep) | (r%d & keep);" % (j, j, j))


def load(name, n, out):
    out.append("            uint %s%d = %s[%d];" % (name, n - 1, name, n - 1))
    for i in range(n - 1):
        out.append("            uint %s%d = %s[%d];" % (name, i, name, i))


def comba_product(n, out, square):
    """The 2n-limb product into locals z0..z(2n-1) by columns (product scanning, Comba): each
    column sums the low and high halves of its partial products in two 64-bit accumulators, so a
    limb of the result is written once and no partial row is read back."""
    out.append("            ulong a%d = a[%d];" % (n - 1, n - 1))
    for i in range(n - 1):
        out.append("            ulong a%d = a[%d];" % (i, i))
    if not square:
        out.append("            ulong b%d = b[%d];" % (n - 1, n - 1))
        for i in range(n - 1):
            out.append("            ulong b%d = b[%d];" % (i, i))
    out.append("            ulong p;")
    out.append("            ulong lo = 0;")
    out.append("            ulong hi = 0;")
    for k in range(2 * n - 1):
        for i in range(n):
            j = k - i
            if j < 0 or j >= n:
                continue
            if square:
                if i > j:
                    continue
                out.append("            p = a%d * a%d;" % (i, j))
                if i < j:
                    out.append("            lo += (p & 0xFFFFFFFFUL) << 1;")
                    out.append("            hi += (p >> 32) << 1;")
                else:
                    out.append("            lo += p & 0xFFFFFFFFUL;")
                    out.append("            hi += p >> 32;")
            else:
                out.append("            p = a%d * b%d;" % (i, j))
                out.append("            lo += p & 0xFFFFFFFFUL;")
                out.append("            hi += p >> 32;")
        out.append("            uint z%d = (uint)lo;" % k)
        out.append("            lo = (lo >> 32) + hi;")
        out.append("            hi = 0;")
    out.append("            uint z%d = (uint)lo;" % (2 * n - 1))


def locals_product(n, out, square):
    """The 2n-limb product into locals z0..z(2n-1)."""
    load("a", n, out)
    if not square:
        load("b", n, out)
    out.append("            ulong t;")
    out.append("            uint c;")
    for k in range(2 * n):
        out.append("            uint z%d;" % k)
    if not square:
        for i in range(n):
            out.append("            c = 0;")
            for j in range(n):
                if i == 0:
                    out.append("            t = (ulong)a%d * b%d + c;" % (j, i))
                else:
                    out.append("            t = (ulong)a%d * b%d + z%d + c;" % (j, i, i + j))
                out.append("            z%d = (uint)t;" % (i + j))
                out.append("            c = (uint)(t >> 32);")
            out.append("            z%d = c;" % (i + n))
        return
    for i in range(n - 1):
        out.append("            c = 0;")
        for j in range(i + 1, n):
            if i == 0:
                out.append("            t = (ulong)a%d * a%d + c;" % (i, j))
            else:
                out.append("            t = (ulong)a%d * a%d + z%d + c;" % (i, j, i + j))
            out.append("            z%d = (uint)t;" % (i + j))
            out.append("            c = (uint)(t >> 32);")
        out.append("            z%d = c;" % (i + n))
    out.append("            z%d = z%d >> 31;" % (2 * n - 1, 2 * n - 2))
    for k in range(2 * n - 2, 1, -1):
        out.append("            z%d = (z%d << 1) | (z%d >> 31);" % (k, k, k - 1))
    out.append("            z1 = z1 << 1;")
    out.append("            c = 0;")
    for i in range(n):
        if i == 0:
            out.append("            t = (ulong)a0 * a0;")
        else:
            out.append("            t = (ulong)a%d * a%d + z%d + c;" % (i, i, 2 * i))
        out.append("            z%d = (uint)t;" % (2 * i))
        out.append("            t = (t >> 32) + z%d;" % (2 * i + 1))
        out.append("            z%d = (uint)t;" % (2 * i + 1))
        out.append("            c = (uint)(t >> 32);")


# Montgomery product style per limb count, chosen by measurement on the host: locals suit 8 limbs,
# 12 limbs spill less through the scratch array. The base fields always use comba_product.
WIDE_MONTGOMERY = {8: False, 12: True}


def wide_product(n, out, square):
    """The 2n-limb product into the field's scratch array zz (as BouncyCastle's Nat256.Mul does):
    one operand's limbs stay in registers, the partial rows go through L1 memory, so nothing spills."""
    out.append("            uint[] zz = _wide;")
    out.append("            zz[%d] = 0;" % (2 * n - 1))
    out.append("            ulong c;")
    if not square:
        out.append("            ulong ai;")
        out.append("            ulong b%d = b[%d];" % (n - 1, n - 1))
        for j in range(n - 1):
            out.append("            ulong b%d = b[%d];" % (j, j))
        out.append("            ai = a[%d];" % (n - 1))
        out.append("            ai = a[0];")
        out.append("            c = 0;")
        for j in range(n):
            out.append("            c += ai * b%d;" % j)
            out.append("            zz[%d] = (uint)c;" % j)
            out.append("            c >>= 32;")
        out.append("            zz[%d] = (uint)c;" % n)
        # Later rows in a loop: a variable index keeps the JIT from caching element addresses in spilled registers.
        out.append("            for (int i = 1; i < %d; i++)" % n)
        out.append("            {")
        out.append("                ai = a[i];")
        out.append("                c = 0;")
        for j in range(n):
            out.append("                c += ai * b%d + zz[i + %d];" % (j, j))
            out.append("                zz[i + %d] = (uint)c;" % j)
            out.append("                c >>= 32;")
        out.append("                zz[i + %d] = (uint)c;" % n)
        out.append("            }")
        return
    # Squaring: the off-diagonal products once, doubled, plus the squares on the diagonal.
    out.append("            ulong a%d = a[%d];" % (n - 1, n - 1))
    for j in range(n - 1):
        out.append("            ulong a%d = a[%d];" % (j, j))
    out.append("            zz[0] = 0;")
    for i in range(n - 1):
        out.append("            c = 0;")
        for j in range(i + 1, n):
            if i == 0:
                out.append("            c += a0 * a%d;" % j)
            else:
                out.append("            c += a%d * a%d + zz[%d];" % (i, j, i + j))
            out.append("            zz[%d] = (uint)c;" % (i + j))
            out.append("            c >>= 32;")
        out.append("            zz[%d] = (uint)c;" % (i + n))
    out.append("            // Double the off-diagonal sum and add the squares a_i^2 at limb 2i.")
    out.append("            c = 0;")
    out.append("            ulong w;")
    out.append("            uint high = 0;")
    for i in range(n):
        out.append("            w = ((ulong)zz[%d] << 1) | high;" % (2 * i))
        out.append("            high = zz[%d] >> 31;" % (2 * i))
        out.append("            c += a%d * a%d + (uint)w;" % (i, i))
        out.append("            zz[%d] = (uint)c;" % (2 * i))
        out.append("            c >>= 32;")
        out.append("            w = ((ulong)zz[%d] << 1) | high;" % (2 * i + 1))
        out.append("            high = zz[%d] >> 31;" % (2 * i + 1))
        out.append("            c += (uint)w;")
        out.append("            zz[%d] = (uint)c;" % (2 * i + 1))
        out.append("            c >>= 32;")


def gen_mul(n, p, n0inv, delta):
    out = []
    out.append("        /// <inheritdoc/>")
    out.append("        internal override void Mul(uint[] a, uint[] b, uint[] r)")
    out.append("        {")
    if delta is None and not WIDE_MONTGOMERY[n]:
        locals_product(n, out, False)
        out.append("            uint m;")
        montgomery_reduce_locals_and_store(n, p, n0inv, out)
    elif delta is None:
        wide_product(n, out, False)
        montgomery_reduce_and_store(n, p, n0inv, out)
    else:
        comba_product(n, out, False)
        solinas_reduce_and_store(n, p, delta, out)
    out.append("        }")
    return out


def gen_sqr(n, p, n0inv, delta):
    out = []
    out.append("        /// <inheritdoc/>")
    out.append("        internal override void Sqr(uint[] a, uint[] r)")
    out.append("        {")
    if delta is None and not WIDE_MONTGOMERY[n]:
        locals_product(n, out, True)
        out.append("            uint m;")
        montgomery_reduce_locals_and_store(n, p, n0inv, out)
    elif delta is None:
        wide_product(n, out, True)
        montgomery_reduce_and_store(n, p, n0inv, out)
    else:
        comba_product(n, out, True)
        solinas_reduce_and_store(n, p, delta, out)
    out.append("        }")
    return out


def gen_mul_small(n, p, delta):
    out = []
    out.append("        /// <inheritdoc/>")
    out.append("        internal override void MulSmall(uint[] a, uint k, uint[] r)")
    out.append("        {")
    load("a", n, out)
    out.append("            long acc = 0;")
    for j in range(n):
        out.append("            acc += (long)((ulong)a%d * k);" % j)
        out.append("            uint r%d = (uint)acc;" % j)
        out.append("            acc >>= 32;")
    fold_and_store(n, p, delta, out)
    out.append("        }")
    return out


def gen_add(n, p):
    pl = limbs(p, n)
    out = []
    out.append("        /// <inheritdoc/>")
    out.append("        internal override void Add(uint[] a, uint[] b, uint[] r)")
    out.append("        {")
    load("a", n, out)
    load("b", n, out)
    out.append("            ulong t;")
    out.append("            ulong c = 0;")
    for j in range(n):
        out.append("            t = (ulong)a%d + b%d + c;" % (j, j))
        out.append("            uint s%d = (uint)t;" % j)
        out.append("            c = t >> 32;")
    out.append("            long d;")
    out.append("            long borrow = 0;")
    for j in range(n):
        out.append("            d = (long)s%d - %s + borrow;" % (j, hexlimb(pl[j]).rstrip("u") + "L"))
        out.append("            uint d%d = (uint)d;" % j)
        out.append("            borrow = d >> 32;")
    out.append("            // Keep the sum only when it is below p: no carry out and the subtraction borrowed.")
    out.append("            uint keep = (uint)((long)c + borrow);")
    out.append("            r[%d] = (d%d & ~keep) | (s%d & keep);" % (n - 1, n - 1, n - 1))
    for j in range(n - 1):
        out.append("            r[%d] = (d%d & ~keep) | (s%d & keep);" % (j, j, j))
    out.append("        }")
    return out


def gen_sub(n, p):
    pl = limbs(p, n)
    out = []
    out.append("        /// <inheritdoc/>")
    out.append("        internal override void Sub(uint[] a, uint[] b, uint[] r)")
    out.append("        {")
    load("a", n, out)
    load("b", n, out)
    out.append("            long d;")
    out.append("            long borrow = 0;")
    for j in range(n):
        out.append("            d = (long)a%d - b%d + borrow;" % (j, j))
        out.append("            uint d%d = (uint)d;" % j)
        out.append("            borrow = d >> 32;")
    out.append("            // On a borrow add p back: the mask is all ones exactly then.")
    out.append("            ulong mask = (ulong)(uint)borrow;")
    out.append("            ulong t;")
    out.append("            ulong c = 0;")
    for j in range(n):
        if pl[j] == 0:
            out.append("            t = (ulong)d%d + c;" % j)
        elif pl[j] == 0xFFFFFFFF:
            out.append("            t = (ulong)d%d + mask + c;" % j)
        else:
            out.append("            t = (ulong)d%d + (mask & %s) + c;" % (j, hexlimb(pl[j]).replace("u", "UL")))
        out.append("            r[%d] = (uint)t;" % j)
        out.append("            c = t >> 32;")
    out.append("        }")
    return out


def generate(name, summary, p, n, delta):
    R = 1 << (32 * n) if delta is None else 1
    n0inv = (-pow(p, -1, 1 << 32)) % (1 << 32)
    lines = []
    lines.append("// <auto-generated>")
    lines.append("// Generated by Hal/Crypto/Managed/generate_prime_fields.py; edit the generator, not this file.")
    lines.append("// </auto-generated>")
    lines.append("namespace Meter.Hal.Crypto.Managed")
    lines.append("{")
    lines.append("    /// <summary>")
    if delta is None:
        lines.append("    /// Montgomery arithmetic (R = 2^%d) modulo %s. Fully unrolled, constant time." % (32 * n, summary))
    else:
        lines.append("    /// Arithmetic modulo %s, with the fast reduction of its generalised Mersenne form, so" % summary)
        lines.append("    /// residues are plain (R = 1 in <see cref=\"PrimeField\"/> terms). Fully unrolled, constant time.")
    lines.append("    /// </summary>")
    lines.append("    internal sealed class %s : PrimeField" % name)
    lines.append("    {")
    if delta is None and WIDE_MONTGOMERY[n]:
        lines.append("        // The double-width product, reused by every multiplication (instances are not thread-safe).")
        lines.append("        private readonly uint[] _wide = new uint[%d];" % (2 * n))
        lines.append("")
    lines.append("        internal %s()" % name)
    lines.append("            : base(")
    lines.append("                %s," % array(limbs(p, n)))
    lines.append("                %s," % array(limbs(R % p, n)))
    lines.append("                %s," % array(limbs(R * R % p, n)))
    lines.append("                %s)" % array(limbs(R * R * R % p, n)))
    lines.append("        {")
    lines.append("        }")
    lines.append("")
    lines.extend(gen_mul(n, p, n0inv, delta))
    lines.append("")
    lines.extend(gen_sqr(n, p, n0inv, delta))
    lines.append("")
    if delta is not None:
        lines.extend(gen_mul_small(n, p, delta))
        lines.append("")
    lines.extend(gen_add(n, p))
    lines.append("")
    lines.extend(gen_sub(n, p))
    lines.append("    }")
    lines.append("}")
    with open(os.path.join(HERE, name + ".cs"), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


for field in FIELDS:
    generate(*field)
