using System;
using Meter.Hal.Storage;

namespace Meter.Hal.Virtual
{
    /// <summary>
    /// In-memory NOR flash for the virtual board and for tests. Erase sets a sector to 0xFF and
    /// programming ANDs bytes in (it never sets a bit), exactly as <see cref="IFlash"/> promises.
    /// Tests can cut power at the n-th program or erase from now; the interrupted operation is
    /// torn according to <see cref="TearMode"/> and throws <see cref="PowerCutException"/>, as does
    /// every later operation (reads included) until <see cref="PowerOn"/>.
    /// </summary>
    public sealed class VirtualFlash : IFlash
    {
        private readonly object _sync = new object();
        private readonly int _sectorSize;
        private readonly int _sectorCount;
        private readonly byte[] _image;
        private readonly int[] _eraseCounts;
        private readonly DeterministicRandom _random;
        private TearMode _tearMode = TearMode.Partial;
        private int _operationCount;
        private int _cutCountdown;
        private bool _poweredOff;

        public VirtualFlash(int sectorSize, int sectorCount)
            : this(sectorSize, sectorCount, 1)
        {
        }

        /// <param name="tearSeed">Seed for the generator that decides how much of a torn operation lands.</param>
        public VirtualFlash(int sectorSize, int sectorCount, int tearSeed)
        {
            if (sectorSize < 16 || sectorSize % 4 != 0)
            {
                throw new ArgumentOutOfRangeException("sectorSize");
            }

            if (sectorCount < 1 || sectorCount > int.MaxValue / sectorSize)
            {
                throw new ArgumentOutOfRangeException("sectorCount");
            }

            _sectorSize = sectorSize;
            _sectorCount = sectorCount;
            _image = new byte[sectorSize * sectorCount];
            _eraseCounts = new int[sectorCount];
            _random = new DeterministicRandom(tearSeed);
            Fill(_image, 0, _image.Length, 0xFF);
        }

        public int SectorSize
        {
            get { return _sectorSize; }
        }

        public int SectorCount
        {
            get { return _sectorCount; }
        }

        /// <summary>Total size in bytes.</summary>
        public int Size
        {
            get { return _image.Length; }
        }

        /// <summary>How the operation interrupted by a power cut is torn. Default: <see cref="TearMode.Partial"/>.</summary>
        public TearMode TearMode
        {
            get { lock (_sync) { return _tearMode; } }
            set { lock (_sync) { _tearMode = value; } }
        }

        /// <summary>Program and erase operations so far, the interrupted one included.</summary>
        public int OperationCount
        {
            get { lock (_sync) { return _operationCount; } }
        }

        public bool IsPoweredOff
        {
            get { lock (_sync) { return _poweredOff; } }
        }

        /// <summary>Erases of <paramref name="sector"/> so far, interrupted ones included (they wear the cells too).</summary>
        public int GetEraseCount(int sector)
        {
            CheckSector(sector);
            lock (_sync)
            {
                return _eraseCounts[sector];
            }
        }

        /// <summary>
        /// Arms a power cut: the <paramref name="operation"/>-th program or erase from now (counting
        /// from 1) is interrupted. Replaces any cut armed before.
        /// </summary>
        public void CutPowerAtOperation(int operation)
        {
            if (operation < 1)
            {
                throw new ArgumentOutOfRangeException("operation");
            }

            lock (_sync)
            {
                _cutCountdown = operation;
            }
        }

        /// <summary>Restores power after a cut (the device restarts); the flash keeps what the cut left.</summary>
        public void PowerOn()
        {
            lock (_sync)
            {
                _poweredOff = false;
            }
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            lock (_sync)
            {
                ThrowIfPoweredOff();
                Array.Copy(_image, address, buffer, offset, count);
            }
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, buffer, offset, count);
            if (count == 0)
            {
                return;
            }

