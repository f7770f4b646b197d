using System;
using Meter.Hal.Crypto;

namespace Meter.Hal.Device
{
    /// <summary>The curve sizes the interop adapters check arguments against before crossing into native code.</summary>
    internal static class InteropCurves
    {
        public static int FieldSize(EcCurve curve)
        {
            switch (curve)
            {
                case EcCurve.P256: return 32;
                case EcCurve.P384: return 48;
                default: throw new ArgumentOutOfRangeException("curve");
            }
        }
    }
}
