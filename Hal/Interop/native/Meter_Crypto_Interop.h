//
// Meter.Crypto.Interop: native side of Hal/Interop/NativeCrypto.cs for nf-interpreter's
// NF_INTEROP_ASSEMBLIES mechanism (README.md in the parent folder).
//
// The declarations below are what the nanoFramework metadata processor generates for
// NativeCrypto (Stubs/Meter.Crypto.Interop/Meter_Crypto_Interop.h when the nfproj builds with
// NFMDP_GENERATE_STUBS): one NANOCLR_NATIVE_DECLARE per InternalCall method, named
// <Method>___STATIC__<return>__<parameters>. If the generated header differs, the C# declarations
// changed: update the handlers to match, never the other way round.
//
// The method table and the assembly checksum (Meter_Crypto_Interop.cpp) are NOT in the
// repository: copy the generated file beside these ones. Only the metadata processor can compute
// the checksum, and a hand-written one would bind a firmware to a managed assembly it does not match.
//

#ifndef METER_CRYPTO_INTEROP_H
#define METER_CRYPTO_INTEROP_H

#include <nanoCLR_Interop.h>
#include <nanoCLR_Runtime.h>
#include <nanoPackStruct.h>

struct Library_Meter_Crypto_Interop_Meter_Hal_Crypto_Interop_NativeCrypto
{
    NANOCLR_NATIVE_DECLARE(GetFunctions___STATIC__I4);
    NANOCLR_NATIVE_DECLARE(Sha2Begin___STATIC__I4__I4);
    NANOCLR_NATIVE_DECLARE(Sha2Update___STATIC__VOID__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(Sha2Finish___STATIC__VOID__I4__SZARRAY_U1__I4);
    NANOCLR_NATIVE_DECLARE(Sha2Release___STATIC__VOID__I4);
    NANOCLR_NATIVE_DECLARE(EcdsaSignHash___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4);
    NANOCLR_NATIVE_DECLARE(EcdsaVerifyHash___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(EcdhDerivePublicKey___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4);
    NANOCLR_NATIVE_DECLARE(EcdhDeriveSharedSecret___STATIC__BOOLEAN__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__SZARRAY_U1__I4);
    NANOCLR_NATIVE_DECLARE(
        AesGcmEncrypt___STATIC__VOID__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4);
    NANOCLR_NATIVE_DECLARE(
        AesGcmDecrypt___STATIC__BOOLEAN__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__SZARRAY_U1__I4__I4__SZARRAY_U1__I4__I4);

    //--//
};

extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Meter_Crypto_Interop;

#endif // METER_CRYPTO_INTEROP_H
