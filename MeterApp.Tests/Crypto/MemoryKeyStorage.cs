using System;
using System.Collections;
using Meter.Hal.Crypto.Keys;

namespace Meter.Tests.Crypto
{
    /// <summary>Key records in RAM, with direct access so tests can copy, move and corrupt them.</summary>
    internal sealed class MemoryKeyStorage : IKeyStorage
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

        /// <summary>The stored record itself (edits change what the store reads).</summary>
        public byte[] Raw(ushort slot)
        {
            return (byte[])_records[(int)slot];
        }

        public void Put(ushort slot, byte[] record)
        {
            _records[(int)slot] = record;
        }
    }
}
