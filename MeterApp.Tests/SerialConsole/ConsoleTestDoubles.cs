using System;
using System.Collections;
using Meter.Events;
using Meter.Hal.Entropy;
using Meter.Hal.Platform;
using Meter.SerialConsole.Authentication;
using Meter.SerialConsole;

namespace Meter.Tests.SerialConsole
{
    /// <summary>A record slot in RAM that also keeps every byte ever written (the "flash image" to scan).</summary>
    public sealed class MemoryRecordSlot : IRecordSlot
    {
        private byte[] _record;
        private readonly ArrayList _writes = new ArrayList();

        public int Read(byte[] buffer, int offset, int count)
        {
            if (_record == null)
            {
                return -1;
            }

            Array.Copy(_record, 0, buffer, offset, _record.Length < count ? _record.Length : count);
            return _record.Length;
        }

        public void Write(byte[] data, int offset, int count)
        {
            _record = new byte[count];
            Array.Copy(data, offset, _record, 0, count);
            _writes.Add(_record.Clone());
        }

        /// <summary>True when any write ever contained <paramref name="needle"/>.</summary>
        public bool EverContained(byte[] needle)
        {
            for (int w = 0; w < _writes.Count; w++)
            {
                if (Bytes.IndexOf((byte[])_writes[w], needle) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public sealed class MemoryAttemptCounter : IAttemptCounter
    {
        public long Value { get; private set; }

        public void Increment()
        {
            Value++;
        }
    }

    public sealed class RecordingEvents : IEventRecorder
    {
        public readonly ArrayList Codes = new ArrayList();
        public readonly ArrayList Details = new ArrayList();

        public void Record(ushort code, string details)
        {
            Codes.Add((int)code);
            Details.Add(details);
        }
    }

    /// <summary>A deterministic stand-in for the TRNG.</summary>
    public sealed class SeededTrng : ITrng
    {
        private readonly Random _random;

        public SeededTrng(int seed)
        {
            _random = new Random(seed);
        }

        public void GetBytes(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = (byte)_random.Next(256);
            }
        }
    }

    public sealed class FakeSystemMonitor : ISystemMonitor
    {
        public int RebootRequests { get; private set; }

        public long FreeMemoryBytes
        {
            get { return 123456; }
        }

        public long UsedMemoryBytes
        {
            get { return 654321; }
        }

        public void Reboot()
        {
            RebootRequests++;
        }
    }

    public static class Bytes
    {
        public static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                int j = 0;
                while (j < needle.Length && haystack[i + j] == needle[j])
                {
                    j++;
                }

                if (j == needle.Length)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
