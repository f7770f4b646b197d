using System;
using System.IO;

namespace Meter.Hal.Storage
{
    /// <summary>
    /// NOR flash semantics over files, one file per sector, until raw-flash drivers exist.
    /// Erase is one write of a whole sector of 0xFF; Program reads the bytes it covers, ANDs the
    /// new data in (so bits only ever clear) and writes them back in ONE write per sector it
    /// touches, from a scratch buffer allocated here, or not at all when no bit clears. One file
    /// per sector keeps every write inside a small file: on a copy-on-write file system
    /// (littlefs) rewriting part of a file copies the file, so a sector-sized file costs one
    /// block per write where one big image file would copy everything after the write.
    ///
    /// Power cuts: whatever the file system guarantees per write (<see cref="IByteFile"/>).
    /// littlefs commits each write whole or not at all, which is stronger than NOR; FAT gives no
    /// such guarantee (see the STM32 board README). The record store's CRCs and sequence numbers
    /// handle a torn write either way.
    ///
    /// Layout: the constructor accepts only a store made with the same geometry. Sector files are
    /// created last to first, then the marker, so a whole sector 0 file means creation finished;
    /// a store whose creation was cut short is created again. Anything else that does not match
    /// (a file of another size, missing or extra files, a marker without a store) is a
    /// <see cref="FlashLayoutException"/>, never a silent resize or a blank store. The
    /// constructor also proves that the file system overwrites in place (some nanoFramework
    /// firmware opens files for append on every FileStream.Write, which would move each write to
    /// the end of the file).
    /// </summary>
    public sealed class SectorFileFlash : IFlash
    {
        private readonly object _sync = new object();
        private readonly ISectorFileSystem _files;
        private readonly int _sectorSize;
        private readonly int _sectorCount;
        private readonly IByteFile[] _sectors;
        private readonly byte[] _scratch;
        private readonly byte[] _erased;

        public SectorFileFlash(ISectorFileSystem files, int sectorSize, int sectorCount)
        {
            if (files == null)
            {
                throw new ArgumentNullException("files");
            }

            Bounds.CheckPositive(sectorSize, "sectorSize");
            Bounds.CheckPositive(sectorCount, "sectorCount");
            if (sectorCount > int.MaxValue / sectorSize)
            {
                throw new ArgumentOutOfRangeException("sectorCount", "flash addresses are int");
            }

            _files = files;
            _sectorSize = sectorSize;
            _sectorCount = sectorCount;
            _sectors = new IByteFile[sectorCount];
            _scratch = new byte[sectorSize];
            _erased = new byte[sectorSize];
            for (int i = 0; i < sectorSize; i++)
            {
                _erased[i] = 0xFF;
            }

            if (CreationFinished())
            {
                OpenStore();
            }
            else
            {
                CreateStore();
            }

            ProveWritesAreInPlace();
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
                while (count > 0)
                {
                    int sector = address / _sectorSize;
                    int position = address % _sectorSize;
                    int part = PartInSector(position, count);
                    ReadFully(sector, position, buffer, offset, part);
                    address += part;
                    offset += part;
                    count -= part;
                }
            }
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            lock (_sync)
            {
                while (count > 0)
                {
                    int sector = address / _sectorSize;
                    int position = address % _sectorSize;
                    int part = PartInSector(position, count);
                    ReadFully(sector, position, _scratch, 0, part);
                    bool clearsBits = false;
                    for (int i = 0; i < part; i++)
                    {
                        byte merged = (byte)(_scratch[i] & buffer[offset + i]);
                        if (merged != _scratch[i])
                        {
                            _scratch[i] = merged;
                            clearsBits = true;
                        }
                    }

                    if (clearsBits)
                    {
                        WriteChecked(sector, position, _scratch, part);
                    }

                    address += part;
                    offset += part;
                    count -= part;
                }
            }
        }

        public void EraseSector(int sector)
        {
            Bounds.CheckIndex(sector, _sectorCount, "sector");
            lock (_sync)
            {
                WriteChecked(sector, 0, _erased, _sectorSize);
            }
        }

