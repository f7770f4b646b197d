//
// NativeCrypto.Sha2*: streaming SHA-256 (FIPS 180-4) and SHA-384 in a small pool of native
// contexts. Managed code holds a handle (slot index + generation, so a stale handle is refused,
// never aliased to a newer digest). The pool needs no lock: the CLR runs managed threads on one
// native thread and a native call finishes before another managed thread runs.
// RAM: METER_CRYPTO_SHA2_CONTEXTS × (sizeof(mbedtls_sha256_context) + sizeof(mbedtls_sha512_context)).
// On ESP32 a context may hold the SHA accelerator from its first update to Finish/Release; other
// digests meanwhile fall back to software in ESP-IDF, so managed code releases what it abandons.
//

#include "Meter_Crypto_Interop_Common.h"

#define METER_CRYPTO_SHA2_CONTEXTS   4
#define METER_CRYPTO_SHA2_INDEX_BITS 4
#define METER_CRYPTO_SHA2_INDEX_MASK ((1u << METER_CRYPTO_SHA2_INDEX_BITS) - 1u)
// Generations fit in the handle's remaining bits of a positive CLR_INT32.
#define METER_CRYPTO_SHA2_GENERATION_MASK (0x7FFFFFFFu >> METER_CRYPTO_SHA2_INDEX_BITS)

#if METER_CRYPTO_HAVE_SHA256 || METER_CRYPTO_HAVE_SHA384

// Mbed TLS 3 dropped the _ret suffix of 2.x (where the unsuffixed functions were deprecated).
#if MBEDTLS_VERSION_MAJOR >= 3
#define METER_SHA256_STARTS mbedtls_sha256_starts
#define METER_SHA256_UPDATE mbedtls_sha256_update
#define METER_SHA256_FINISH mbedtls_sha256_finish
#define METER_SHA512_STARTS mbedtls_sha512_starts
#define METER_SHA512_UPDATE mbedtls_sha512_update
#define METER_SHA512_FINISH mbedtls_sha512_finish
#else
#define METER_SHA256_STARTS mbedtls_sha256_starts_ret
#define METER_SHA256_UPDATE mbedtls_sha256_update_ret
#define METER_SHA256_FINISH mbedtls_sha256_finish_ret
#define METER_SHA512_STARTS mbedtls_sha512_starts_ret
#define METER_SHA512_UPDATE mbedtls_sha512_update_ret
#define METER_SHA512_FINISH mbedtls_sha512_finish_ret
#endif

struct MeterSha2Slot
{
    bool inUse;
    bool is384;
    CLR_UINT32 generation;
#if METER_CRYPTO_HAVE_SHA256
    mbedtls_sha256_context sha256;
#endif
#if METER_CRYPTO_HAVE_SHA384
    mbedtls_sha512_context sha512;
#endif
};

static MeterSha2Slot s_sha2Slots[METER_CRYPTO_SHA2_CONTEXTS];
static CLR_UINT32 s_sha2Generation;

static MeterSha2Slot *MeterSha2_Find(CLR_INT32 handle)
{
    if (handle < 0)
    {
        return NULL;
    }

    CLR_UINT32 index = (CLR_UINT32)handle & METER_CRYPTO_SHA2_INDEX_MASK;
    CLR_UINT32 generation = (CLR_UINT32)handle >> METER_CRYPTO_SHA2_INDEX_BITS;

    if (index >= METER_CRYPTO_SHA2_CONTEXTS || !s_sha2Slots[index].inUse || s_sha2Slots[index].generation != generation)
    {
        return NULL;
    }

    return &s_sha2Slots[index];
}

// Frees the context (Mbed TLS zeroises it) and the slot.
static void MeterSha2_Release(MeterSha2Slot *slot)
{
#if METER_CRYPTO_HAVE_SHA384
    if (slot->is384)
    {
        mbedtls_sha512_free(&slot->sha512);
    }
#endif
#if METER_CRYPTO_HAVE_SHA256
    if (!slot->is384)
    {
        mbedtls_sha256_free(&slot->sha256);
    }
#endif

    slot->inUse = false;
}

#endif

HRESULT NativeCrypto::Sha2Begin___STATIC__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    CLR_INT32 hashLength = stack.Arg0().NumericByRef().s4;
    CLR_INT32 handle = -1;

    if (hashLength != 32 && hashLength != 48)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

