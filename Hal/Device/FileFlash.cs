using System;
using System.IO;
using Meter.Hal.Storage;

namespace Meter.Hal.Device
{
    /// <summary>
    /// NOR flash semantics emulated over one file on the board's file system (the ESP32's
    /// internal littlefs drive I:, the STM32F769I-DISCO's SD card D:), until a raw-partition
    /// driver exists. Erase writes 0xFF over the sector; program reads the bytes, ANDs the new
    /// data in and writes them back, so bits only ever clear; both flush before returning. The
    /// file keeps its handle open for the meter's lifetime and is created (all 0xFF) on first
    /// use. Power-cut behaviour is the file system's: littlefs commits a write whole or not at
    /// all, FAT on an SD card gives no such guarantee (the record store's CRCs still catch it).
    /// </summary>
    public sealed class FileFlash : IFlash, IDisposable
    {
        private const int ChunkSize = 256;

        private readonly object _sync = new object();
        private readonly FileStream _file;
        private readonly int _sectorSize;
        private readonly int _sectorCount;
        private readonly byte[] _old = new byte[ChunkSize];
        private readonly byte[] _erased = new byte[ChunkSize];

        public FileFlash(string path, int sectorSize, int sectorCount)
        {
            if (path == null)
            {
                throw new ArgumentNullException("path");
            }

            if (sectorSize <= 0 || sectorSize % ChunkSize != 0)
            {
                throw new ArgumentOutOfRangeException("sectorSize");
            }

            if (sectorCount <= 0)
            {
                throw new ArgumentOutOfRangeException("sectorCount");
            }

            _sectorSize = sectorSize;
            _sectorCount = sectorCount;
            for (int i = 0; i < ChunkSize; i++)
            {
                _erased[i] = 0xFF;
            }

            _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
            GrowToSize((long)sectorSize * sectorCount);
        }

        public int SectorSize
        {
            get { return _sectorSize; }
        }

        public int SectorCount
        {
            get { return _sectorCount; }
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            lock (_sync)
            {
                _file.Seek(address, SeekOrigin.Begin);
                ReadFully(buffer, offset, count);
            }
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            lock (_sync)
            {
                while (count > 0)
                {
                    int chunk = count < ChunkSize ? count : ChunkSize;
                    _file.Seek(address, SeekOrigin.Begin);
                    ReadFully(_old, 0, chunk);
                    for (int i = 0; i < chunk; i++)
                    {
                        _old[i] = (byte)(_old[i] & buffer[offset + i]);
                    }

                    _file.Seek(address, SeekOrigin.Begin);
                    _file.Write(_old, 0, chunk);
                    address += chunk;
                    offset += chunk;
                    count -= chunk;
                }

                _file.Flush();
            }
        }

        public void EraseSector(int sector)
        {
            if (sector < 0 || sector >= _sectorCount)
            {
                throw new ArgumentOutOfRangeException("sector");
            }

            lock (_sync)
            {
                _file.Seek((long)sector * _sectorSize, SeekOrigin.Begin);
                for (int written = 0; written < _sectorSize; written += ChunkSize)
                {
                    _file.Write(_erased, 0, ChunkSize);
                }

                _file.Flush();
            }
        }

        public void Dispose()
        {
            lock (_sync)
            {
                _file.Close();
            }
        }

        /// <summary>Extends a new or short image with erased (0xFF) bytes, appending at the end.</summary>
        private void GrowToSize(long size)
        {
            long length = _file.Length;
            if (length >= size)
            {
                return;
            }

            _file.Seek(length, SeekOrigin.Begin);
            while (length < size)
            {
                long missing = size - length;
                int chunk = missing < ChunkSize ? (int)missing : ChunkSize;
                _file.Write(_erased, 0, chunk);
                length += chunk;
            }

            _file.Flush();
        }

        private void ReadFully(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int read = _file.Read(buffer, offset, count);
                if (read <= 0)
                {
                    throw new IOException("flash image is shorter than its layout");
                }

                offset += read;
                count -= read;
            }
        }

        private void CheckRange(int address, byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            if (address < 0 || address > (_sectorSize * _sectorCount) - count)
            {
                throw new ArgumentOutOfRangeException("address");
            }
        }
    }
}