            lock (_sync)
            {
                ThrowIfPoweredOff();
                _operationCount++;
                if (!IsCutNow())
                {
                    for (int i = 0; i < count; i++)
                    {
                        _image[address + i] &= buffer[offset + i];
                    }

                    return;
                }

                if (_tearMode == TearMode.Partial)
                {
                    // The first k bytes land, byte k gets only some of the bits it was to clear.
                    int k = _random.Next(count);
                    for (int i = 0; i < k; i++)
                    {
                        _image[address + i] &= buffer[offset + i];
                    }

                    ClearSomeBits(address + k, buffer[offset + k]);
                }
                else if (_tearMode == TearMode.Scattered)
                {
                    for (int i = 0; i < count; i++)
                    {
                        ClearSomeBits(address + i, buffer[offset + i]);
                    }
                }

                throw PowerCut("program of " + count + " bytes at " + address);
            }
        }

        public void EraseSector(int sector)
        {
            CheckSector(sector);
            lock (_sync)
            {
                ThrowIfPoweredOff();
                _operationCount++;
                _eraseCounts[sector]++;
                int start = sector * _sectorSize;
                if (!IsCutNow())
                {
                    Fill(_image, start, _sectorSize, 0xFF);
                    return;
                }

                if (_tearMode == TearMode.Partial)
                {
                    // Either the start or the end of the sector is erased; the rest keeps its old content.
                    int k = _random.Next(_sectorSize);
                    if ((_random.NextUInt() & 1) == 0)
                    {
                        Fill(_image, start, k, 0xFF);
                    }
                    else
                    {
                        Fill(_image, start + _sectorSize - k, k, 0xFF);
                    }
                }
                else if (_tearMode == TearMode.Scattered)
                {
                    // Each byte either finished erasing or got a random part of its bits set.
                    for (int i = start; i < start + _sectorSize; i++)
                    {
                        uint r = _random.NextUInt();
                        _image[i] = (r & 0x100) != 0 ? (byte)0xFF : (byte)(_image[i] | r);
                    }
                }

                throw PowerCut("erase of sector " + sector);
            }
        }

        /// <summary>A copy of the whole flash content (for the host's file copy and for corruption tests).</summary>
        public byte[] GetImage()
        {
            lock (_sync)
            {
                byte[] copy = new byte[_image.Length];
                Array.Copy(_image, copy, _image.Length);
                return copy;
            }
        }

        /// <summary>Replaces the whole flash content with <paramref name="image"/>, which must be exactly <see cref="Size"/> bytes.</summary>
        public void LoadImage(byte[] image)
        {
            if (image == null)
            {
                throw new ArgumentNullException("image");
            }

            if (image.Length != _image.Length)
            {
                throw new ArgumentException("image must be " + _image.Length + " bytes, was " + image.Length, "image");
            }

            lock (_sync)
            {
                Array.Copy(image, _image, _image.Length);
            }
        }

        // Clears a random subset of the bits a program of value would clear at address.
        private void ClearSomeBits(int address, byte value)
        {
            byte old = _image[address];
            int toClear = old & ~value & 0xFF;
            int cleared = toClear & (int)_random.NextUInt();
            _image[address] = (byte)(old & ~cleared);
        }

        private static void Fill(byte[] buffer, int offset, int count, byte value)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = value;
            }
        }

        // Counts the operation against an armed cut; true when this one is the interrupted one.
        private bool IsCutNow()
        {
            if (_cutCountdown == 0)
            {
                return false;
            }

            _cutCountdown--;
            if (_cutCountdown != 0)
            {
                return false;
            }

            _poweredOff = true;
            return true;
        }

        private PowerCutException PowerCut(string what)
        {
            return new PowerCutException("power cut during " + what + " (flash operation " + _operationCount + ")");
        }

        private void ThrowIfPoweredOff()
        {
            if (_poweredOff)
            {
                throw new PowerCutException("flash is powered off");
            }
        }

        private void CheckSector(int sector)
        {
            if (sector < 0 || sector >= _sectorCount)
            {
                throw new ArgumentOutOfRangeException("sector");
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

            if (address < 0 || address > _image.Length - count)
            {
                throw new ArgumentOutOfRangeException("address");
            }
        }
    }
}