#if METER_CRYPTO_HAVE_SHA256 || METER_CRYPTO_HAVE_SHA384
    {
        bool is384 = (hashLength == 48);
        int result = -1;

#if !METER_CRYPTO_HAVE_SHA384
        if (is384)
        {
            NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);
        }
#endif
#if !METER_CRYPTO_HAVE_SHA256
        if (!is384)
        {
            NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);
        }
#endif

        for (CLR_UINT32 index = 0; index < METER_CRYPTO_SHA2_CONTEXTS; index++)
        {
            MeterSha2Slot *slot = &s_sha2Slots[index];
            if (slot->inUse)
            {
                continue;
            }

            s_sha2Generation = (s_sha2Generation + 1) & METER_CRYPTO_SHA2_GENERATION_MASK;
            slot->generation = s_sha2Generation;
            slot->is384 = is384;
            slot->inUse = true;

#if METER_CRYPTO_HAVE_SHA384
            if (is384)
            {
                mbedtls_sha512_init(&slot->sha512);
                result = METER_SHA512_STARTS(&slot->sha512, 1);
            }
#endif
#if METER_CRYPTO_HAVE_SHA256
            if (!is384)
            {
                mbedtls_sha256_init(&slot->sha256);
                result = METER_SHA256_STARTS(&slot->sha256, 0);
            }
#endif

            if (result != 0)
            {
                MeterSha2_Release(slot);
                NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
            }

            handle = (CLR_INT32)((slot->generation << METER_CRYPTO_SHA2_INDEX_BITS) | index);
            break;
        }
    }
#else
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);
#endif

    // -1 when every context is in use: managed code reports it, nothing is evicted.
    stack.SetResult_I4(handle);

    NANOCLR_NOCLEANUP();
}

HRESULT NativeCrypto::Sha2Update___STATIC__VOID__I4__SZARRAY_U1__I4__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_SHA256 || METER_CRYPTO_HAVE_SHA384
    MeterSha2Slot *slot = MeterSha2_Find(stack.Arg0().NumericByRef().s4);
    CLR_INT32 offset = stack.Arg2().NumericByRef().s4;
    CLR_INT32 count = stack.Arg3().NumericByRef().s4;
    CLR_UINT8 *data = NULL;
    int result = -1;

    if (slot == NULL)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg1(), offset, count, false, data));

#if METER_CRYPTO_HAVE_SHA384
    if (slot->is384)
    {
        result = METER_SHA512_UPDATE(&slot->sha512, data, (size_t)count);
    }
#endif
#if METER_CRYPTO_HAVE_SHA256
    if (!slot->is384)
    {
        result = METER_SHA256_UPDATE(&slot->sha256, data, (size_t)count);
    }
#endif

    if (result != 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }
#else
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);
#endif

    NANOCLR_NOCLEANUP();
}

HRESULT NativeCrypto::Sha2Finish___STATIC__VOID__I4__SZARRAY_U1__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_SHA256 || METER_CRYPTO_HAVE_SHA384
    MeterSha2Slot *slot = MeterSha2_Find(stack.Arg0().NumericByRef().s4);
    CLR_INT32 outputOffset = stack.Arg2().NumericByRef().s4;
    CLR_UINT8 *output = NULL;
    // SHA-512's finish may write the untruncated state; the digest is copied out of this buffer.
    unsigned char digest[64];
    int result = -1;

    if (slot == NULL)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg1(), outputOffset, slot->is384 ? 48 : 32, false, output));

#if METER_CRYPTO_HAVE_SHA384
    if (slot->is384)
    {
        result = METER_SHA512_FINISH(&slot->sha512, digest);
    }
#endif
#if METER_CRYPTO_HAVE_SHA256
    if (!slot->is384)
    {
        result = METER_SHA256_FINISH(&slot->sha256, digest);
    }
#endif

    if (result == 0)
    {
        memcpy(output, digest, slot->is384 ? 48 : 32);
    }

    mbedtls_platform_zeroize(digest, sizeof(digest));
    MeterSha2_Release(slot);

    if (result != 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }
#else
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);
#endif

    NANOCLR_NOCLEANUP();
}

HRESULT NativeCrypto::Sha2Release___STATIC__VOID__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_SHA256 || METER_CRYPTO_HAVE_SHA384
    MeterSha2Slot *slot = MeterSha2_Find(stack.Arg0().NumericByRef().s4);

    if (slot != NULL)
    {
        MeterSha2_Release(slot);
    }
#else
    (void)stack;
#endif

    NANOCLR_NOCLEANUP_NOLABEL();
}
