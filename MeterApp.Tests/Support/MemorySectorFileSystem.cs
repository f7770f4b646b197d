using System;
using Meter.Hal.Storage;
using Meter.Hal.Virtual;

namespace Meter.Tests.Support
{
    /// <summary>
    /// An in-memory <see cref="ISectorFileSystem"/> for the host and nanoclr tests of
    /// <see cref="SectorFileFlash"/>: files by sector number, foreign files in the directory,
    /// the marker, a log of file creations, and faults (a power cut before the N-th write;
    /// writes that append or truncate like faulty firmware).
    /// </summary>
    public sealed class MemorySectorFileSystem : ISectorFileSystem
    {
        /// <summary>Highest sector count the fake holds.</summary>
        public const int Capacity = 128;

        private readonly MemoryByteFile[] _files = new MemoryByteFile[Capacity];
        private readonly int[] _creations = new int[4 * Capacity];
        private int _creationCount;
        private int _writesUntilCut = -1;

        /// <summary>Files in the directory that are not sector files.</summary>
        public int ForeignFiles { get; set; }

        /// <summary>Every write lands at the end of the file (fopen "a+" on littlefs).</summary>
        public bool WritesAppend { get; set; }

        /// <summary>Every write empties the file first (fopen "w").</summary>
        public bool WritesTruncate { get; set; }

        public bool MarkerExists { get; set; }

        public int FileCount
        {
            get
            {
                int count = ForeignFiles;
                for (int i = 0; i < Capacity; i++)
                {
                    count += _files[i] == null ? 0 : 1;
                }

                return count;
            }
        }

        /// <summary>Sectors in the order their files were created.</summary>
        public int[] Creations
        {
            get
            {
                int[] copy = new int[_creationCount];
                Array.Copy(_creations, copy, _creationCount);
                return copy;
            }
        }

        /// <summary>Cuts the power before the write after the next <paramref name="writes"/> ones: it throws and changes nothing.</summary>
        public void CutPowerAfterWrites(int writes)
        {
            _writesUntilCut = writes;
        }

        public void PowerOn()
        {
            _writesUntilCut = -1;
        }

        public MemoryByteFile File(int sector)
        {
            return _files[sector];
        }

        public void Delete(int sector)
        {
            _files[sector] = null;
        }

        public bool Exists(int sector)
        {
            return _files[sector] != null;
        }

        public IByteFile Open(int sector)
        {
            if (_files[sector] == null)
            {
                throw new InvalidOperationException("no file for sector " + sector);
            }

            return _files[sector];
        }

        public IByteFile Create(int sector)
        {
            _creations[_creationCount++] = sector;
            if (_files[sector] == null)
            {
                _files[sector] = new MemoryByteFile(this);
            }
            else
            {
                _files[sector].Truncate();
            }

            return _files[sector];
        }

        public void CreateMarker()
        {
            BeforeWrite();
            MarkerExists = true;
        }

        public string NameOf(int sector)
        {
            return "mem:s" + sector.ToString("D2");
        }

        internal void BeforeWrite()
        {
            if (_writesUntilCut == 0)
            {
                throw new PowerCutException("simulated power cut before a file write");
            }

            if (_writesUntilCut > 0)
            {
                _writesUntilCut--;
            }
        }
    }
}
