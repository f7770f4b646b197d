using System;
using System.IO;
using System.Text;
using Meter.Hal.Storage;

namespace Meter.Hal.Device
{
    /// <summary>
    /// The board's file system (the ESP32's internal littlefs drive I:, the STM32F769I-DISCO's
    /// SD card D:) as the home of a <see cref="SectorFileFlash"/>: the directory given (e.g.
    /// I:\meter) holds s00.nor, s01.nor, ... and nothing else, and the marker is the file beside
    /// it with ".id" appended (I:\meter.id), outside the directory whose entries every sector
    /// write updates. That matters on FAT (the STM32 SD card): each write's close rewrites the
    /// file's directory entry, and a power cut there can lose several sector files at once; the
    /// marker then turns a lost store into a refused boot instead of a blank meter (see
    /// boards/stm32f769i-discovery/README.md for what it does not cover). Thin on purpose: the
    /// NOR rules and the layout checks are in SectorFileFlash, which the host tests.
    /// </summary>
    public sealed class FileStreamSectorFiles : ISectorFileSystem
    {
        /// <summary>Two-digit sector numbers in the file names.</summary>
        public const int MaxSectors = 100;

        private readonly string _directory;
        private readonly string _markerPath;

        public FileStreamSectorFiles(string directory)
        {
            if (directory == null || directory.Length == 0)
            {
                throw new ArgumentException("a directory is required", "directory");
            }

            _directory = directory;
            _markerPath = directory + ".id";
        }

        public int FileCount
        {
            get { return Directory.Exists(_directory) ? Directory.GetFiles(_directory).Length : 0; }
        }

        public bool MarkerExists
        {
            get { return File.Exists(_markerPath); }
        }

        public bool Exists(int sector)
        {
            return File.Exists(NameOf(sector));
        }

        public IByteFile Open(int sector)
        {
            return new FileStreamByteFile(new FileStream(NameOf(sector), FileMode.Open, FileAccess.ReadWrite));
        }

        public IByteFile Create(int sector)
        {
            if (!Directory.Exists(_directory))
            {
                Directory.CreateDirectory(_directory);
            }

            return new FileStreamByteFile(new FileStream(NameOf(sector), FileMode.Create, FileAccess.ReadWrite));
        }

        public void CreateMarker()
        {
            byte[] text = Encoding.UTF8.GetBytes("meter record store " + _directory + "; delete only together with it\r\n");
            FileStream marker = new FileStream(_markerPath, FileMode.Create, FileAccess.Write);
            try
            {
                marker.Write(text, 0, text.Length);
            }
            finally
            {
                marker.Close();
            }
        }

        public string NameOf(int sector)
        {
            Bounds.CheckIndex(sector, MaxSectors, "sector");
            return _directory + "\\s" + sector.ToString("D2") + ".nor";
        }
    }
}
