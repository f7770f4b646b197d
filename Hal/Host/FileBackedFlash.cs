using System;
using System.IO;
using Meter.Hal.Storage;
using Meter.Hal.Virtual;

namespace Meter.Hal.Host
{
    /// <summary>
    /// The host's persistent flash: a <see cref="VirtualFlash"/> image mirrored in a file under the
    /// data directory. Every program and erase is written through to the file before it returns,
    /// so the virtual meter keeps its state when the process restarts. The write-through reaches
    /// the operating system (a killed process loses nothing); it is not fsync'ed on every call, so
    /// a host OS crash may lose the last writes, which the record store tolerates like a power cut.
    /// </summary>
    public sealed class FileBackedFlash : IFlash, IDisposable
    {
        private readonly object _sync = new object();
        private readonly VirtualFlash _image;
        private readonly FileStream _file;
        private bool _disposed;

        /// <summary>
        /// Opens <paramref name="fileName"/> in <paramref name="dataDirectory"/>, creating both
        /// (erased, all 0xFF) if absent. A file whose size does not match the geometry is rejected.
        /// </summary>
        public FileBackedFlash(string dataDirectory, string fileName, int sectorSize, int sectorCount)
        {
            if (string.IsNullOrEmpty(dataDirectory))
            {
                throw new ArgumentException("a data directory is required", nameof(dataDirectory));
            }

            if (string.IsNullOrEmpty(fileName))
            {
                throw new ArgumentException("a file name is required", nameof(fileName));
            }

            _image = new VirtualFlash(sectorSize, sectorCount);
            Directory.CreateDirectory(dataDirectory);
            FilePath = Path.Combine(dataDirectory, fileName);
            if (!File.Exists(FilePath))
            {
                CreateErased(FilePath, _image.Size);
            }

            // FileShare.None takes an exclusive lock (flock on Unix; any sharing mode would take a
            // shared one there), so a second meter process on the same data directory fails here
            // with an IOException instead of silently interleaving writes with this one.
            _file = new FileStream(FilePath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            try
            {
                if (_file.Length != _image.Size)
                {
                    throw new InvalidDataException(
                        "Flash image '" + FilePath + "' is " + _file.Length + " bytes, but a flash of " + sectorCount
                        + " sectors of " + sectorSize + " bytes needs " + _image.Size
                        + " bytes. Delete the file to start with an erased flash, or use the geometry it was made with.");
                }

                byte[] content = new byte[_image.Size];
                _file.Position = 0;
                _file.ReadExactly(content, 0, content.Length);
                _image.LoadImage(content);
            }
            catch
            {
                _file.Dispose();
                throw;
            }
        }

        public string FilePath { get; }

        public int SectorSize => _image.SectorSize;

        public int SectorCount => _image.SectorCount;

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                ThrowIfDisposed();
                _image.Read(address, buffer, offset, count);
            }
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            lock (_sync)
            {
                ThrowIfDisposed();
                _image.Program(address, buffer, offset, count);
                WriteThrough(address, count);
            }
        }

        public void EraseSector(int sector)
        {
            lock (_sync)
            {
                ThrowIfDisposed();
                _image.EraseSector(sector);
                WriteThrough(sector * _image.SectorSize, _image.SectorSize);
            }
        }

        public void Dispose()
        {
            lock (_sync)
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                _file.Dispose();
            }
        }

        // Writes a new file through a temporary name, so an interrupted creation never leaves a
        // short file behind that the size check would then reject.
        private static void CreateErased(string path, int size)
        {
            string temporary = path + ".tmp";
            byte[] erased = new byte[size];
            Array.Fill(erased, (byte)0xFF);
            File.WriteAllBytes(temporary, erased);
            File.Move(temporary, path, true);
        }

        private void WriteThrough(int address, int count)
        {
            // The image holds the ANDed result; copy that, not the caller's bytes.
            byte[] result = new byte[count];
            _image.Read(address, result, 0, count);
            _file.Position = address;
            _file.Write(result, 0, count);
            _file.Flush();
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(FileBackedFlash));
            }
        }
    }
}
