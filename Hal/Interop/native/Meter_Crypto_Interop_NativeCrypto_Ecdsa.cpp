//
// NativeCrypto.EcdsaSignHash / EcdsaVerifyHash: ECDSA (FIPS 186-4 section 6) on P-256 and P-384
// with raw r||s signatures (IEEE P1363, as DLMS uses them). Signing is deterministic (RFC 6979
// section 3.2: mbedtls_ecdsa_sign_det_ext, HMAC-DRBG over SHA-256 for P-256 and SHA-384 for P-384),
// so it produces the same signature as the managed provider; the RNG only blinds the arithmetic.
// Every array region is checked before any byte is read; the private scalar lives in an mbedtls_mpi,
// which Mbed TLS zeroises when it is freed.
//

#include "Meter_Crypto_Interop_Common.h"

// The longest digest accepted (SHA-512): bounds what Mbed TLS reads; it truncates to the order's size.
#define METER_CRYPTO_MAX_HASH 64

HRESULT NativeCrypto::EcdsaSignHash___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_ECDSA
    mbedtls_ecp_group grp;
    mbedtls_mpi d;
    mbedtls_mpi r;
    mbedtls_mpi s;
    mbedtls_ecp_group_id groupId = MBEDTLS_ECP_DP_NONE;
    mbedtls_md_type_t hashType = MBEDTLS_MD_NONE;
    size_t fieldSize = 0;
    CLR_INT32 hashLength = stack.ArgN(5).NumericByRef().s4;
    CLR_UINT8 *privateKey = NULL;
    CLR_UINT8 *hash = NULL;
    CLR_UINT8 *signature = NULL;
    bool keyValid = false;
    int result = 0;

    mbedtls_ecp_group_init(&grp);
    mbedtls_mpi_init(&d);
    mbedtls_mpi_init(&r);
    mbedtls_mpi_init(&s);

    NANOCLR_CHECK_HRESULT(MeterCrypto_Curve(stack.Arg0().NumericByRef().s4, groupId, fieldSize, hashType));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg1(), stack.Arg2().NumericByRef().s4, (CLR_INT32)fieldSize, false, privateKey));
    if (hashLength > METER_CRYPTO_MAX_HASH)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
    }
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg3(), stack.Arg4().NumericByRef().s4, hashLength, false, hash));
    NANOCLR_CHECK_HRESULT(
        MeterCrypto_Region(stack.ArgN(6), stack.ArgN(7).NumericByRef().s4, (CLR_INT32)(2 * fieldSize), false, signature));

    if (mbedtls_ecp_group_load(&grp, groupId) != 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }

    // d must be in [1, n-1]; otherwise the documented false, with nothing written.
    keyValid = mbedtls_mpi_read_binary(&d, privateKey, fieldSize) == 0 && mbedtls_ecp_check_privkey(&grp, &d) == 0;

    if (keyValid)
    {
        result = mbedtls_ecdsa_sign_det_ext(&grp, &r, &s, &d, hash, (size_t)hashLength, hashType, MeterCrypto_Random, NULL);
        if (result == 0)
        {
            result = mbedtls_mpi_write_binary(&r, signature, fieldSize);
        }
        if (result == 0)
        {
            result = mbedtls_mpi_write_binary(&s, signature + fieldSize, fieldSize);
        }
        if (result != 0)
        {
            mbedtls_platform_zeroize(signature, 2 * fieldSize);
            NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
        }
    }

    stack.SetResult_Boolean(keyValid);

    NANOCLR_CLEANUP();

    mbedtls_mpi_free(&d);
    mbedtls_mpi_free(&r);
    mbedtls_mpi_free(&s);
    mbedtls_ecp_group_free(&grp);

    NANOCLR_CLEANUP_END();
#else
    (void)stack;
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);

    NANOCLR_NOCLEANUP();
#endif
}

HRESULT NativeCrypto::EcdsaVerifyHash___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_ECDSA
    mbedtls_ecp_group grp;
    mbedtls_ecp_point q;
    mbedtls_mpi r;
    mbedtls_mpi s;
    mbedtls_ecp_group_id groupId = MBEDTLS_ECP_DP_NONE;
    mbedtls_md_type_t hashType = MBEDTLS_MD_NONE;
    size_t fieldSize = 0;
    CLR_INT32 hashLength = stack.ArgN(5).NumericByRef().s4;
    CLR_INT32 signatureLength = stack.ArgN(8).NumericByRef().s4;
    CLR_UINT8 *publicKey = NULL;
    CLR_UINT8 *hash = NULL;
    CLR_UINT8 *signature = NULL;
    bool valid = false;

    mbedtls_ecp_group_init(&grp);
    mbedtls_ecp_point_init(&q);
    mbedtls_mpi_init(&r);
    mbedtls_mpi_init(&s);

    NANOCLR_CHECK_HRESULT(MeterCrypto_Curve(stack.Arg0().NumericByRef().s4, groupId, fieldSize, hashType));
    NANOCLR_CHECK_HRESULT(
        MeterCrypto_Region(stack.Arg1(), stack.Arg2().NumericByRef().s4, (CLR_INT32)(2 * fieldSize), false, publicKey));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg3(), stack.Arg4().NumericByRef().s4, hashLength, false, hash));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.ArgN(6), stack.ArgN(7).NumericByRef().s4, signatureLength, false, signature));

    // Anything malformed is simply not a valid signature: exactly 2 × field size, r and s in
    // [1, n-1] (mbedtls_ecdsa_verify), a public key on the curve (MeterCrypto_ReadPublicKey).
    if (hashLength <= METER_CRYPTO_MAX_HASH && signatureLength == (CLR_INT32)(2 * fieldSize) &&
        mbedtls_ecp_group_load(&grp, groupId) == 0 && MeterCrypto_ReadPublicKey(grp, publicKey, fieldSize, q) == 0 &&
        mbedtls_mpi_read_binary(&r, signature, fieldSize) == 0 &&
        mbedtls_mpi_read_binary(&s, signature + fieldSize, fieldSize) == 0)
    {
        valid = mbedtls_ecdsa_verify(&grp, hash, (size_t)hashLength, &q, &r, &s) == 0;
    }

    stack.SetResult_Boolean(valid);

    NANOCLR_CLEANUP();

    mbedtls_mpi_free(&r);
    mbedtls_mpi_free(&s);
    mbedtls_ecp_point_free(&q);
    mbedtls_ecp_group_free(&grp);

    NANOCLR_CLEANUP_END();
#else
    (void)stack;
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);

    NANOCLR_NOCLEANUP();
#endif
}
