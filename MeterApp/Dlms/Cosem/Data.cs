using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Data, interface class 1 version 0 (IEC 62056-6-2 / Blue Book 4.3.1): attribute 2 value, of
    /// any type, read from an <see cref="ICosemValueSource"/>; writable only when the source is an
    /// <see cref="IWritableCosemValue"/>. No methods.
    /// </summary>
    public sealed class Data : CosemObject
    {
        /// <summary>Class id of Data.</summary>
        public const ushort Class = 1;

        private readonly ICosemValueSource _source;

        /// <summary>A Data object named <paramref name="logicalName"/> whose value comes from <paramref name="source"/>.</summary>
        public Data(byte[] logicalName, ICosemValueSource source)
            : base(Class, 0, logicalName, 2, 0)
        {
            if (source == null)
            {
                throw new System.ArgumentNullException("source");
            }

            _source = source;
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            return _source.Read(out value);
        }

        /// <inheritdoc/>
        protected override DataAccessResult SetAttribute(CosemRequestContext context, int attribute, DlmsData value)
        {
            IWritableCosemValue writable = _source as IWritableCosemValue;
            return writable == null ? DataAccessResult.ReadWriteDenied : writable.Write(value);
        }
    }
}
