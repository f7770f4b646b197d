using System;

namespace Meter.Hal.Crypto.Managed
{
    /// <summary>
    /// Deterministic ECDSA nonces (RFC 6979 section 3.2) with HMAC-SHA256 for P-256 and
    /// HMAC-SHA384 for P-384. The group orders are byte-aligned (qlen = 8·rlen), so bits2int is
    /// "the leftmost rlen bytes". Buffers are allocated once; not thread-safe.
    /// </summary>
    internal sealed class Rfc6979Nonce
    {
        private readonly PrimeField _scalar;
        private readonly IRekeyableMac _mac;
        private readonly int _hashLength;
        private readonly int _length;
        private readonly byte[] _k;
        private readonly byte[] _v;
        private readonly byte[] _t;
        private readonly byte[] _separator = new byte[1];
        private bool _fresh;

        internal Rfc6979Nonce(EcCurveParameters curve, PrimeField scalar)
        {
            _scalar = scalar;
            _length = curve.ByteLength;
            if (curve.Curve == EcCurve.P256)
            {
                _hashLength = HmacSha256.HashSizeInBytes;
                _mac = new HmacSha256(new byte[0]);
            }
            else
            {
                _hashLength = HmacSha384.HashSizeInBytes;
                _mac = new HmacSha384(new byte[0]);
            }

            _k = new byte[_hashLength];
            _v = new byte[_hashLength];
            int blocks = (_length + _hashLength - 1) / _hashLength;
            _t = new byte[blocks * _hashLength];
        }

        /// <summary>
        /// Steps a to g: seeds K and V from int2octets(x) (the private key as given, rlen bytes at
        /// <paramref name="keyOffset"/>) and bits2octets(h1) (the reduced digest, rlen bytes).
        /// </summary>
        internal void Start(byte[] privateKey, int keyOffset, byte[] reducedHash, int hashOffset)
        {
            // b, c: V = 0x01 0x01 …, K = 0x00 0x00 ….
            for (int i = 0; i < _hashLength; i++)
            {
                _v[i] = 0x01;
                _k[i] = 0x00;
            }

            // d to g: two rounds of K = HMAC_K(V || sep || x || h), V = HMAC_K(V) with sep 0x00 then 0x01.
            for (int round = 0; round < 2; round++)
            {
                _separator[0] = (byte)round;
                _mac.SetKey(_k, 0, _hashLength);
                _mac.Append(_v, 0, _hashLength);
                _mac.Append(_separator, 0, 1);
                _mac.Append(privateKey, keyOffset, _length);
                _mac.Append(reducedHash, hashOffset, _length);
                _mac.Finish(_k, 0);
                _mac.SetKey(_k, 0, _hashLength);
                _mac.Append(_v, 0, _hashLength);
                _mac.Finish(_v, 0);
            }

            _fresh = true;
        }

        /// <summary>
        /// Step h: writes the next candidate k in [1, n-1] as plain limbs. Call again when a k
        /// proves unsuitable (r or s zero); each later call first updates K and V as step h.3 says.
        /// </summary>
        internal void Next(uint[] k)
        {
            while (true)
            {
                if (!_fresh)
                {
                    _separator[0] = 0x00;
                    _mac.Append(_v, 0, _hashLength);
                    _mac.Append(_separator, 0, 1);
                    _mac.Finish(_k, 0);
                    _mac.SetKey(_k, 0, _hashLength);
                    _mac.Append(_v, 0, _hashLength);
                    _mac.Finish(_v, 0);
                }

                _fresh = false;
                for (int filled = 0; filled < _length; filled += _hashLength)
                {
                    _mac.Append(_v, 0, _hashLength);
                    _mac.Finish(_v, 0);
                    Array.Copy(_v, 0, _t, filled, _hashLength);
                }

                _scalar.DecodeLeftmost(_t, 0, _length, k);
                Array.Clear(_t, 0, _t.Length);
                if ((~_scalar.ZeroMask(k) & _scalar.BelowModulusMask(k)) != 0)
                {
                    return;
                }
            }
        }

        /// <summary>Wipes K, V and the MAC key.</summary>
        internal void Clear()
        {
            Array.Clear(_k, 0, _k.Length);
            Array.Clear(_v, 0, _v.Length);
            _mac.SetKey(_k, 0, 0);
        }
    }
}
