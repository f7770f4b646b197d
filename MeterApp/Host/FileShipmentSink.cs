using System;
using System.IO;
using Meter.Security;

namespace Meter.Host
{
    /// <summary>
    /// The virtual meter's shipment: <see cref="FileName"/> in its data directory, where a test
    /// head-end (the `read` verb) picks up the system title and keys. Written to a temporary file
    /// that is flushed and then renamed over the old one, so a crash leaves the old file or the
    /// new one, never half of it; readable by the owner only where the file system allows it.
    /// </summary>
    public sealed class FileShipmentSink : IShipmentSink
    {
        public const string FileName = "dlms-shipment.txt";

        public FileShipmentSink(string dataDirectory)
        {
            if (dataDirectory == null)
            {
                throw new ArgumentNullException(nameof(dataDirectory));
            }

            FilePath = Path.Combine(dataDirectory, FileName);
        }

        public string FilePath { get; }

        public bool Deliver(byte[] content, int offset, int count)
        {
            string temporary = FilePath + ".tmp";
            try
            {
                // A stale temporary file from a crash would keep its own permissions: start afresh.
                File.Delete(temporary);
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using (var file = new FileStream(temporary, options))
                {
                    file.Write(content, offset, count);
                    file.Flush(true);
                }

                File.Move(temporary, FilePath, true);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
