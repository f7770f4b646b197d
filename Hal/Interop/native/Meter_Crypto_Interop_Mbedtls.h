//
// Which Mbed TLS the firmware links, and what of it this interop can use. The include pattern is
// nf-interpreter's own (src/nanoFramework.System.Security.Cryptography/nf_sys_sec_cryptography.h),
// so these functions see the same configuration as the firmware's AES/HMAC: on ESP32 the ESP-IDF
// Mbed TLS (AES/SHA/MPI accelerators per sdkconfig), elsewhere nf-interpreter's nf_mbedtls_config.h.
// If your nf-interpreter changed those includes, copy them from that header.
//

#ifndef METER_CRYPTO_INTEROP_MBEDTLS_H
#define METER_CRYPTO_INTEROP_MBEDTLS_H

#ifdef PLATFORM_ESP32
#include <esp32_idf.h>
#include <mbedtls/esp_config.h>
#else
#include <nf_mbedtls_config.h>
#endif

#include <string.h>
#include <mbedtls/version.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/md.h>

// SHA-256 (mbedtls_sha256_*).
#if defined(MBEDTLS_SHA256_C)
#define METER_CRYPTO_HAVE_SHA256 1
#include <mbedtls/sha256.h>
#else
#define METER_CRYPTO_HAVE_SHA256 0
#endif

// SHA-384 (mbedtls_sha512_* with is384 = 1): Mbed TLS 3 has its own switch, 2.x a negative one.
#if MBEDTLS_VERSION_MAJOR >= 3
#if defined(MBEDTLS_SHA384_C) && defined(MBEDTLS_SHA512_C)
#define METER_CRYPTO_HAVE_SHA384 1
#endif
#else
#if defined(MBEDTLS_SHA512_C) && !defined(MBEDTLS_SHA512_NO_SHA384)
#define METER_CRYPTO_HAVE_SHA384 1
#endif
#endif
#ifndef METER_CRYPTO_HAVE_SHA384
#define METER_CRYPTO_HAVE_SHA384 0
#else
#include <mbedtls/sha512.h>
#endif

// Deterministic ECDSA (RFC 6979) needs HMAC-DRBG and the hash of each curve.
#if defined(MBEDTLS_ECDSA_C) && defined(MBEDTLS_ECDSA_DETERMINISTIC) && defined(MBEDTLS_HMAC_DRBG_C)
#define METER_CRYPTO_HAVE_ECDSA 1
#include <mbedtls/ecdsa.h>
#else
#define METER_CRYPTO_HAVE_ECDSA 0
#endif

#if defined(MBEDTLS_ECDH_C)
#define METER_CRYPTO_HAVE_ECDH 1
#include <mbedtls/ecdh.h>
#else
#define METER_CRYPTO_HAVE_ECDH 0
#endif

#if defined(MBEDTLS_ECP_C)
#include <mbedtls/ecp.h>
#endif

#if defined(MBEDTLS_ECP_DP_SECP256R1_ENABLED)
#define METER_CRYPTO_HAVE_P256 1
#else
#define METER_CRYPTO_HAVE_P256 0
#endif

#if defined(MBEDTLS_ECP_DP_SECP384R1_ENABLED)
#define METER_CRYPTO_HAVE_P384 1
#else
#define METER_CRYPTO_HAVE_P384 0
#endif

#if defined(MBEDTLS_GCM_C) && defined(MBEDTLS_AES_C)
#define METER_CRYPTO_HAVE_GCM 1
#include <mbedtls/gcm.h>
#else
#define METER_CRYPTO_HAVE_GCM 0
#endif

#endif // METER_CRYPTO_INTEROP_MBEDTLS_H
