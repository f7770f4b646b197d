#!/usr/bin/env python3
"""Generates the fully unrolled Montgomery field classes (P256Field.cs, P256ScalarField.cs,
P384Field.cs, P384ScalarField.cs) next to this script.

Unrolling by hand is error-prone and loops cost bounds checks and loop overhead in the hottest
code of ECDSA/ECDH, so the limb arithmetic is generated: 32-bit limbs in locals, 64-bit products,
the modulus limbs inlined as constants (a 0 or 1 limb folds away). Run from anywhere:

    python3 Hal/Crypto/Managed/generate_montgomery_fields.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

FIELDS = [
    ("P256Field", "the P-256 base field, p = 2^256 - 2^224 + 2^192 + 2^96 - 1 (FIPS 186-4 D.1.2.3)",
     2**256 - 2**224 + 2**192 + 2**96 - 1, 8),
    ("P256ScalarField", "the P-256 group order n (FIPS 186-4 D.1.2.3), for ECDSA scalar arithmetic",
     0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551, 8),
    ("P384Field", "the P-384 base field, p = 2^384 - 2^128 - 2^96 + 2^32 - 1 (FIPS 186-4 D.1.2.4)",
     2**384 - 2**128 - 2**96 + 2**32 - 1, 12),
    ("P384ScalarField", "the P-384 group order n (FIPS 186-4 D.1.2.4), for ECDSA scalar arithmetic",
     0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973, 12),
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


def reduce_and_store(n, p, n0inv, out):
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


def load(name, n, out):
    out.append("            uint %s%d = %s[%d];" % (name, n - 1, name, n - 1))
    for i in range(n - 1):
        out.append("            uint %s%d = %s[%d];" % (name, i, name, i))


def gen_mul(n, p, n0inv):
    out = []
    out.append("        /// <inheritdoc/>")
    out.append("        internal override void Mul(uint[] a, uint[] b, uint[] r)")
    out.append("        {")
    load("a", n, out)
    load("b", n, out)
    out.append("            ulong t;")
    out.append("            uint c;")
    out.append("            uint m;")
    for k in range(2 * n):
        out.append("            uint z%d;" % k)
    out.append("            // Schoolbook product, operand scanning.")
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
    reduce_and_store(n, p, n0inv, out)
    out.append("        }")
    return out


def gen_sqr(n, p, n0inv):
    out = []
    out.append("        /// <inheritdoc/>")
    out.append("        internal override void Sqr(uint[] a, uint[] r)")
    out.append("        {")
    load("a", n, out)
    out.append("            ulong t;")
    out.append("            uint c;")
    out.append("            uint m;")
    for k in range(2 * n):
        out.append("            uint z%d;" % k)
    out.append("            // Off-diagonal products once, doubled, plus the squares on the diagonal.")
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
    reduce_and_store(n, p, n0inv, out)
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


def generate(name, summary, p, n):
    R = 1 << (32 * n)
    n0inv = (-pow(p, -1, 1 << 32)) % (1 << 32)
    lines = []
    lines.append("// <auto-generated>")
    lines.append("// Generated by Hal/Crypto/Managed/generate_montgomery_fields.py; edit the generator, not this file.")
    lines.append("// </auto-generated>")
    lines.append("namespace Meter.Hal.Crypto.Managed")
    lines.append("{")
    lines.append("    /// <summary>")
    lines.append("    /// Montgomery arithmetic (R = 2^%d) modulo %s. Fully unrolled, constant time." % (32 * n, summary))
    lines.append("    /// </summary>")
    lines.append("    internal sealed class %s : MontgomeryField" % name)
    lines.append("    {")
    lines.append("        internal %s()" % name)
    lines.append("            : base(")
    lines.append("                %s," % array(limbs(p, n)))
    lines.append("                %s," % array(limbs(R % p, n)))
    lines.append("                %s," % array(limbs(R * R % p, n)))
    lines.append("                %s)" % array(limbs(R * R * R % p, n)))
    lines.append("        {")
    lines.append("        }")
    lines.append("")
    lines.extend(gen_mul(n, p, n0inv))
    lines.append("")
    lines.extend(gen_sqr(n, p, n0inv))
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
