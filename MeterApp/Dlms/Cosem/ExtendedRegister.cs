using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Extended register, interface class 4 version 0 (IEC 62056-6-2 / Blue Book 4.3.4): the
    /// attributes and reset of <see cref="Register"/>, plus attribute 4 status (any simple type,
    /// from its own source) and attribute 5 capture_time (octet-string date-time of the value's
    /// capture, from its own source). Reset is served when the value source is resettable; that
    /// source also resets what its status and capture time sources report.
    /// </summary>
    public sealed class ExtendedRegister : Register
    {
        /// <summary>Class id of Extended register.</summary>
        public new const ushort Class = 4;

        private readonly ICosemValueSource _status;
        private readonly ICosemValueSource _captureTime;

        /// <summary>An extended register whose value, status and capture time come from the given sources.</summary>
        public ExtendedRegister(byte[] logicalName, ICosemValueSource value, ScalerUnit scalerUnit, ICosemValueSource status, ICosemValueSource captureTime)
            : base(Class, logicalName, 5, value, scalerUnit)
        {
            if (status == null || captureTime == null)
            {
                throw new System.ArgumentNullException(status == null ? "status" : "captureTime");
            }

            _status = status;
            _captureTime = captureTime;
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            switch (attribute)
            {
                case 4: return _status.Read(out value);
                case 5: return _captureTime.Read(out value);
                default: return base.GetAttribute(context, attribute, out value);
            }
        }

        /// <inheritdoc/>
        protected override DataAccessResult SetAttribute(CosemRequestContext context, int attribute, DlmsData value)
        {
            // status and capture_time are set by the meter when it captures the value.
            return attribute > 3 ? DataAccessResult.ReadWriteDenied : base.SetAttribute(context, attribute, value);
        }
    }
}
