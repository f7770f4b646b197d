using System;
using System.Collections.Generic;
using Meter.Dlms.Wrapper;
using Meter.Hal.Virtual;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// Deterministic mutations of valid DLMS frames (seeded, so a failure replays): bit flips, bytes
    /// set to boundary values, truncation, insertion, deletion, duplicated chunks, splices of two
    /// frames, length fields (A-XDR, BER, list counts) set to zero, huge or off-by-one values, swapped
    /// tags; for ciphered APDUs (Green Book ed. 9, 9.2.7.2.4: tag, length, security control,
    /// invocation counter, ciphertext, 12-byte tag) also forged tags, changed counters and security
    /// control bytes; and broken wrapper headers (IEC 62056-47: version, wPorts, length).
    /// </summary>
    internal sealed class FrameMutator
    {
        /// <summary>The longest APDU a mutation produces (the meter's sessions take 1024).</summary>
        public const int MaxApdu = 1024;

        private static readonly byte[] Boundary = { 0x00, 0x7F, 0x80, 0xFF, 0x01, 0x81, 0x82, 0xFE };

        // Request and response tags of xDLMS, ACSE and ciphering (Green Book ed. 9, 9.5 xDLMS-APDU).
        private static readonly byte[] Tags =
        {
            0x60, 0x61, 0x62, 0x63, 0x01, 0x08, 0x0E, 0x0F, 0x21, 0x28, 0xC0, 0xC1, 0xC2, 0xC3, 0xC4, 0xC5, 0xC7,
            0xC8, 0xC9, 0xCB, 0xCC, 0xD0, 0xD1, 0xD3, 0xD8, 0xDB, 0xDC, 0xE0, 0x00, 0xFF,
        };

        private static readonly byte[] CipheredTags = { 0xC8, 0xC9, 0xCB, 0xCC, 0xD0, 0xD1, 0xD3, 0xDB, 0xDC, 0x21, 0x28, 0xC0 };

        private static readonly byte[] SecurityControls = { 0x00, 0x10, 0x20, 0x30, 0x31, 0x70, 0xB0, 0x0F, 0xFF, 0x3F };

        // A-XDR tags followed by a length or element count (Green Book ed. 9, 9.5 A-XDR): array, structure,
        // bit-string, octet-string, visible-string, utf8-string; and BER tags of ACSE (IEC 62056-5-3 annex).
        private static readonly HashSet<byte> LengthTags = new HashSet<byte>
        {
            0x01, 0x02, 0x04, 0x09, 0x0A, 0x0C, 0x60, 0x62, 0x80, 0x8A, 0x8B, 0xA1, 0xA6, 0xAA, 0xAC, 0xBE, 0x06,
        };

        private readonly DeterministicRandom _random;

        public FrameMutator(DeterministicRandom random)
        {
            _random = random;
        }

        /// <summary>One to three mutations of <paramref name="apdu"/>; <paramref name="other"/> is spliced in sometimes. Never empty, never above <see cref="MaxApdu"/>.</summary>
        public byte[] Mutate(byte[] apdu, byte[] other)
        {
            List<byte> bytes = new List<byte>(apdu);
            int rounds = 1 + (_random.Next(4) == 0 ? 1 + _random.Next(2) : 0);
            for (int i = 0; i < rounds; i++)
            {
                MutateOnce(bytes, other);
            }

            return Finish(bytes, apdu);
        }

        /// <summary>A mutation aimed at a ciphered APDU's fields (forged tag, counter, security control, ciphered tag, length), or a generic one.</summary>
        public byte[] MutateCiphered(byte[] wire, byte[] other)
        {
            List<byte> bytes = new List<byte>(wire);
            int header = SecurityHeaderAt(wire);
            switch (_random.Next(7))
            {
                case 0:
                    // Forged authentication tag: the last 12 bytes.
                    bytes[bytes.Count - 1 - _random.Next(Math.Min(12, bytes.Count - 1))] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    if (header > 0 && header + 5 <= bytes.Count)
                    {
                        // Invocation counter: higher, lower, zero, max.
                        int at = header + 1 + _random.Next(4);
                        bytes[at] = _random.Next(2) == 0 ? Pick(Boundary) : (byte)(bytes[at] + 1);
                        break;
                    }

                    MutateOnce(bytes, other);
                    break;
                case 2:
                    if (header > 0 && header < bytes.Count)
                    {
                        bytes[header] = Pick(SecurityControls);
                        break;
                    }

                    MutateOnce(bytes, other);
                    break;
                case 3:
                    bytes[0] = Pick(CipheredTags);
                    break;
                case 4:
                    // The ciphered APDU's own length (right after the tag, or after the system title of general-glo).
                    int lengthAt = wire[0] == 0xDB || wire[0] == 0xDC ? 10 : 1;
                    if (lengthAt < bytes.Count)
                    {
                        SetLength(bytes, lengthAt);
                        break;
                    }

                    MutateOnce(bytes, other);
                    break;
                default:
                    MutateOnce(bytes, other);
                    break;
            }

            return Finish(bytes, wire);
        }

        /// <summary>
        /// A whole frame whose wrapper header is broken (version, a wPort, or the length: zero, huge,
        /// above the session maximum, or off by one with stray bytes after): the server closes the
        /// connection on it, so it goes last in a batch.
        /// </summary>
        public byte[] BreakHeader(int source, int destination, byte[] apdu)
        {
            int length = apdu.Length;
            int extra = 0;
            int version = 1;
            switch (_random.Next(8))
            {
                case 0:
                    version = _random.Next(2) == 0 ? 0 : 2 + _random.Next(0xFFFE);
                    break;
                case 1:
                    int original = source;
                    while (source == original)
                    {
                        source = Pick(new[] { 0, 1, 16, 17, 0x7F, 0xFFFF });
                    }

                    break;
                case 2:
                    destination = Pick(new[] { 0, 2, 16, 0x3FFF, 0xFFFF });
                    break;
                case 3:
                    length = 0;
                    break;
                case 4:
                    length = Pick(new[] { 0xFFFF, 0x8000, MaxApdu + 1, 2048, 2049 });
                    break;
                case 5:
                    length = apdu.Length + 1 + _random.Next(4);
                    break;
                default:
                    length = Math.Max(1, apdu.Length - 1 - _random.Next(4));
                    extra = 1 + _random.Next(16);
                    break;
            }

            byte[] frame = new byte[WrapperHeader.Size + apdu.Length + extra];
            frame[0] = (byte)(version >> 8);
            frame[1] = (byte)version;
            frame[2] = (byte)(source >> 8);
            frame[3] = (byte)source;
            frame[4] = (byte)(destination >> 8);
            frame[5] = (byte)destination;
            frame[6] = (byte)(length >> 8);
            frame[7] = (byte)length;
            Array.Copy(apdu, 0, frame, WrapperHeader.Size, apdu.Length);
            for (int i = 0; i < extra; i++)
            {
                frame[WrapperHeader.Size + apdu.Length + i] = (byte)_random.NextUInt();
            }

            return frame;
        }

        private void MutateOnce(List<byte> bytes, byte[] other)
        {
            if (bytes.Count == 0)
            {
                // An earlier round truncated everything: start again from one byte.
                bytes.Add(Pick(Tags));
            }

            switch (_random.Next(10))
            {
                case 0:
                    // Bit flips.
                    for (int i = 1 + _random.Next(3); i > 0; i--)
                    {
                        bytes[_random.Next(bytes.Count)] ^= (byte)(1 << _random.Next(8));
                    }

                    break;
                case 1:
                    // Bytes set to boundary values.
                    for (int i = 1 + _random.Next(3); i > 0; i--)
                    {
                        bytes[_random.Next(bytes.Count)] = Pick(Boundary);
                    }

                    break;
                case 2:
                    // Truncation (an empty APDU now and then).
                    int keep = _random.Next(bytes.Count);
                    bytes.RemoveRange(keep, bytes.Count - keep);
                    break;
                case 3:
                    // Insertion of boundary or random bytes.
                    int at = _random.Next(bytes.Count + 1);
                    for (int i = 1 + _random.Next(8); i > 0; i--)
                    {
                        bytes.Insert(at, _random.Next(2) == 0 ? Pick(Boundary) : (byte)_random.NextUInt());
                    }

                    break;
                case 4:
                    // A duplicated chunk.
                    if (bytes.Count > 0)
                    {
                        int start = _random.Next(bytes.Count);
                        int count = 1 + _random.Next(Math.Min(32, bytes.Count - start));
                        bytes.InsertRange(_random.Next(bytes.Count + 1), bytes.GetRange(start, count));
                    }

                    break;
                case 5:
                case 6:
                    // A length or count field: zero, huge, off by one, long-form.
                    SetLength(bytes, LengthPosition(bytes));
                    break;
                case 7:
                    // Swapped tags: the APDU tag, the CHOICE byte after it, or two bytes swapped.
                    int which = _random.Next(3);
                    if (which == 0 || bytes.Count < 2)
                    {
                        if (bytes.Count > 0)
                        {
                            bytes[0] = Pick(Tags);
                        }
                    }
                    else if (which == 1)
                    {
                        bytes[1] = _random.Next(4) == 0 ? (byte)_random.NextUInt() : (byte)(1 + _random.Next(7));
                    }
                    else
                    {
                        int a = _random.Next(bytes.Count);
                        int b = _random.Next(bytes.Count);
                        byte t = bytes[a];
                        bytes[a] = bytes[b];
                        bytes[b] = t;
                    }

                    break;
                case 8:
                    // Deletion of a chunk.
                    if (bytes.Count > 1)
                    {
                        int start = _random.Next(bytes.Count);
                        bytes.RemoveRange(start, 1 + _random.Next(Math.Min(16, bytes.Count - start)));
                    }

                    break;
                default:
                    // Splice: this frame's head, another frame's tail.
                    if (other != null && other.Length > 0 && bytes.Count > 0)
                    {
                        int head = _random.Next(bytes.Count + 1);
                        int tail = _random.Next(other.Length);
                        bytes.RemoveRange(head, bytes.Count - head);
                        for (int i = tail; i < other.Length; i++)
                        {
                            bytes.Add(other[i]);
                        }
                    }

                    break;
            }
        }

        // A position that likely holds a length or count: after a length-bearing tag, or whose value is what remains.
        private int LengthPosition(List<byte> bytes)
        {
            List<int> candidates = new List<int>();
            for (int i = 0; i + 1 < bytes.Count; i++)
            {
                int remaining = bytes.Count - i - 1;
                if (LengthTags.Contains(bytes[i]) || bytes[i + 1] == remaining || bytes[i + 1] == remaining - 1)
                {
                    candidates.Add(i + 1);
                }
            }

            return candidates.Count == 0 ? _random.Next(bytes.Count) : candidates[_random.Next(candidates.Count)];
        }

        private void SetLength(List<byte> bytes, int at)
        {
            if (at >= bytes.Count)
            {
                return;
            }

            switch (_random.Next(7))
            {
                case 0:
                    bytes[at] = 0;
                    break;
                case 1:
                    bytes[at] = (byte)(bytes[at] + 1);
                    break;
                case 2:
                    bytes[at] = (byte)(bytes[at] - 1);
                    break;
                case 3:
                    bytes[at] = Pick(new byte[] { 0x7F, 0x80, 0xFF, 0xFE });
                    break;
                case 4:
                    // Long form (BER and A-XDR): 81 xx.
                    bytes[at] = 0x81;
                    bytes.Insert(at + 1, (byte)(0x80 + _random.Next(0x80)));
                    break;
                case 5:
                    // 82 FF FF: 65535 bytes.
                    bytes[at] = 0x82;
                    bytes.InsertRange(at + 1, new byte[] { 0xFF, 0xFF });
                    break;
                default:
                    // 84 FF FF FF FF, or a length-of-length beyond any decoder.
                    bytes[at] = _random.Next(2) == 0 ? (byte)0x84 : (byte)0x8F;
                    bytes.InsertRange(at + 1, new byte[] { 0xFF, 0xFF, 0xFF, 0xFF });
                    break;
            }
        }

        // Where the security control byte of a glo-/ded-ciphered or general-glo APDU is, or -1.
        private static int SecurityHeaderAt(byte[] wire)
        {
            int at = wire[0] == 0xDB || wire[0] == 0xDC ? 10 : 1;
            if (at >= wire.Length)
            {
                return -1;
            }

            int first = wire[at];
            int lengthBytes = first < 0x80 ? 1 : 1 + (first & 0x7F);
            return at + lengthBytes < wire.Length ? at + lengthBytes : -1;
        }

        // Differs from the original and fits a session; a mutation that happened to change nothing flips a bit.
        private byte[] Finish(List<byte> bytes, byte[] original)
        {
            if (bytes.Count == 0)
            {
                bytes.Add(original.Length > 0 ? original[0] : (byte)0);
            }

            if (bytes.Count > MaxApdu)
            {
                bytes.RemoveRange(MaxApdu, bytes.Count - MaxApdu);
            }

            byte[] result = bytes.ToArray();
            if (result.AsSpan().SequenceEqual(original))
            {
                result[_random.Next(result.Length)] ^= (byte)(1 << _random.Next(8));
            }

            return result;
        }

        private T Pick<T>(T[] values)
        {
            return values[_random.Next(values.Length)];
        }
    }
}
