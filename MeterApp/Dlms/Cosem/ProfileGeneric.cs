using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Profile generic, interface class 7 version 1 (Blue Book 4.3.6): a buffer of captured rows
    /// over an <see cref="IProfileBuffer"/>.
    /// <code>
    /// 1 logical_name      octet-string
    /// 2 buffer            array of structure (one per entry, oldest first; selective access 1 and 2)
    /// 3 capture_objects   array of capture_object_definition
    /// 4 capture_period    double-long-unsigned, seconds (0: captured by events only)
    /// 5 sort_method       enum, 1 fifo
    /// 6 sort_object       capture_object_definition (unused with fifo: class 0, name 0.0.0.0.0.0)
    /// 7 entries_in_use    double-long-unsigned
    /// 8 profile_entries   double-long-unsigned
    /// method 1 reset (integer(0)), method 2 capture (integer(0))
    /// </code>
    /// Every attribute is read-only here (SET is read-write-denied): the capture objects and
    /// period are fixed by the meter's configuration.
    /// <para>
    /// A reply carries at most <see cref="MaxRowsPerReply"/> rows, the oldest of the selection:
    /// the rows are built as one DlmsData array before the server encodes (and blocks) it, so
    /// the bound caps the memory one GET can take on the device (about 0.5 KB per load-profile
    /// row). A client that receives exactly that many rows asks again from the last one it got
    /// (entry_descriptor from_entry + rows, or a range from the last clock value).
    /// </para>
    /// A range on a chronological buffer (<see cref="IProfileBuffer.IsChronological"/>) reads
    /// about log2(entries) rows to find its start and stops at the first row past its end;
    /// otherwise every entry is read in chunks of 16 rows.
    /// Thread-safe when its buffer is; holds no state of its own besides the configuration.
    /// </summary>
    public sealed class ProfileGeneric : ICosemObject
    {
        /// <summary>Interface class id of profile generic.</summary>
        public const ushort ProfileGenericClassId = 7;

        /// <summary>The class version implemented.</summary>
        public const byte ProfileGenericVersion = 1;

        /// <summary>Default bound on the rows of one reply: one day of 15-minute entries.</summary>
        public const int DefaultMaxRowsPerReply = 96;

        /// <summary>sort_method fifo (1): entries in capture order, the oldest evicted first.</summary>
        public const byte SortMethodFifo = 1;

        private const int AttributeCountValue = 8;
        private const int MethodCountValue = 2;
        private const int CaptureMethod = 2;

        // Entries read from the buffer at a time while scanning a range.
        private const int ScanChunk = 16;

        private readonly byte[] _logicalName;
        private readonly CaptureObjectDefinition[] _columns;
        private readonly uint _capturePeriod;
        private readonly IProfileBuffer _buffer;
        private readonly int _maxRows;

        /// <summary>A profile with the default row bound.</summary>
        public ProfileGeneric(byte[] logicalName, CaptureObjectDefinition[] captureObjects, uint capturePeriodSeconds, IProfileBuffer buffer)
            : this(logicalName, captureObjects, capturePeriodSeconds, buffer, DefaultMaxRowsPerReply)
        {
        }

        /// <summary>
        /// A profile whose <paramref name="buffer"/> rows hold the values of
        /// <paramref name="captureObjects"/> in that order; at most <paramref name="maxRowsPerReply"/> rows per GET.
        /// </summary>
        public ProfileGeneric(byte[] logicalName, CaptureObjectDefinition[] captureObjects, uint capturePeriodSeconds, IProfileBuffer buffer, int maxRowsPerReply)
        {
            if (logicalName == null || logicalName.Length != CaptureObjectDefinition.LogicalNameLength)
            {
                throw new ArgumentException("a logical name has 6 bytes", "logicalName");
            }

            if (captureObjects == null || captureObjects.Length == 0)
            {
                throw new ArgumentException("a profile captures at least one column", "captureObjects");
            }

            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (maxRowsPerReply < 1)
            {
                throw new ArgumentOutOfRangeException("maxRowsPerReply");
            }

            _logicalName = new byte[logicalName.Length];
            Array.Copy(logicalName, _logicalName, logicalName.Length);
            _columns = new CaptureObjectDefinition[captureObjects.Length];
            for (int i = 0; i < captureObjects.Length; i++)
            {
                if (captureObjects[i] == null)
                {
                    throw new ArgumentNullException("captureObjects");
                }

                _columns[i] = captureObjects[i];
            }

            _capturePeriod = capturePeriodSeconds;
            _buffer = buffer;
            _maxRows = maxRowsPerReply;
        }

        /// <inheritdoc />
        public ushort ClassId
        {
            get { return ProfileGenericClassId; }
        }

        /// <inheritdoc />
        public byte Version
        {
            get { return ProfileGenericVersion; }
        }

        /// <inheritdoc />
        public byte[] LogicalName
        {
            get { return _logicalName; }
        }

        /// <inheritdoc />
        public int AttributeCount
        {
            get { return AttributeCountValue; }
        }

        /// <inheritdoc />
        public int MethodCount
        {
            get { return MethodCountValue; }
        }

        /// <summary>capture_period in seconds.</summary>
        public uint CapturePeriod
        {
            get { return _capturePeriod; }
        }

        /// <summary>The most rows one GET of the buffer returns.</summary>
        public int MaxRowsPerReply
        {
            get { return _maxRows; }
        }

        /// <inheritdoc />
        public DataAccessResult Get(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, out DlmsData value)
        {
            value = null;
            if (attribute < 1 || attribute > AttributeCountValue)
            {
                return DataAccessResult.ObjectUndefined;
            }

            if (access != null && attribute != 2)
            {
                return DataAccessResult.ScopeOfAccessViolated;
            }

            switch (attribute)
            {
                case 1:
                    value = DlmsData.OctetString(_logicalName);
                    return DataAccessResult.Success;
                case 2:
                    return ReadBuffer(access, out value);
                case 3:
                    value = CaptureObjectsData();
                    return DataAccessResult.Success;
                case 4:
                    value = DlmsData.DoubleLongUnsigned(_capturePeriod);
                    return DataAccessResult.Success;
                case 5:
                    value = DlmsData.Enum(SortMethodFifo);
                    return DataAccessResult.Success;
                case 6:
                    value = new CaptureObjectDefinition(0, new byte[CaptureObjectDefinition.LogicalNameLength], 0, 0).ToData();
                    return DataAccessResult.Success;
                case 7:
                    value = DlmsData.DoubleLongUnsigned((uint)_buffer.EntriesInUse);
                    return DataAccessResult.Success;
                default:
                    value = DlmsData.DoubleLongUnsigned((uint)_buffer.Capacity);
                    return DataAccessResult.Success;
            }
        }

        /// <inheritdoc />
        public DataAccessResult Set(CosemRequestContext context, int attribute, SelectiveAccessDescriptor access, DlmsData value)
        {
            return attribute < 1 || attribute > AttributeCountValue ? DataAccessResult.ObjectUndefined : DataAccessResult.ReadWriteDenied;
        }

        /// <summary>
        /// reset (1) empties the buffer, capture (2) adds an entry now. The parameter is
        /// integer(0) (absent or null-data accepted): another type is type-unmatched, another
        /// value scope-of-access-violated. capture on a buffer filled by events only is
        /// read-write-denied; a buffer that cannot store the change gives temporary-failure.
        /// </summary>
        public ActionResult Invoke(CosemRequestContext context, int method, DlmsData parameters, out DlmsData returned)
        {
            returned = null;
            if (method < 1 || method > MethodCountValue)
            {
                return ActionResult.ObjectUndefined;
            }

            if (parameters != null && !parameters.IsNull)
            {
                if (parameters.Type != DlmsDataType.Integer)
                {
                    return ActionResult.TypeUnmatched;
                }

                if (parameters.AsInt64() != 0)
                {
                    return ActionResult.ScopeOfAccessViolated;
                }
            }

            if (method == CaptureMethod)
            {
                if (!_buffer.CanCaptureOnRequest)
                {
                    return ActionResult.ReadWriteDenied;
                }

                return _buffer.Capture() ? ActionResult.Success : ActionResult.TemporaryFailure;
            }

            return _buffer.Clear() ? ActionResult.Success : ActionResult.TemporaryFailure;
        }

        private DlmsData CaptureObjectsData()
        {
            DlmsData[] items = new DlmsData[_columns.Length];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = _columns[i].ToData();
            }

            return DlmsData.Array(items);
        }

        private DataAccessResult ReadBuffer(SelectiveAccessDescriptor access, out DlmsData value)
        {
            value = null;
            ProfileSelection selection;
            DataAccessResult result = ProfileSelection.Parse(access, _columns, out selection);
            if (result != DataAccessResult.Success)
            {
                return result;
            }

            DlmsData[] rows = new DlmsData[_maxRows];
            int count = selection.ByRange ? SelectByRange(selection, rows) : SelectByEntry(selection, rows);
            DlmsData[] exact = new DlmsData[count];
            Array.Copy(rows, exact, count);
            value = DlmsData.Array(exact);
            return DataAccessResult.Success;
        }

        private int SelectByEntry(ProfileSelection selection, DlmsData[] rows)
        {
            long inUse = _buffer.EntriesInUse;
            long first = (long)selection.FromEntry - 1;
            long last = selection.ToEntry == 0 || selection.ToEntry > inUse ? inUse - 1 : (long)selection.ToEntry - 1;
            if (first > last)
            {
                return 0;
            }

            if (last - first + 1 > rows.Length)
            {
                last = first + rows.Length - 1;
            }

            int wanted = (int)(last - first + 1);
            DlmsData[][] read = new DlmsData[wanted][];
            int got = _buffer.Read((int)first, wanted, read);
            for (int i = 0; i < got; i++)
            {
                rows[i] = Project(selection, read[i]);
            }

            return got;
        }

        // Scans from the first entry that can match; a chronological buffer is entered by
        // bisection and left at the first entry past to_value.
        private int SelectByRange(ProfileSelection selection, DlmsData[] rows)
        {
            int inUse = _buffer.EntriesInUse;
            int column = selection.RestrictingColumn;
            bool chronological = _buffer.IsChronological;
            int start = chronological ? FirstAtOrAfter(selection.FromTicks, column, inUse) : 0;
            DlmsData[][] chunk = new DlmsData[ScanChunk][];
            int count = 0;
            for (int first = start; first < inUse && count < rows.Length; first += ScanChunk)
            {
                int got = _buffer.Read(first, inUse - first < ScanChunk ? inUse - first : ScanChunk, chunk);
                for (int i = 0; i < got && count < rows.Length; i++)
                {
                    long ticks;
                    if (!ClockOf(chunk[i], column, out ticks))
                    {
                        continue;
                    }

                    if (ticks > selection.ToTicks && chronological)
                    {
                        return count;
                    }

                    if (ticks >= selection.FromTicks && ticks <= selection.ToTicks)
                    {
                        rows[count++] = Project(selection, chunk[i]);
                    }
                }
            }

            return count;
        }

        // The first entry whose clock is at or after from in a chronological buffer; 0 (scan
        // everything) when from is open or a probed entry cannot be read.
        private int FirstAtOrAfter(long from, int column, int inUse)
        {
            if (from == ProfileDateTime.OpenStart)
            {
                return 0;
            }

            DlmsData[][] probe = new DlmsData[1][];
            int low = 0;
            int high = inUse;
            while (low < high)
            {
                int middle = low + ((high - low) / 2);
                long ticks;
                if (_buffer.Read(middle, 1, probe) != 1 || !ClockOf(probe[0], column, out ticks))
                {
                    return 0;
                }

                if (ticks < from)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private static bool ClockOf(DlmsData[] row, int column, out long ticks)
        {
            return ProfileDateTime.ParseBound(row[column], false, out ticks) == DataAccessResult.Success && ticks != ProfileDateTime.OpenStart;
        }

        private static DlmsData Project(ProfileSelection selection, DlmsData[] row)
        {
            DlmsData[] values = new DlmsData[selection.ColumnCount];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = row[selection.ColumnAt(i)];
            }

            return DlmsData.Structure(values);
        }
    }
}
