//
// Argument checks and helpers of Meter.Crypto.Interop (see the header).
//

#include "Meter_Crypto_Interop_Common.h"

HRESULT MeterCrypto_Region(CLR_RT_HeapBlock &arg, CLR_INT32 offset, CLR_INT32 count, bool nullWhenEmpty, CLR_UINT8 *&data)
{
    NANOCLR_HEADER();

    CLR_RT_HeapBlock_Array *array = arg.DereferenceArray();
    data = NULL;

    if (array == NULL)
    {
        if (nullWhenEmpty && count == 0)
        {
            NANOCLR_SET_AND_LEAVE(S_OK);
        }

        NANOCLR_SET_AND_LEAVE(CLR_E_ARGUMENT_NULL);
    }

    // Unsigned arithmetic only after both values are known non-negative, so nothing can wrap.
    if (offset < 0 || count < 0 || (CLR_UINT32)offset > array->m_numOfElements ||
        (CLR_UINT32)count > array->m_numOfElements - (CLR_UINT32)offset)
    {
        NANOCLR_SET_AND_LEAVE(CLR_E_OUT_OF_RANGE);
    }

    data = array->GetFirstElement() + offset;

    NANOCLR_NOCLEANUP();
}

bool MeterCrypto_OverlapsShifted(const CLR_UINT8 *a, const CLR_UINT8 *b, size_t length)
{
    if (a == NULL || b == NULL || length == 0 || a == b)
    {
        return false;
    }

    return (a < b) ? (a + length > b) : (b + length > a);
}

bool MeterCrypto_EqualConstantTime(const CLR_UINT8 *a, const CLR_UINT8 *b, size_t length)
{
    volatile CLR_UINT8 difference = 0;

    for (size_t i = 0; i < length; i++)
    {
        difference |= (CLR_UINT8)(a[i] ^ b[i]);
    }

    return difference == 0;
}

int MeterCrypto_Random(void *context, unsigned char *output, size_t length)
{
    (void)context;

    CLR_RT_Random random;
    random.Initialize();
    random.NextBytes(output, (unsigned int)length);

    return 0;
}

#if defined(MBEDTLS_ECP_C)

HRESULT MeterCrypto_Curve(CLR_INT32 curve, mbedtls_ecp_group_id &group, size_t &fieldSize, mbedtls_md_type_t &hash)
{
    NANOCLR_HEADER();

    switch (curve)
    {
        case METER_CRYPTO_CURVE_P256:
#if METER_CRYPTO_HAVE_P256
            group = MBEDTLS_ECP_DP_SECP256R1;
            fieldSize = 32;
            hash = MBEDTLS_MD_SHA256;
            break;
#else
            NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);
#endif

        case METER_CRYPTO_CURVE_P384:
#if METER_CRYPTO_HAVE_P384
            group = MBEDTLS_ECP_DP_SECP384R1;
            fieldSize = 48;
            hash = MBEDTLS_MD_SHA384;
            break;
#else
            NANOCLR_SET_AND_LEAVE(CLR_E_NOT_SUPPORTED);
#endif

        default:
            NANOCLR_SET_AND_LEAVE(CLR_E_INVALID_PARAMETER);
    }

    NANOCLR_NOCLEANUP();
}

int MeterCrypto_ReadPublicKey(const mbedtls_ecp_group &grp, const CLR_UINT8 *xy, size_t fieldSize, mbedtls_ecp_point &q)
{
    // SEC 1 2.3.4 uncompressed encoding: 0x04 || X || Y.
    unsigned char encoded[1 + 2 * 48];
    int result;

    encoded[0] = 0x04;
    memcpy(encoded + 1, xy, 2 * fieldSize);

    result = mbedtls_ecp_point_read_binary(&grp, &q, encoded, 1 + 2 * fieldSize);
    if (result == 0)
    {
        result = mbedtls_ecp_check_pubkey(&grp, &q);
    }

    return result;
}

#endif