        /// <summary>
        /// True when sector 0, the last file creation writes, is whole; false when creation never
        /// finished (sector 0 missing or still empty).
        /// </summary>
        private bool CreationFinished()
        {
            if (!_files.Exists(0))
            {
                return false;
            }

            long length = _files.Open(0).Length;
            if (length == 0)
            {
                return false;
            }

            CheckLength(0, length);
            return true;
        }

        private void OpenStore()
        {
            int fileCount = _files.FileCount;
            if (fileCount != _sectorCount)
            {
                throw new FlashLayoutException(
                    "the flash store holds " + fileCount + " files but the board's layout has " + _sectorCount
                    + " sectors: it was made for another layout or damaged");
            }

            for (int sector = 0; sector < _sectorCount; sector++)
            {
                if (!_files.Exists(sector))
                {
                    throw new FlashLayoutException(_files.NameOf(sector) + " is missing from the flash store");
                }

                IByteFile file = _files.Open(sector);
                CheckLength(sector, file.Length);
                _sectors[sector] = file;
            }

            // A cut between the last sector file and the marker leaves a whole store without one.
            if (!_files.MarkerExists)
            {
                _files.CreateMarker();
            }
        }

        private void CreateStore()
        {
            if (_files.MarkerExists)
            {
                throw new FlashLayoutException(
                    "the flash store was lost (its marker is there, " + _files.NameOf(0)
                    + " is not whole): refusing to start blank, which would reset the meter's registers and counters");
            }

            int fileCount = _files.FileCount;
            if (fileCount > _sectorCount)
            {
                throw new FlashLayoutException(
                    "an unfinished flash store holds " + fileCount + " files, more than the layout's " + _sectorCount + " sectors");
            }

            for (int sector = _sectorCount - 1; sector >= 0; sector--)
            {
                if (_files.Exists(sector))
                {
                    long length = _files.Open(sector).Length;
                    if (length != 0)
                    {
                        CheckLength(sector, length);
                    }
                }

                _sectors[sector] = _files.Create(sector);
                WriteChecked(sector, 0, _erased, _sectorSize);
            }

            _files.CreateMarker();
        }

        /// <summary>
        /// Rewrites the first byte of sector 0 with its own value and checks that the file kept
        /// its size: a file system that appends, or truncates, on each write fails here, at
        /// boot, before the record store trusts it.
        /// </summary>
        private void ProveWritesAreInPlace()
        {
            ReadFully(0, 0, _scratch, 0, 1);
            WriteChecked(0, 0, _scratch, 1);
        }

        private void WriteChecked(int sector, int position, byte[] data, int count)
        {
            IByteFile file = _sectors[sector];
            file.Write(position, data, 0, count);
            long length = file.Length;
            if (length != _sectorSize)
            {
                throw new FlashLayoutException(
                    _files.NameOf(sector) + " is " + length + " bytes after writing " + count + " bytes at " + position
                    + " instead of " + _sectorSize + ": this file system does not overwrite in place"
                    + " (nanoFramework firmware whose FileStream.Write opens the file for append or truncation)");
            }
        }

        private void ReadFully(int sector, int position, byte[] buffer, int offset, int count)
        {
            IByteFile file = _sectors[sector];
            while (count > 0)
            {
                int read = file.Read(position, buffer, offset, count);
                if (read <= 0)
                {
                    throw new IOException(_files.NameOf(sector) + " ended at " + position + ", inside its sector");
                }

                position += read;
                offset += read;
                count -= read;
            }
        }

        /// <summary>How much of a <paramref name="count"/>-byte range from <paramref name="position"/> fits in its sector.</summary>
        private int PartInSector(int position, int count)
        {
            int room = _sectorSize - position;
            return count < room ? count : room;
        }

        private void CheckLength(int sector, long length)
        {
            if (length != _sectorSize)
            {
                throw new FlashLayoutException(
                    _files.NameOf(sector) + " is " + length + " bytes but the board's layout has sectors of " + _sectorSize
                    + " bytes: it was made for another layout or damaged");
            }
        }

        private void CheckRange(int address, byte[] buffer, int offset, int count)
        {
            Bounds.CheckBuffer(buffer, offset, count);
            if (address < 0 || address > (_sectorSize * _sectorCount) - count)
            {
                throw new ArgumentOutOfRangeException("address");
            }
        }
    }
}
