using System.Reflection;

// The native version the firmware's CLR_RT_NativeAssemblyData must carry (Hal/Interop/native);
// raise it with any change to NativeCrypto's declarations.
[assembly: AssemblyNativeVersion("1.0.0.0")]
