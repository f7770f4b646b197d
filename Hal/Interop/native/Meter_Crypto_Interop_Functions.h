//
// The capability bits GetFunctions() returns. They are the values of the managed
// Meter.Hal.Crypto.InteropFunctions enum (Hal/Crypto/InteropFunctions.cs): change both together.
//

#ifndef METER_CRYPTO_INTEROP_FUNCTIONS_H
#define METER_CRYPTO_INTEROP_FUNCTIONS_H

#define METER_CRYPTO_FN_SHA256     0x01
#define METER_CRYPTO_FN_SHA384     0x02
#define METER_CRYPTO_FN_ECDSA_P256 0x04
#define METER_CRYPTO_FN_ECDSA_P384 0x08
#define METER_CRYPTO_FN_ECDH_P256  0x10
#define METER_CRYPTO_FN_ECDH_P384  0x20
#define METER_CRYPTO_FN_AES_GCM    0x40

// Curve numbers as the managed Meter.Hal.Crypto.EcCurve.
#define METER_CRYPTO_CURVE_P256 1
#define METER_CRYPTO_CURVE_P384 2

#endif // METER_CRYPTO_INTEROP_FUNCTIONS_H
