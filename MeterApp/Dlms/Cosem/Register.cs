using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Register, interface class 3 version 0 (IEC 62056-6-2 / Blue Book 4.3.2): attribute 2 value
    /// (from an <see cref="ICosemValueSource"/>), attribute 3 scaler_unit (static, read-only);
    /// method 1 reset(data integer 0). The reset is served only when the value source is an
    /// <see cref="IResettableCosemValue"/>: a billing register is not, and a reset of it is
    /// answered read-write-denied (the ACTION is not allowed on this object), never success.
    /// Also the base of <see cref="ExtendedRegister"/>, which shares attributes 2-3 and the reset.
    /// </summary>
    public class Register : CosemObject
    {
        /// <summary>Class id of Register.</summary>
        public const ushort Class = 3;

        private readonly ICosemValueSource _source;
        private readonly ScalerUnit _scalerUnit;

        /// <summary>A register named <paramref name="logicalName"/> whose value comes from <paramref name="source"/> in <paramref name="scalerUnit"/>.</summary>
        public Register(byte[] logicalName, ICosemValueSource source, ScalerUnit scalerUnit)
            : this(Class, logicalName, 3, source, scalerUnit)
        {
        }

        /// <summary>For <see cref="ExtendedRegister"/>: another class id and attribute count, the same first attributes and method.</summary>
        protected Register(ushort classId, byte[] logicalName, int attributeCount, ICosemValueSource source, ScalerUnit scalerUnit)
            : base(classId, 0, logicalName, attributeCount, 1)
        {
            if (source == null || scalerUnit == null)
            {
                throw new System.ArgumentNullException(source == null ? "source" : "scalerUnit");
            }

            _source = source;
            _scalerUnit = scalerUnit;
        }

        /// <summary>The register's scaler and unit.</summary>
        public ScalerUnit ScalerUnit
        {
            get { return _scalerUnit; }
        }

        /// <summary>True when method 1 reset is served (the value source is resettable).</summary>
        public bool IsResettable
        {
            get { return _source is IResettableCosemValue; }
        }

        /// <inheritdoc/>
        protected override DataAccessResult GetAttribute(CosemRequestContext context, int attribute, out DlmsData value)
        {
            if (attribute == 3)
            {
                value = _scalerUnit.ToData();
                return DataAccessResult.Success;
            }

            return _source.Read(out value);
        }

        /// <inheritdoc/>
        protected override DataAccessResult SetAttribute(CosemRequestContext context, int attribute, DlmsData value)
        {
            IWritableCosemValue writable = _source as IWritableCosemValue;
            return attribute != 2 || writable == null ? DataAccessResult.ReadWriteDenied : writable.Write(value);
        }

        /// <inheritdoc/>
        protected override ActionResult InvokeMethod(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            IResettableCosemValue resettable = _source as IResettableCosemValue;
            if (resettable == null)
            {
                return ActionResult.ReadWriteDenied;
            }

            // reset (data) with data ::= integer (0) (Blue Book 4.3.2).
            if (!CosemValues.IsZeroInteger(parameters))
            {
                return ActionResult.TypeUnmatched;
            }

            return resettable.Reset();
        }
    }
}
