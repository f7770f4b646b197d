using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using Meter.Profiles;

namespace Meter.Dlms.Objects
{
    /// <summary>
    /// The value of the AMR profile status 0.0.96.10.1.255 (IDIS / DSMR 8-bit status code,
    /// <see cref="AmrProfileStatus"/>): the status of the load profile's newest capture, unsigned,
    /// 0 before the first. It is the attribute the load profile names as its second capture
    /// object, so it has the type of that column (<see cref="LoadProfileBuffer"/>). A reset of the
    /// profile hides its entries but not the newest status (<see cref="LoadProfileRing.Last"/>).
    /// </summary>
    public sealed class AmrProfileStatusValue : ICosemValueSource
    {
        private readonly LoadProfileRing _ring;

        /// <summary>The newest status captured into <paramref name="ring"/>.</summary>
        public AmrProfileStatusValue(LoadProfileRing ring)
        {
            if (ring == null)
            {
                throw new ArgumentNullException("ring");
            }

            _ring = ring;
        }

        /// <inheritdoc />
        public DataAccessResult Read(out DlmsData value)
        {
            LoadProfileEntry last = _ring.Last;
            value = DlmsData.Unsigned(last == null ? (byte)0 : last.Status);
            return DataAccessResult.Success;
        }
    }
}
