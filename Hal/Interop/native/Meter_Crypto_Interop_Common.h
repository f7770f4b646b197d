//
// Argument checks and helpers every handler of Meter.Crypto.Interop uses.
//

#ifndef METER_CRYPTO_INTEROP_COMMON_H
#define METER_CRYPTO_INTEROP_COMMON_H

#include "Meter_Crypto_Interop.h"
#include "Meter_Crypto_Interop_Functions.h"
#include "Meter_Crypto_Interop_Mbedtls.h"

// The generated class name, shortened for the handler definitions.
typedef Library_Meter_Crypto_Interop_Meter_Hal_Crypto_Interop_NativeCrypto NativeCrypto;

// The byte[] argument `arg` with `count` bytes from `offset`: checks 0 <= offset, 0 <= count and
// offset + count <= length (without overflow) and sets `data` to the first byte. A null array is
// CLR_E_ARGUMENT_NULL unless `nullWhenEmpty` and count == 0 (data is then NULL); a bad range is
// CLR_E_OUT_OF_RANGE. Nothing is read or written before every region of a call is checked.
HRESULT MeterCrypto_Region(CLR_RT_HeapBlock &arg, CLR_INT32 offset, CLR_INT32 count, bool nullWhenEmpty, CLR_UINT8 *&data);

// True when two regions of `length` bytes overlap without starting at the same byte: Mbed TLS
// allows in-place operation (same start) but not a shifted overlap.
bool MeterCrypto_OverlapsShifted(const CLR_UINT8 *a, const CLR_UINT8 *b, size_t length);

// Comparison whose time depends only on `length` (tag checks).
bool MeterCrypto_EqualConstantTime(const CLR_UINT8 *a, const CLR_UINT8 *b, size_t length);

// f_rng for Mbed TLS's side-channel blinding (ECDSA, scalar multiplication): the board's hardware
// RNG through the CLR's random source. RFC 6979 keeps the signatures themselves deterministic.
int MeterCrypto_Random(void *context, unsigned char *output, size_t length);

#if defined(MBEDTLS_ECP_C)
// Curve number (Meter.Hal.Crypto.EcCurve) to the Mbed TLS group, field size and RFC 6979 hash.
// CLR_E_INVALID_PARAMETER for an unknown number, CLR_E_NOT_SUPPORTED for a curve not compiled in.
HRESULT MeterCrypto_Curve(CLR_INT32 curve, mbedtls_ecp_group_id &group, size_t &fieldSize, mbedtls_md_type_t &hash);

// Reads the raw public key X||Y (2 × field size bytes) and validates it (SEC 1 / SP 800-56A
// 5.6.2.3.3: coordinates in range, on the curve, not the point at infinity). Returns 0 or an Mbed TLS error.
int MeterCrypto_ReadPublicKey(const mbedtls_ecp_group &grp, const CLR_UINT8 *xy, size_t fieldSize, mbedtls_ecp_point &q);
#endif

#endif // METER_CRYPTO_INTEROP_COMMON_H
