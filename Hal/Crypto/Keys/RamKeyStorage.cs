using System;
using System.Collections;

namespace Meter.Hal.Crypto.Keys
{
    /// <summary>
    /// Wrapped key records in RAM: they last as long as the process (a DLMS client's keys, a test's
    /// chip). Each record is copied in and out, so callers never share its bytes.
    /// </summary>
    public sealed class RamKeyStorage : IKeyStorage
    {
        private readonly Hashtable _records = new Hashtable();

        /// <inheritdoc/>
        public int Read(ushort slot, byte[] buffer, int offset)
        {
            byte[] record = (byte[])_records[(int)slot];
            if (record == null)
            {
                return -1;
            }

            Array.Copy(record, 0, buffer, offset, record.Length);
            return record.Length;
        }

        /// <inheritdoc/>
        public void Write(ushort slot, byte[] data, int offset, int count)
        {
            byte[] record = new byte[count];
            Array.Copy(data, offset, record, 0, count);
            _records[(int)slot] = record;
        }
    }
}
