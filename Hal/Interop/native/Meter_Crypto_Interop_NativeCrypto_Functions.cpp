//
// NativeCrypto.GetFunctions: what this firmware was built with, from its Mbed TLS configuration,
// so managed code never selects a function the build left out.
//

#include "Meter_Crypto_Interop_Common.h"

HRESULT NativeCrypto::GetFunctions___STATIC__I4(CLR_RT_StackFrame &stack)
{
    NANOCLR_HEADER();

    CLR_INT32 functions = 0;

#if METER_CRYPTO_HAVE_SHA256
    functions |= METER_CRYPTO_FN_SHA256;
#endif
#if METER_CRYPTO_HAVE_SHA384
    functions |= METER_CRYPTO_FN_SHA384;
#endif
    // RFC 6979 runs HMAC-DRBG over the curve's hash, so each curve needs its hash too.
#if METER_CRYPTO_HAVE_ECDSA && METER_CRYPTO_HAVE_P256 && METER_CRYPTO_HAVE_SHA256
    functions |= METER_CRYPTO_FN_ECDSA_P256;
#endif
#if METER_CRYPTO_HAVE_ECDSA && METER_CRYPTO_HAVE_P384 && METER_CRYPTO_HAVE_SHA384
    functions |= METER_CRYPTO_FN_ECDSA_P384;
#endif
#if METER_CRYPTO_HAVE_ECDH && METER_CRYPTO_HAVE_P256
    functions |= METER_CRYPTO_FN_ECDH_P256;
#endif
#if METER_CRYPTO_HAVE_ECDH && METER_CRYPTO_HAVE_P384
    functions |= METER_CRYPTO_FN_ECDH_P384;
#endif
#if METER_CRYPTO_HAVE_GCM
    functions |= METER_CRYPTO_FN_AES_GCM;
#endif

    stack.SetResult_I4(functions);

    NANOCLR_NOCLEANUP_NOLABEL();
}
