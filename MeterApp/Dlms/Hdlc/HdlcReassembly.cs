using System;

namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// Joins the information fields of segmented I frames (S bit set on all but the last,
    /// IEC 62056-46 6.4.4.4.3) into one message, bounded by a fixed buffer: a message longer than
    /// the buffer is an overflow, never a reallocation.
    /// </summary>
    public sealed class HdlcReassembly
    {
        private readonly byte[] _buffer;

        /// <summary>A reassembly buffer for messages of at most <paramref name="capacity"/> bytes.</summary>
        public HdlcReassembly(int capacity)
        {
            _buffer = new byte[capacity];
        }

        /// <summary>The message so far, from index 0.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Bytes held.</summary>
        public int Length { get; private set; }

        /// <summary>Largest message.</summary>
        public int Capacity
        {
            get { return _buffer.Length; }
        }

        /// <summary>Appends one segment; false (and nothing copied) when it would overflow.</summary>
        public bool Append(byte[] data, int offset, int count)
        {
            if (count > _buffer.Length - Length)
            {
                return false;
            }

            Array.Copy(data, offset, _buffer, Length, count);
            Length += count;
            return true;
        }

        /// <summary>Forgets the message.</summary>
        public void Clear()
        {
            Length = 0;
        }
    }
}
