using System.IO;
using Meter.Hal.Storage;

namespace Meter.Hal.Device
{
    /// <summary>
    /// A nanoFramework FileStream as an <see cref="IByteFile"/>. In System.IO.FileSystem 1.1.x the
    /// stream holds no native handle: every Read and Write opens the file, seeks, transfers and
    /// closes it natively (so each Write is one commit, and Flush does nothing), and each call
    /// copies through a temporary array of the transfer's size, the one allocation left on this
    /// path. Seek costs a native length query (the stream checks the target against Length).
    /// </summary>
    internal sealed class FileStreamByteFile : IByteFile
    {
        private readonly FileStream _stream;

        public FileStreamByteFile(FileStream stream)
        {
            _stream = stream;
        }

        public long Length
        {
            get { return _stream.Length; }
        }

        public int Read(int position, byte[] buffer, int offset, int count)
        {
            _stream.Seek(position, SeekOrigin.Begin);
            return _stream.Read(buffer, offset, count);
        }

        public void Write(int position, byte[] buffer, int offset, int count)
        {
            _stream.Seek(position, SeekOrigin.Begin);
            _stream.Write(buffer, offset, count);
        }
    }
}
