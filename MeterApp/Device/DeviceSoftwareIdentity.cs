using System.Reflection;
using Meter.Identity;

namespace Meter.Device
{
    /// <summary>
    /// The device's <see cref="SoftwareIdentity"/>. Name and version come from the application
    /// assembly. A hash of the running code cannot be computed here: nanoFramework 1.x gives
    /// managed code no way to read the deployed assemblies (no Assembly.Location, no read of the
    /// deployment region), so the identity says so rather than hash something else. Closing the
    /// gap needs native help: an interop method (NF_INTEROP_ASSEMBLIES) that hashes the
    /// deployment region, or the secure bootloader's measured image digest once firmware
    /// verification exists.
    /// </summary>
    public static class DeviceSoftwareIdentity
    {
        public const string ProductName = "Secure Meter";

        public static SoftwareIdentity Create()
        {
            string version = Assembly.GetExecutingAssembly().GetName().Version.ToString();
            return SoftwareIdentity.WithoutHash(ProductName, version, "the device cannot read its deployed assemblies from managed code");
        }
    }
}
