using System;
using Meter.Dlms.Wrapper;

namespace Meter.Tests.Host.Dlms
{
    /// <summary>
    /// Wrapper frames (IEC 62056-47) queued back to back for one write, counting the mutated ones
    /// apart from the valid ones the fuzzer slips in to keep an association going.
    /// </summary>
    internal sealed class FuzzBatch
    {
        private byte[] _bytes = new byte[64 * 1024];

        public int Length { get; private set; }

        public int Mutated { get; private set; }

        public int Valid { get; private set; }

        public byte[] Bytes => _bytes;

        /// <summary>Writes a header from <paramref name="source"/> to <paramref name="destination"/> and the APDU; returns the frame length.</summary>
        public static int Write(byte[] buffer, int offset, int source, int destination, byte[] apdu, int apduOffset, int count)
        {
            WrapperHeader.Create(source, destination, count).Encode(buffer, offset, WrapperHeader.Size);
            Array.Copy(apdu, apduOffset, buffer, offset + WrapperHeader.Size, count);
            return WrapperHeader.Size + count;
        }

        /// <summary>Queues an APDU behind a correct header.</summary>
        public void Add(int source, int destination, byte[] apdu, int count, bool mutated)
        {
            Reserve(WrapperHeader.Size + count);
            Length += Write(_bytes, Length, source, destination, apdu, 0, count);
            Count(mutated);
        }

        /// <summary>Queues raw bytes as one frame (a frame whose header itself was mutated).</summary>
        public void AddRaw(byte[] frame, int count, bool mutated)
        {
            Reserve(count);
            Array.Copy(frame, 0, _bytes, Length, count);
            Length += count;
            Count(mutated);
        }

        public void Clear()
        {
            Length = 0;
            Mutated = 0;
            Valid = 0;
        }

        private void Count(bool mutated)
        {
            if (mutated)
            {
                Mutated++;
            }
            else
            {
                Valid++;
            }
        }

        private void Reserve(int more)
        {
            if (Length + more > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + more));
            }
        }
    }
}
