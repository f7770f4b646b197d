using System;
using Meter.Security;

namespace Meter.Dlms.Objects
{
    /// <summary>The nameplate the factory gave the meter with its DLMS identity (FLAG id and serial number in the system title).</summary>
    public sealed class IdentityNameplate : IMeterNameplate
    {
        /// <summary>The nameplate of <paramref name="identity"/>.</summary>
        public IdentityNameplate(DlmsIdentity identity)
        {
            if (identity == null)
            {
                throw new ArgumentNullException("identity");
            }

            ManufacturerId = identity.ManufacturerId;
            SerialNumber = identity.SerialNumber.ToString();
        }

        /// <inheritdoc />
        public string ManufacturerId { get; }

        /// <inheritdoc />
        public string SerialNumber { get; }
    }
}
