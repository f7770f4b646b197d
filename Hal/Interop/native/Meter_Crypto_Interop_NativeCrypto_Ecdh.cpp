//
// NativeCrypto.EcdhDerivePublicKey / EcdhDeriveSharedSecret: key pairs and ECC CDH
// (SP 800-56A section 5.7.1.2) on P-256 and P-384. The peer key gets full public-key validation
// (SP 800-56A 5.6.2.3.3; the cofactor is 1 on both curves) and the scalar is checked against
// [1, n-1] before any multiplication; either failing is the documented false with nothing written.
// Scalars and the shared secret live in mbedtls_mpi values, zeroised when freed.
//

#include "Meter_Crypto_Interop_Common.h"

HRESULT NativeCrypto::EcdhDerivePublicKey___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_ECDH
    mbedtls_ecp_group grp;
    mbedtls_ecp_point q;
    mbedtls_mpi d;
    mbedtls_ecp_group_id groupId = MBEDTLS_ECP_DP_NONE;
    mbedtls_md_type_t hashType = MBEDTLS_MD_NONE;
    size_t fieldSize = 0;
    size_t written = 0;
    unsigned char encoded[1 + 2 * 48];
    CLR_UINT8 *privateKey = NULL;
    CLR_UINT8 *publicKey = NULL;
    bool keyValid = false;

    mbedtls_ecp_group_init(&grp);
    mbedtls_ecp_point_init(&q);
    mbedtls_mpi_init(&d);

    NANOCLR_CHECK_HRESULT(MeterCrypto_Curve(stack.Arg0().NumericByRef().s4, groupId, fieldSize, hashType));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg1(), stack.Arg2().NumericByRef().s4, (CLR_INT32)fieldSize, false, privateKey));
    NANOCLR_CHECK_HRESULT(
        MeterCrypto_Region(stack.Arg3(), stack.Arg4().NumericByRef().s4, (CLR_INT32)(2 * fieldSize), false, publicKey));

    if (mbedtls_ecp_group_load(&grp, groupId) != 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }

    keyValid = mbedtls_mpi_read_binary(&d, privateKey, fieldSize) == 0 && mbedtls_ecp_check_privkey(&grp, &d) == 0;

    if (keyValid)
    {
        // Q = d·G, written as SEC 1 04||X||Y and copied out without the prefix.
        if (mbedtls_ecp_mul(&grp, &q, &d, &grp.G, MeterCrypto_Random, NULL) != 0 ||
            mbedtls_ecp_point_write_binary(&grp, &q, MBEDTLS_ECP_PF_UNCOMPRESSED, &written, encoded, sizeof(encoded)) != 0 ||
            written != 1 + 2 * fieldSize)
        {
            NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
        }

        memcpy(publicKey, encoded + 1, 2 * fieldSize);
    }

    stack.SetResult_Boolean(keyValid);

    NANOCLR_CLEANUP();

    mbedtls_mpi_free(&d);
    mbedtls_ecp_point_free(&q);
    mbedtls_ecp_group_free(&grp);

    NANOCLR_CLEANUP_END();
#else
    (void)stack;
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);

    NANOCLR_NOCLEANUP();
#endif
}

HRESULT NativeCrypto::EcdhDeriveSharedSecret___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__SZARRAY_U1__I4(
    CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

#if METER_CRYPTO_HAVE_ECDH
    mbedtls_ecp_group grp;
    mbedtls_ecp_point peer;
    mbedtls_mpi d;
    mbedtls_mpi z;
    mbedtls_ecp_group_id groupId = MBEDTLS_ECP_DP_NONE;
    mbedtls_md_type_t hashType = MBEDTLS_MD_NONE;
    size_t fieldSize = 0;
    CLR_UINT8 *privateKey = NULL;
    CLR_UINT8 *peerPublicKey = NULL;
    CLR_UINT8 *sharedSecret = NULL;
    bool derived = false;

    mbedtls_ecp_group_init(&grp);
    mbedtls_ecp_point_init(&peer);
    mbedtls_mpi_init(&d);
    mbedtls_mpi_init(&z);

    NANOCLR_CHECK_HRESULT(MeterCrypto_Curve(stack.Arg0().NumericByRef().s4, groupId, fieldSize, hashType));
    NANOCLR_CHECK_HRESULT(MeterCrypto_Region(stack.Arg1(), stack.Arg2().NumericByRef().s4, (CLR_INT32)fieldSize, false, privateKey));
    NANOCLR_CHECK_HRESULT(
        MeterCrypto_Region(stack.Arg3(), stack.Arg4().NumericByRef().s4, (CLR_INT32)(2 * fieldSize), false, peerPublicKey));
    NANOCLR_CHECK_HRESULT(
        MeterCrypto_Region(stack.ArgN(5), stack.ArgN(6).NumericByRef().s4, (CLR_INT32)fieldSize, false, sharedSecret));

    if (mbedtls_ecp_group_load(&grp, groupId) != 0)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
    }

    // Z = x(d·Q); mbedtls_ecdh_compute_shared also refuses a result at infinity.
    if (mbedtls_mpi_read_binary(&d, privateKey, fieldSize) == 0 && mbedtls_ecp_check_privkey(&grp, &d) == 0 &&
        MeterCrypto_ReadPublicKey(grp, peerPublicKey, fieldSize, peer) == 0 &&
        mbedtls_ecdh_compute_shared(&grp, &z, &peer, &d, MeterCrypto_Random, NULL) == 0)
    {
        if (mbedtls_mpi_write_binary(&z, sharedSecret, fieldSize) != 0)
        {
            mbedtls_platform_zeroize(sharedSecret, fieldSize);
            NANOCLR_SET_AND_LEAVE(CLR_E_FAIL);
        }

        derived = true;
    }

    stack.SetResult_Boolean(derived);

    NANOCLR_CLEANUP();

    mbedtls_mpi_free(&d);
    mbedtls_mpi_free(&z);
    mbedtls_ecp_point_free(&peer);
    mbedtls_ecp_group_free(&grp);

    NANOCLR_CLEANUP_END();
#else
    (void)stack;
    NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);

    NANOCLR_NOCLEANUP();
#endif
}
