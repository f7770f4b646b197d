using System;
using System.Collections;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Client
{
    /// <summary>Wrapped key records in RAM: a client's keys last as long as the process.</summary>
    internal sealed class RamKeyStorage : IKeyStorage
    {
        private readonly Hashtable _records = new Hashtable();

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

        public void Write(ushort slot, byte[] data, int offset, int count)
        {
            byte[] record = new byte[count];
            Array.Copy(data, offset, record, 0, count);
            _records[(int)slot] = record;
        }
    }
}
