using System;
using Meter.Hal.Storage;

namespace Meter.Tests.Support
{
    /// <summary>
    /// A file in a <see cref="MemorySectorFileSystem"/>. Each write is atomic, as littlefs makes
    /// one FileStream.Write; the file system can also make writes append or truncate first, as
    /// faulty nanoFramework firmware does, or cut the power before a write happens.
    /// </summary>
    public sealed class MemoryByteFile : IByteFile
    {
        private readonly MemorySectorFileSystem _owner;
        private byte[] _data = new byte[0];
        private int _length;

        public MemoryByteFile(MemorySectorFileSystem owner)
        {
            _owner = owner;
        }

        /// <summary>Writes this file has taken.</summary>
        public int WriteCount { get; private set; }

        /// <summary>Bytes the last write carried.</summary>
        public int LastWriteLength { get; private set; }

        public long Length
        {
            get { return _length; }
        }

        public int Read(int position, byte[] buffer, int offset, int count)
        {
            int available = _length - position;
            int read = count < available ? count : available;
            if (read <= 0)
            {
                return 0;
            }

            Array.Copy(_data, position, buffer, offset, read);
            return read;
        }

        public void Write(int position, byte[] buffer, int offset, int count)
        {
            _owner.BeforeWrite();
            if (_owner.WritesAppend)
            {
                position = _length;
            }
            else if (_owner.WritesTruncate)
            {
                _length = 0;
            }

            EnsureCapacity(position + count);
            for (int i = _length; i < position; i++)
            {
                _data[i] = 0;
            }

            Array.Copy(buffer, offset, _data, position, count);
            if (position + count > _length)
            {
                _length = position + count;
            }

            WriteCount++;
            LastWriteLength = count;
        }

        /// <summary>Empties the file, as FileMode.Create does.</summary>
        public void Truncate()
        {
            _length = 0;
        }

        /// <summary>A byte of the file, for assertions.</summary>
        public byte At(int position)
        {
            if (position >= _length)
            {
                throw new ArgumentOutOfRangeException("position");
            }

            return _data[position];
        }

        private void EnsureCapacity(int size)
        {
            if (size <= _data.Length)
            {
                return;
            }

            byte[] larger = new byte[size];
            Array.Copy(_data, larger, _length);
            _data = larger;
        }
    }
}
