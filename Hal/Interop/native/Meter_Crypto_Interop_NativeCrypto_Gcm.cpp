//
// NativeCrypto.AesGcmEncrypt / AesGcmDecrypt: AES-GCM (NIST SP 800-38D) with 12-byte nonces and
// 12- to 16-byte tags (section 5.2.1.2; DLMS suites use 12). The key schedule is built per call
// and zeroised by mbedtls_gcm_free: the firmware holds no key between calls.
// Decryption writes nothing unless the tag matches: a first pass computes the expected tag
// (its plaintext goes to a small stack buffer and is wiped), the tags are compared in constant
// time, and only then a second pass decrypts into the caller's array. That costs the CTR work
// twice but needs no heap and never exposes unauthenticated plaintext (mbedtls_gcm_auth_decrypt
// would write it, then zero it, and in place it would destroy the ciphertext).
//

#include "Meter_Crypto_Interop_Common.h"

#define METER_CRYPTO_GCM_NONCE   12
#define METER_CRYPTO_GCM_MIN_TAG 12
#define METER_CRYPTO_GCM_MAX_TAG 16
// Pass-one chunk: a multiple of 16, as Mbed TLS 2's mbedtls_gcm_update requires of every call but the last.
#define METER_CRYPTO_GCM_CHUNK   64

#if METER_CRYPTO_HAVE_GCM

// The checked arguments of both calls (argument order of NativeCrypto.AesGcmEncrypt/Decrypt).
struct MeterGcmCall
{
    CLR_UINT8 *key;
    CLR_INT32 keyLength;
    CLR_UINT8 *nonce;
    CLR_UINT8 *input;
    CLR_INT32 length;
    CLR_UINT8 *output;
    CLR_UINT8 *associatedData;
    CLR_INT32 associatedDataLength;
    CLR_UINT8 *tag;
    CLR_INT32 tagLength;
};

// Checks every region before anything is read. The tag length is checked by the callers: out of
// range it is an error for encryption and a plain "no" for decryption.
static HRESULT MeterGcm_Arguments(CLR_RT_StackFrame &stack, MeterGcmCall &call)
{
    NANOCLR_HEADER();

    call.keyLength = stack.Arg2().NumericByRef().s4;
    call.length = stack.ArgN(7).NumericByRef().s4;
    call.associatedDataLength = stack.ArgN(12).NumericByRef().s4;
    call.tagLength = stack.ArgN(15).NumericByRef().s4;

    if (call.keyLength != 16 && call.keyLength != 32)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg0(), stack.Arg1().NumericByRef().s4, call.keyLength, false, call.key));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg3(), stack.Arg4().NumericByRef().s4, METER_CRYPTO_GCM_NONCE, false, call.nonce));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.ArgN(5), stack.ArgN(6).NumericByRef().s4, call.length, true, call.input));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.ArgN(8), stack.ArgN(9).NumericByRef().s4, call.length, true, call.output));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(
        stack.ArgN(10),
        stack.ArgN(11).NumericByRef().s4,
        call.associatedDataLength,
        true,
        call.associatedData));

    if (call.tagLength < 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
    }

    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.ArgN(13), stack.ArgN(14).NumericByRef().s4, call.tagLength, false, call.tag));

    // In place is fine, a shifted overlap is not (Mbed TLS would read bytes it already wrote).
    if (MeterCrypto_OverlapsShifted(call.input, call.output, (size_t)call.length))
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

    NANOCLR_NOCLEANUP();
}

