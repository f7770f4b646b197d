using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// Collects a streamed message for a primitive that is only available one-shot (the platform's
    /// HMACSHA256.HashData takes the whole message). It starts small, doubles as data arrives and
    /// stops at a fixed maximum: a message longer than that is refused with an exception rather than
    /// being allowed to take the heap. Not thread-safe: one per user.
    /// </summary>
    public sealed class BoundedMessageBuffer
    {
        private readonly int _maximumLength;
        private byte[] _buffer;
        private int _length;

        public BoundedMessageBuffer(int initialCapacity, int maximumLength)
        {
            Bounds.CheckPositive(initialCapacity, "initialCapacity");
            if (maximumLength < initialCapacity)
            {
                throw new ArgumentOutOfRangeException("maximumLength");
            }

            _maximumLength = maximumLength;
            _buffer = new byte[initialCapacity];
        }

        /// <summary>Bytes appended since the last <see cref="Reset"/>.</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>The longest message accepted.</summary>
        public int MaximumLength
        {
            get { return _maximumLength; }
        }

        /// <summary>The storage: the message is its first <see cref="Length"/> bytes. Valid until the next <see cref="Append"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>
        /// Adds <paramref name="count"/> bytes. Throws <see cref="InvalidOperationException"/>, leaving the
        /// message as it was, when the message would exceed <see cref="MaximumLength"/>.
        /// </summary>
        public void Append(byte[] data, int offset, int count)
        {
            Bounds.CheckBuffer(data, offset, count, "data");
            if (count > _maximumLength - _length)
            {
                throw new InvalidOperationException("message longer than " + _maximumLength.ToString() + " bytes: this primitive is one-shot on the platform and buffers the whole message");
            }

            int needed = _length + count;
            if (needed > _buffer.Length)
            {
                Grow(needed);
            }

            Array.Copy(data, offset, _buffer, _length, count);
            _length = needed;
        }

        /// <summary>Zeroes the message and starts an empty one; the storage is kept.</summary>
        public void Reset()
        {
            Array.Clear(_buffer, 0, _length);
            _length = 0;
        }

        private void Grow(int needed)
        {
            int capacity = _buffer.Length;
            while (capacity < needed)
            {
                // Doubling, clamped at the maximum (written so the doubling cannot overflow).
                capacity = capacity > _maximumLength / 2 ? _maximumLength : capacity * 2;
            }

            byte[] larger = new byte[capacity];
            Array.Copy(_buffer, 0, larger, 0, _length);
            Array.Clear(_buffer, 0, _length);
            _buffer = larger;
        }
    }
}
