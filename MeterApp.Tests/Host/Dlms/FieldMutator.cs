using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// Field-level mutations of valid xDLMS requests (Green Book ed. 9, 9.5): the request is decoded
    /// and re-encoded with one field replaced, so it stays well-formed and reaches the objects'
    /// own code: another class id, logical name, attribute or method id (also 0, negative and
    /// unknown ones), a random A-XDR value (every type, boundary numbers, nested arrays and
    /// structures, wrong types) as SET value, ACTION parameters or selective-access parameters,
    /// another access selector, list lengths, block numbers and last-block flags.
    /// </summary>
    internal sealed class FieldMutator
    {
        private static readonly ushort[] Classes = { 1, 3, 4, 7, 8, 15, 40, 64, 0, 70, 0xFFFF };

        private static readonly byte[][] Names =
        {
            new byte[] { 0, 0, 42, 0, 0, 255 }, new byte[] { 0, 0, 96, 1, 0, 255 }, new byte[] { 1, 0, 0, 2, 0, 255 },
            new byte[] { 0, 0, 43, 1, 0, 255 }, new byte[] { 1, 0, 1, 8, 0, 255 }, new byte[] { 1, 0, 2, 8, 0, 255 },
            new byte[] { 1, 0, 32, 7, 0, 255 }, new byte[] { 1, 0, 13, 7, 0, 255 }, new byte[] { 0, 0, 1, 0, 0, 255 },
            new byte[] { 0, 0, 40, 0, 0, 255 }, new byte[] { 0, 0, 43, 0, 0, 255 }, new byte[] { 1, 0, 99, 1, 0, 255 },
            new byte[] { 0, 0, 99, 98, 0, 255 }, new byte[] { 0, 0, 99, 98, 1, 255 }, new byte[] { 0, 0, 25, 9, 0, 255 },
            new byte[] { 0, 0, 40, 0, 1, 255 }, new byte[] { 255, 255, 255, 255, 255, 255 },
        };

        private static readonly long[] Integers = { 0, 1, -1, 2, 127, 128, 255, 256, 32767, -32768, 65535, int.MaxValue, int.MinValue, uint.MaxValue, long.MaxValue, long.MinValue };

        private readonly DeterministicRandom _random;
        private readonly XdlmsApduDecoder _decoder = new XdlmsApduDecoder(new AxdrDecoder());
        private readonly byte[] _buffer = new byte[4096];

        public FieldMutator(DeterministicRandom random)
        {
            _random = random;
        }

        /// <summary>A well-formed variant of <paramref name="apdu"/> with one field changed, or null when it is not a request this mutator knows.</summary>
        public byte[] Mutate(byte[] apdu)
        {
            XdlmsParseResult parsed = _decoder.Decode(apdu, 0, apdu.Length);
            if (!parsed.IsOk)
            {
                return null;
            }

            byte invoke = _random.Next(8) == 0 ? (byte)_random.NextUInt() : parsed.InvokeIdAndPriority;
            object request = parsed.Apdu;
            int written = -1;
            switch (request)
            {
                case GetRequestNormal get:
                    written = new GetRequestNormal(invoke, Attribute(get.Attribute), Access(get.Access)).Encode(_buffer, 0, _buffer.Length);
                    break;
                case GetRequestNext _:
                    written = new GetRequestNext(invoke, BlockNumber()).Encode(_buffer, 0, _buffer.Length);
                    break;
                case GetRequestWithList list:
                    int count = ListLength(list.Count);
                    var attributes = new CosemAttributeDescriptor[count];
                    var accesses = new SelectiveAccessDescriptor[count];
                    for (int i = 0; i < count; i++)
                    {
                        attributes[i] = Attribute(list.AttributeAt(i % list.Count));
                        accesses[i] = Access(list.AccessAt(i % list.Count));
                    }

                    written = new GetRequestWithList(invoke, attributes, accesses).Encode(_buffer, 0, _buffer.Length);
                    break;
                case SetRequestNormal set:
                    bool value = _random.Next(3) != 0;
                    written = new SetRequestNormal(invoke, value ? set.Attribute : Attribute(set.Attribute), set.Access, value ? Value(3) : set.Value).Encode(_buffer, 0, _buffer.Length);
                    break;
                case SetRequestWithList setList:
                    int items = ListLength(setList.Count);
                    var targets = new CosemAttributeDescriptor[items];
                    var values = new DlmsData[items];
                    for (int i = 0; i < items; i++)
                    {
                        targets[i] = Attribute(setList.AttributeAt(i % setList.Count));
                        values[i] = Value(2);
                    }

                    written = new SetRequestWithList(invoke, targets, new SelectiveAccessDescriptor[items], values).Encode(_buffer, 0, _buffer.Length);
                    break;
                case SetRequestWithFirstDataBlock first:
                    written = new SetRequestWithFirstDataBlock(invoke, Attribute(first.Attribute), first.Access, Block(first.Block)).Encode(_buffer, 0, _buffer.Length);
                    break;
                case SetRequestWithDataBlock block:
                    written = new SetRequestWithDataBlock(invoke, Block(block.Block)).Encode(_buffer, 0, _buffer.Length);
                    break;
                case ActionRequestNormal action:
                    bool parameters = _random.Next(3) != 0;
                    written = new ActionRequestNormal(invoke, parameters ? action.Method : Method(action.Method), parameters ? Value(3) : action.Parameters).Encode(_buffer, 0, _buffer.Length);
                    break;
                case ActionRequestWithList actionList:
                    int calls = ListLength(actionList.Count);
                    var methods = new CosemMethodDescriptor[calls];
                    var arguments = new DlmsData[calls];
                    for (int i = 0; i < calls; i++)
                    {
                        methods[i] = Method(actionList.MethodAt(i % actionList.Count));
                        arguments[i] = Value(2);
                    }

                    written = new ActionRequestWithList(invoke, methods, arguments).Encode(_buffer, 0, _buffer.Length);
                    break;
                case ActionRequestWithFirstPBlock firstP:
                    written = new ActionRequestWithFirstPBlock(invoke, Method(firstP.Method), Block(firstP.Block)).Encode(_buffer, 0, _buffer.Length);
                    break;
                case ActionRequestWithPBlock pBlock:
                    written = new ActionRequestWithPBlock(invoke, Block(pBlock.Block)).Encode(_buffer, 0, _buffer.Length);
                    break;
                case ActionRequestNextPBlock _:
                    written = new ActionRequestNextPBlock(invoke, BlockNumber()).Encode(_buffer, 0, _buffer.Length);
                    break;
            }

            if (written <= 0 || written > FrameMutator.MaxApdu)
            {
                return null;
            }

            byte[] result = new byte[written];
            Array.Copy(_buffer, result, written);
            return result;
        }

        private CosemAttributeDescriptor Attribute(CosemAttributeDescriptor original)
        {
            switch (_random.Next(4))
            {
                case 0:
                    return new CosemAttributeDescriptor(Pick(Classes), Pick(Names), original.AttributeId);
                case 1:
                    return new CosemAttributeDescriptor(original.ClassId, original.LogicalName, Id());
                default:
                    return new CosemAttributeDescriptor(Pick(Classes), Pick(Names), Id());
            }
        }

        private CosemMethodDescriptor Method(CosemMethodDescriptor original)
        {
            return _random.Next(2) == 0
                ? new CosemMethodDescriptor(original.ClassId, original.LogicalName, Id())
                : new CosemMethodDescriptor(Pick(Classes), Pick(Names), Id());
        }

        private sbyte Id()
        {
            return _random.Next(4) == 0 ? (sbyte)_random.NextUInt() : (sbyte)_random.Next(12);
        }

        private SelectiveAccessDescriptor Access(SelectiveAccessDescriptor original)
        {
            switch (_random.Next(4))
            {
                case 0:
                    return null;
                case 1:
                    return original;
                default:
                    // Range (1) or entry (2) selectors with odd parameters, or another selector.
                    byte selector = _random.Next(4) == 0 ? (byte)_random.Next(256) : (byte)(1 + _random.Next(2));
                    DlmsData parameters = _random.Next(2) == 0 ? EntryOrRange(selector) : Value(3);
                    return new SelectiveAccessDescriptor(selector, parameters);
            }
        }

        // Blue Book 4.3.6: range_descriptor and entry_descriptor shapes with boundary values.
        private DlmsData EntryOrRange(byte selector)
        {
            if (selector == 2)
            {
                return DlmsData.Structure(
                    DlmsData.DoubleLongUnsigned((uint)Number()), DlmsData.DoubleLongUnsigned((uint)Number()),
                    DlmsData.LongUnsigned((ushort)Number()), DlmsData.LongUnsigned((ushort)Number()));
            }

            return DlmsData.Structure(
                DlmsData.Structure(DlmsData.LongUnsigned((ushort)Number()), DlmsData.OctetString(Pick(Names)), DlmsData.Integer((sbyte)Number()), DlmsData.LongUnsigned((ushort)Number())),
                DateTimeBytes(), DateTimeBytes(),
                _random.Next(2) == 0 ? DlmsData.Array() : Value(2));
        }

        private DlmsData DateTimeBytes()
        {
            byte[] bytes = new byte[_random.Next(8) == 0 ? _random.Next(16) : 12];
            _random.NextBytes(bytes, 0, bytes.Length);
            if (bytes.Length == 12 && _random.Next(2) == 0)
            {
                // A plausible date-time around the meter's time with one odd field.
                byte[] plausible = { 0x07, 0xEA, 6, 1, 0xFF, 0, 0, 0, 0, 0x80, 0, 0 };
                plausible[_random.Next(12)] = (byte)_random.NextUInt();
                bytes = plausible;
            }

            return DlmsData.OctetString(bytes);
        }

        private DataBlockSa Block(DataBlockSa original)
        {
            byte[] raw = new byte[_random.Next(40)];
            _random.NextBytes(raw, 0, raw.Length);
            if (original.RawDataLength > 0 && _random.Next(2) == 0)
            {
                raw = new byte[original.RawDataLength];
                original.CopyRawDataTo(raw, 0);
            }

            return new DataBlockSa(_random.Next(2) == 0, _random.Next(2) == 0 ? original.BlockNumber : BlockNumber(), raw, 0, raw.Length);
        }

        private uint BlockNumber()
        {
            return _random.Next(3) == 0 ? (uint)Number() : (uint)_random.Next(4);
        }

        private int ListLength(int original)
        {
            return _random.Next(3) == 0 ? 1 + _random.Next(XdlmsLimits.MaxListItems) : original;
        }

        private long Number()
        {
            return _random.Next(3) == 0 ? (long)_random.NextUInt() : Pick(Integers);
        }

        // Any A-XDR value (Green Book ed. 9, 9.5 Data), nested up to depth levels.
        private DlmsData Value(int depth)
        {
            long n = Number();
            switch (_random.Next(depth > 0 ? 22 : 20))
            {
                case 0: return DlmsData.Null();
                case 1: return DlmsData.Boolean(_random.Next(2) == 0);
                case 2:
                    byte[] bits = Bytes(6);
                    return DlmsData.BitString(bits, bits.Length == 0 ? 0 : (bits.Length - 1) * 8 + 1 + _random.Next(8));
                case 3: return DlmsData.DoubleLong((int)n);
                case 4: return DlmsData.DoubleLongUnsigned((uint)n);
                case 5: return DlmsData.OctetString(_random.Next(3) == 0 ? DateTimeBytes().GetBytes() : Bytes(40));
                case 6: return DlmsData.VisibleString(Bytes(40));
                case 7: return DlmsData.Utf8String(Bytes(20));
                case 8: return DlmsData.Bcd((byte)n);
                case 9: return DlmsData.Integer((sbyte)n);
                case 10: return DlmsData.Long((short)n);
                case 11: return DlmsData.Unsigned((byte)n);
                case 12: return DlmsData.LongUnsigned((ushort)n);
                case 13: return DlmsData.Long64(n);
                case 14: return DlmsData.Long64Unsigned((ulong)n);
                case 15: return DlmsData.Enum((byte)n);
                case 16: return DlmsData.Float32Bits((uint)n);
                case 17: return DlmsData.Float64Bits((ulong)n);
                case 18: return DlmsData.OctetString(Pick(Names));
                case 19: return DlmsData.Structure(DlmsData.Enum((byte)_random.Next(4)), DlmsData.OctetString(Bytes(30)));
                case 20:
                    DlmsData[] elements = new DlmsData[_random.Next(6)];
                    DlmsData element = Value(depth - 1);
                    for (int i = 0; i < elements.Length; i++)
                    {
                        elements[i] = _random.Next(4) == 0 ? Value(depth - 1) : element;
                    }

                    return DlmsData.Array(elements);
                default:
                    DlmsData[] members = new DlmsData[_random.Next(6)];
                    for (int i = 0; i < members.Length; i++)
                    {
                        members[i] = Value(depth - 1);
                    }

                    return DlmsData.Structure(members);
            }
        }

        private byte[] Bytes(int max)
        {
            byte[] bytes = new byte[_random.Next(max + 1)];
            _random.NextBytes(bytes, 0, bytes.Length);
            return bytes;
        }

        private T Pick<T>(T[] values)
        {
            return values[_random.Next(values.Length)];
        }
    }
}
