using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Reads the fields of one APDU in order from buffer[offset .. offset + count) (Green Book ed. 9, 9.5).
    /// The first failure sticks: later reads do nothing and return null or 0 (list reads an empty
    /// array, so a caller may take its Length), and <see cref="Result"/> keeps that failure. A Decode
    /// therefore reads its fields in a row and checks once, through <see cref="Finish"/>.
    /// A struct so that decoding allocates nothing for it.
    /// </summary>
    internal struct XdlmsReader
    {
        private static readonly CosemAttributeDescriptor[] NoAttributes = new CosemAttributeDescriptor[0];
        private static readonly CosemMethodDescriptor[] NoMethods = new CosemMethodDescriptor[0];

        private readonly byte[] _buffer;
        private readonly int _end;
        private int _position;
        private XdlmsResult _result;

        /// <summary>A reader over buffer[offset .. offset + count); throws only for a bad range (a caller bug).</summary>
        internal XdlmsReader(byte[] buffer, int offset, int count)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            _buffer = buffer;
            _end = offset + count;
            _position = offset;
            _result = XdlmsResult.Ok;
        }

        /// <summary>Where the next read starts (after a failure: somewhere up to the failing field).</summary>
        internal int Position
        {
            get { return _position; }
        }

        /// <summary>Ok, or the first failure met.</summary>
        internal XdlmsResult Result
        {
            get { return _result; }
        }

        /// <summary>True while every read so far succeeded.</summary>
        internal bool Ok
        {
            get { return _result == XdlmsResult.Ok; }
        }

        /// <summary>Checks tag and type; returns the invoke-id-and-priority octet.</summary>
        internal byte Header(byte tag, byte choice)
        {
            byte invokeIdAndPriority = 0;
            if (Ok)
            {
                _result = XdlmsCodec.ReadHeader(_buffer, ref _position, _end, tag, choice, out invokeIdAndPriority);
            }

            return invokeIdAndPriority;
        }

        /// <summary>Checks the tag of an APDU without a service header (one byte).</summary>
        internal void Tag(byte tag)
        {
            byte read = Byte();
            if (Ok && read != tag)
            {
                _result = XdlmsResult.UnknownTag;
            }
        }

        /// <summary>Records a failure the caller found in what it read (the first failure still wins).</summary>
        internal void Fail(XdlmsResult failure)
        {
            if (Ok)
            {
                _result = failure;
            }
        }

        /// <summary>True when every read succeeded and the APDU ended exactly at the end of the range.</summary>
        internal bool Finish()
        {
            if (Ok)
            {
                _result = XdlmsCodec.Finish(_position, _end);
            }

            return Ok;
        }

        internal byte Byte()
        {
            byte value = 0;
            if (Ok)
            {
                _result = XdlmsCodec.ReadByte(_buffer, ref _position, _end, out value);
            }

            return value;
        }

        internal uint UInt32()
        {
            uint value = 0;
            if (Ok)
            {
                _result = XdlmsCodec.ReadUInt32(_buffer, ref _position, _end, out value);
            }

            return value;
        }

        /// <summary>Skips <paramref name="size"/> bytes; returns where they start (Truncated when fewer remain).</summary>
        internal int Take(int size)
        {
            int start = _position;
            if (Ok && _end - _position < size)
            {
                _result = XdlmsResult.Truncated;
            }

            if (Ok)
            {
                _position += size;
            }

            return start;
        }

        /// <summary>An OCTET STRING whose content fits in what remains; returns where the content starts.</summary>
        internal int OctetString(out int length)
        {
            int start = _position;
            length = 0;
            if (Ok)
            {
                _result = XdlmsCodec.ReadOctetString(_buffer, ref _position, _end, out start, out length);
            }

            return start;
        }

        /// <summary>A BOOLEAN octet, 00 or 01 only (see <see cref="XdlmsCodec.ReadBoolean"/>).</summary>
        internal bool Boolean()
        {
            bool value = false;
            if (Ok)
            {
                _result = XdlmsCodec.ReadBoolean(_buffer, ref _position, _end, out value);
            }

            return value;
        }

        /// <summary>The usage flag of an OPTIONAL component (00 absent, 01 present).</summary>
        internal bool OptionalFlag()
        {
            bool present = false;
            if (Ok)
            {
                _result = XdlmsCodec.ReadOptionalFlag(_buffer, ref _position, _end, out present);
            }

            return present;
        }

        /// <summary>A SEQUENCE OF count, bounded as <see cref="XdlmsCodec.ReadCount"/> says; 0 after a failure.</summary>
        internal int Count(int minItemSize)
        {
            int count = 0;
            if (Ok)
            {
                _result = XdlmsCodec.ReadCount(_buffer, ref _position, _end, minItemSize, out count);
            }

            return Ok ? count : 0;
        }

        internal DlmsData Data(AxdrDecoder decoder)
        {
            DlmsData value = null;
            if (Ok)
            {
                _result = XdlmsCodec.ReadData(decoder, _buffer, ref _position, _end, out value);
            }

            return value;
        }

        /// <summary>A SEQUENCE OF Data with exactly <paramref name="expected"/> items.</summary>
        internal DlmsData[] Values(AxdrDecoder decoder, int expected)
        {
            DlmsData[] values = null;
            if (Ok)
            {
                _result = DataList.Read(decoder, _buffer, ref _position, _end, expected, out values);
            }

            return values;
        }

        internal CosemAttributeDescriptor Attribute()
        {
            CosemAttributeDescriptor attribute = null;
            if (Ok)
            {
                _result = CosemAttributeDescriptor.Read(_buffer, ref _position, _end, out attribute);
            }

            return attribute;
        }

        /// <summary>An OPTIONAL Selective-Access-Descriptor; null when absent.</summary>
        internal SelectiveAccessDescriptor OptionalAccess(AxdrDecoder decoder)
        {
            SelectiveAccessDescriptor access = null;
            if (Ok)
            {
                _result = SelectiveAccessDescriptor.ReadOptional(decoder, _buffer, ref _position, _end, out access);
            }

            return access;
        }

        /// <summary>A SEQUENCE OF Cosem-Attribute-Descriptor-With-Selection.</summary>
        internal CosemAttributeDescriptor[] AttributeSelections(AxdrDecoder decoder, out SelectiveAccessDescriptor[] access)
        {
            CosemAttributeDescriptor[] attributes = null;
            access = null;
            if (Ok)
            {
                _result = AttributeSelectionList.Read(decoder, _buffer, ref _position, _end, out attributes, out access);
            }

            return Ok ? attributes : NoAttributes;
        }

        internal CosemMethodDescriptor Method()
        {
            CosemMethodDescriptor method = null;
            if (Ok)
            {
                _result = CosemMethodDescriptor.Read(_buffer, ref _position, _end, out method);
            }

            return method;
        }

        /// <summary>A SEQUENCE OF Cosem-Method-Descriptor.</summary>
        internal CosemMethodDescriptor[] Methods()
        {
            CosemMethodDescriptor[] methods = null;
            if (Ok)
            {
                _result = MethodDescriptorList.Read(_buffer, ref _position, _end, out methods);
            }

            return Ok ? methods : NoMethods;
        }

        internal DataBlockSa Block()
        {
            DataBlockSa block = null;
            if (Ok)
            {
                _result = DataBlockSa.Read(_buffer, ref _position, _end, out block);
            }

            return block;
        }

        /// <summary>A SEQUENCE OF Data-Access-Result.</summary>
        internal DataAccessResult[] Results()
        {
            DataAccessResult[] results = null;
            if (Ok)
            {
                _result = DataAccessResultList.Read(_buffer, ref _position, _end, out results);
            }

            return results;
        }

        internal GetDataResult DataResult(AxdrDecoder decoder)
        {
            GetDataResult result = null;
            if (Ok)
            {
                _result = GetDataResult.Read(decoder, _buffer, ref _position, _end, out result);
            }

            return result;
        }

        internal ActionResponseWithOptionalData ActionResponse(AxdrDecoder decoder)
        {
            ActionResponseWithOptionalData response = null;
            if (Ok)
            {
                _result = ActionResponseWithOptionalData.Read(decoder, _buffer, ref _position, _end, out response);
            }

            return response;
        }
    }
}