// Pass one of decryption: the full 16-byte tag GCM would produce for this ciphertext.
static int MeterGcm_ExpectedTag(mbedtls_gcm_context &gcm, const MeterGcmCall &call, unsigned char expected[16])
{
    unsigned char discard[METER_CRYPTO_GCM_CHUNK + 16];
    size_t position = 0;
    int result;

#if MBEDTLS_VERSION_MAJOR >= 3
    size_t produced = 0;

    result = mbedtls_gcm_starts(&gcm, MBEDTLS_GCM_DECRYPT, call.nonce, METER_CRYPTO_GCM_NONCE);
    if (result == 0 && call.associatedDataLength > 0)
    {
        result = mbedtls_gcm_update_ad(&gcm, call.associatedData, (size_t)call.associatedDataLength);
    }

    while (result == 0 && position < (size_t)call.length)
    {
        size_t chunk = (size_t)call.length - position;
        if (chunk > METER_CRYPTO_GCM_CHUNK)
        {
            chunk = METER_CRYPTO_GCM_CHUNK;
        }

        result = mbedtls_gcm_update(&gcm, call.input + position, chunk, discard, sizeof(discard), &produced);
        position += chunk;
    }

    if (result == 0)
    {
        result = mbedtls_gcm_finish(&gcm, discard, sizeof(discard), &produced, expected, 16);
    }
#else
    result = mbedtls_gcm_starts(
        &gcm,
        MBEDTLS_GCM_DECRYPT,
        call.nonce,
        METER_CRYPTO_GCM_NONCE,
        call.associatedData,
        (size_t)call.associatedDataLength);

    while (result == 0 && position < (size_t)call.length)
    {
        size_t chunk = (size_t)call.length - position;
        if (chunk > METER_CRYPTO_GCM_CHUNK)
        {
            chunk = METER_CRYPTO_GCM_CHUNK;
        }

        result = mbedtls_gcm_update(&gcm, chunk, call.input + position, discard);
        position += chunk;
    }

    if (result == 0)
    {
        result = mbedtls_gcm_finish(&gcm, expected, 16);
    }
#endif

    mbedtls_platform_zeroize(discard, sizeof(discard));
    return result;
}

#endif

HRESULT NativeCrypto::
    AesGcmEncrypt___STATIC__VOID__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(
        CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_GCM
    mbedtls_gcm_context gcm;
    MeterGcmCall call;
    unsigned char fullTag[16];
    int result;

    mbedtls_gcm_init(&gcm);

    NANOCLR_CHECK_HRESULT(MeterGcm_Arguments(stack, call));
    if (call.tagLength < METER_CRYPTO_GCM_MIN_TAG || call.tagLength > METER_CRYPTO_GCM_MAX_TAG)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
    }

    result = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, call.key, (unsigned int)(call.keyLength * 8));
    if (result == 0)
    {
        result = mbedtls_gcm_crypt_and_tag(
            &gcm,
            MBEDTLS_GCM_ENCRYPT,
            (size_t)call.length,
            call.nonce,
            METER_CRYPTO_GCM_NONCE,
            call.associatedData,
            (size_t)call.associatedDataLength,
            call.input,
            call.output,
            sizeof(fullTag),
            fullTag);
    }

    if (result != 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }

    // A truncated tag is the leftmost bits of the full one (SP 800-38D section 7.1 step 9).
    memcpy(call.tag, fullTag, (size_t)call.tagLength);

    NANOCLR_CLEANUP();

    mbedtls_platform_zeroize(fullTag, sizeof(fullTag));
    mbedtls_gcm_free(&gcm);

    NANOCLR_CLEANUP_END();
#else
    (void)stack;
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);

    NANOCLR_NOCLEANUP();
#endif
}

HRESULT NativeCrypto::
    AesGcmDecrypt___STATIC__BOOLEAN__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(
        CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_GCM
    mbedtls_gcm_context gcm;
    MeterGcmCall call;
    unsigned char expected[16];
    unsigned char ignored[16];
    bool authentic = false;
    int result;

    mbedtls_gcm_init(&gcm);

    NANOCLR_CHECK_HRESULT(MeterGcm_Arguments(stack, call));

    if (call.tagLength >= METER_CRYPTO_GCM_MIN_TAG && call.tagLength <= METER_CRYPTO_GCM_MAX_TAG)
    {
        result = mbedtls_gcm_setkey(&gcm, MBEDTLS_CIPHER_ID_AES, call.key, (unsigned int)(call.keyLength * 8));
        if (result == 0)
        {
            result = MeterGcm_ExpectedTag(gcm, call, expected);
        }
        if (result != 0)
        {
            NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
        }

        authentic = MeterCrypto_EqualConstantTime(expected, call.tag, (size_t)call.tagLength);

        if (authentic)
        {
            result = mbedtls_gcm_crypt_and_tag(
                &gcm,
                MBEDTLS_GCM_DECRYPT,
                (size_t)call.length,
                call.nonce,
                METER_CRYPTO_GCM_NONCE,
                call.associatedData,
                (size_t)call.associatedDataLength,
                call.input,
                call.output,
                sizeof(ignored),
                ignored);
            if (result != 0)
            {
                NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
            }
        }
    }

    stack.SetResult_Boolean(authentic);

    NANOCLR_CLEANUP();

    mbedtls_platform_zeroize(expected, sizeof(expected));
    mbedtls_platform_zeroize(ignored, sizeof(ignored));
    mbedtls_gcm_free(&gcm);

    NANOCLR_CLEANUP_END();
#else
    (void)stack;
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);

    NANOCLR_NOCLEANUP();
#endif
}
