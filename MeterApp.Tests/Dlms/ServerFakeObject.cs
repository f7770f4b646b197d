using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// A COSEM object for the server tests: attribute 1 is its logical name, attributes 2.. hold
    /// values a SET may replace with one of the same type, and every method answers
    /// <see cref="Returned"/>. It remembers what the server passed it.
    /// </summary>
    internal sealed class ServerFakeObject : ICosemObject
    {
        private readonly ushort _classId;
        private readonly byte[] _logicalName;
        private readonly DlmsData[] _values;
        private readonly int _methods;

        public ServerFakeObject(ushort classId, byte[] logicalName, int attributeCount, int methodCount)
        {
            _classId = classId;
            _logicalName = logicalName;
            _values = new DlmsData[attributeCount + 1];
            _methods = methodCount;
        }

        public DlmsData Returned { get; set; }
        public bool Throws { get; set; }
        public int Invocations;
        public int LastMethod;
        public DlmsData LastParameters;
        public SelectiveAccessDescriptor LastAccess;
        public bool LastWasCiphered { get; set; }

        public ushort ClassId
        {
            get { return _classId; }
        }

        public byte Version
        {
            get { return 0; }
        }

        public byte[] LogicalName
        {
            get { return _logicalName; }
        }

        public int AttributeCount
        {
            get { return _values.Length - 1; }
        }

        public int MethodCount
        {
            get { return _methods; }
        }

        public ServerFakeObject With(int attribute, DlmsData value)
        {
            _values[attribute] = value;
            return this;
        }

        public DlmsData ValueOf(int attribute)
        {
            return _values[attribute];
        }

        public DataAccessResult Get(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, out DlmsData value)
        {
            if (Throws)
            {
                throw new System.InvalidOperationException("broken object");
            }

            LastAccess = access;
            LastWasCiphered = context.IsCiphered;
            value = attribute == 1 ? DlmsData.OctetString(_logicalName) : _values[attribute];
            return value == null ? DataAccessResult.ObjectUnavailable : DataAccessResult.Success;
        }

        public DataAccessResult Set(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, DlmsData value)
        {
            LastWasCiphered = context.IsCiphered;
            if (attribute == 1)
            {
                return DataAccessResult.ReadWriteDenied;
            }

            if (_values[attribute] != null && _values[attribute].Type != value.Type)
            {
                return DataAccessResult.TypeUnmatched;
            }

            _values[attribute] = value;
            return DataAccessResult.Success;
        }

        public ActionResult Invoke(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            Invocations++;
            LastMethod = method;
            LastParameters = parameters;
            LastWasCiphered = context.IsCiphered;
            returned = Returned;
            return ActionResult.Success;
        }
    }
}
