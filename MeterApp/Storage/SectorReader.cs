namespace Meter.Storage
{
    /// <summary>
    /// Walks the records of one sector image (a whole sector read into RAM). It yields whole
    /// records, and also damaged ones: a valid (CRC-protected) header whose payload fails its CRC,
    /// with <see cref="IsWhole"/> false, so the scanner can tell a torn write from bit rot (it is
    /// skipped by its length either way). Bytes that do not start a valid header are skipped 4 at
    /// a time until a valid header appears again. Never reads outside the buffer, whatever the content.
    /// </summary>
    internal sealed class SectorReader
    {
        private readonly byte[] _buffer;
        private readonly int _sectorSize;
        private readonly int _maxPayload;
        private int _position;
        private int _lastUsed;
        private int _dataEnd;
        private bool _inBadArea;

        /// <summary>Offset of the current record within the sector.</summary>
        public int Offset;

        public ushort Key;

        public int Length;

        public uint Sequence;

        /// <summary>The current record passes its payload CRC; false for a damaged record (header valid, payload not).</summary>
        public bool IsWhole;

        /// <summary>Torn or corrupt areas skipped so far in this sector, damaged records included.</summary>
        public int BadAreas;

        /// <summary>Whole records found so far in this sector.</summary>
        public int WholeRecords;

        public SectorReader(byte[] buffer, int sectorSize, int maxPayload)
        {
            _buffer = buffer;
            _sectorSize = sectorSize;
            _maxPayload = maxPayload;
        }

        /// <summary>Restarts the walk over the sector image now in the buffer.</summary>
        public void Begin()
        {
            int last = _sectorSize - 1;
            while (last >= SectorFormat.HeaderSize && _buffer[last] == 0xFF)
            {
                last--;
            }

            _lastUsed = last;
            _position = SectorFormat.HeaderSize;
            _dataEnd = SectorFormat.HeaderSize;
            _inBadArea = false;
            BadAreas = 0;
            WholeRecords = 0;
        }

        /// <summary>Advances to the next record with a valid header, whole or damaged; false at the end of the written area.</summary>
        public bool MoveNext()
        {
            while (_position <= _lastUsed && _position + RecordFormat.HeaderSize <= _sectorSize)
            {
                int p = _position;
                if (RecordFormat.IsHeaderValid(_buffer, p))
                {
                    int length = RecordFormat.ReadLength(_buffer, p);
                    int size = RecordFormat.AlignedSize(length);
                    if (length <= _maxPayload && size <= _sectorSize - p)
                    {
                        _position = p + size;
                        _dataEnd = _position;
                        _inBadArea = false;
                        Offset = p;
                        Key = RecordFormat.ReadKey(_buffer, p);
                        Length = length;
                        Sequence = RecordFormat.ReadSequence(_buffer, p);
                        IsWhole = RecordFormat.IsPayloadValid(_buffer, p, _buffer, p + RecordFormat.HeaderSize, length);
                        if (IsWhole)
                        {
                            WholeRecords++;
                        }
                        else
                        {
                            BadAreas++;
                        }

                        return true;
                    }
                }

                if (!_inBadArea)
                {
                    BadAreas++;
                    _inBadArea = true;
                }

                _position = p + RecordFormat.Alignment;
            }

            return false;
        }

        /// <summary>
        /// Where the next record may go once the walk has ended: past every record and past every
        /// programmed byte, so a new record never lands on a torn or dirty area.
        /// </summary>
        public int WriteOffset
        {
            get
            {
                int used = RecordFormat.Align(_lastUsed + 1);
                return used > _dataEnd ? used : _dataEnd;
            }
        }
    }
}
