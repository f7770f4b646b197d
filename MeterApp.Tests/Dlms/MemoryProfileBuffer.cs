using System;
using System.Collections;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// An <see cref="IProfileBuffer"/> in RAM for the profile generic tests: rows of
    /// {clock octet-string(12), unsigned status, double-long-unsigned value}, one every 15
    /// minutes from <see cref="Start"/>, value = entry number (1 = oldest).
    /// </summary>
    public sealed class MemoryProfileBuffer : IProfileBuffer
    {
        public static readonly DateTime Start = new DateTime(2026, 3, 1, 0, 15, 0);

        private readonly ArrayList _rows = new ArrayList();
        private readonly int _capacity;

        public MemoryProfileBuffer(int entries, int capacity)
        {
            _capacity = capacity;
            for (int i = 0; i < entries; i++)
            {
                Add(Start.AddMinutes(15 * i), (uint)(i + 1));
            }
        }

        public static CaptureObjectDefinition[] Columns
        {
            get
            {
                return new CaptureObjectDefinition[]
                {
                    new CaptureObjectDefinition(8, new byte[] { 0, 0, 1, 0, 0, 255 }, 2, 0),
                    new CaptureObjectDefinition(1, new byte[] { 0, 0, 96, 10, 1, 255 }, 2, 0),
                    new CaptureObjectDefinition(3, new byte[] { 1, 0, 1, 8, 0, 255 }, 2, 0),
                };
            }
        }

        public int Captures { get; private set; }

        public int Clears { get; private set; }

        public bool AllowCapture { get; set; }

        public bool FailWrites { get; set; }

        public bool IsChronological { get; set; }

        /// <summary>Rows handed out by <see cref="Read"/> so far.</summary>
        public int RowsRead { get; private set; }

        public int EntriesInUse
        {
            get { return _rows.Count; }
        }

        public int Capacity
        {
            get { return _capacity; }
        }

        public bool CanCaptureOnRequest
        {
            get { return AllowCapture; }
        }

        public void Add(DateTime utc, uint value)
        {
            _rows.Add(new DlmsData[] { ProfileDateTime.ToOctetString(utc), DlmsData.Unsigned(0), DlmsData.DoubleLongUnsigned(value) });
        }

        public int Read(int first, int count, DlmsData[][] rows)
        {
            int read = 0;
            for (int i = first; i < _rows.Count && read < count; i++)
            {
                rows[read++] = (DlmsData[])_rows[i];
            }

            RowsRead += read;
            return read;
        }

        public bool Capture()
        {
            if (FailWrites)
            {
                return false;
            }

            Captures++;
            return true;
        }

        public bool Clear()
        {
            if (FailWrites)
            {
                return false;
            }

            Clears++;
            _rows.Clear();
            return true;
        }
    }
}
