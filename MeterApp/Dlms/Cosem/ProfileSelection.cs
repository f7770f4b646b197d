using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// The rows and columns a GET of a profile's buffer asks for: everything, or the selective
    /// access of profile generic (Blue Book 4.3.6, attribute 2):
    /// <code>
    /// selector 1 range_descriptor ::= structure { restricting_object capture_object_definition,
    ///     from_value, to_value, selected_values array of capture_object_definition }
    /// selector 2 entry_descriptor ::= structure { from_entry double-long-unsigned,
    ///     to_entry double-long-unsigned, from_selected_value long-unsigned, to_selected_value long-unsigned }
    /// </code>
    /// Parsing checks every parameter: a value of the wrong shape or type is type-unmatched; a
    /// well-typed value the profile cannot honour is scope-of-access-violated (a restricting
    /// object that is not a clock column of this profile, a selected value that is no column,
    /// from_entry 0, a column range outside the columns or reversed, a bound that names no time
    /// range, see <see cref="ProfileDateTime"/>); another selector is other-reason (not supported).
    /// <para>
    /// Rows: by range, the entries whose clock column lies in [from_value, to_value], bounds
    /// included (a reversed range selects nothing); by entry, entries from_entry .. to_entry
    /// numbered from 1 = oldest, to_entry 0 or past the end meaning the newest (a reversed or
    /// past-the-end range selects nothing). Columns come out in capture_objects order; an empty
    /// selected_values, or from_selected_value 1 with to_selected_value 0, selects them all.
    /// </para>
    /// </summary>
    public sealed class ProfileSelection
    {
        /// <summary>Access selector of range_descriptor.</summary>
        public const byte RangeSelector = 1;

        /// <summary>Access selector of entry_descriptor.</summary>
        public const byte EntrySelector = 2;

        private const ushort ClockClassId = 8;
        private const sbyte ClockTimeAttribute = 2;

        private readonly int _restrictingColumn;
        private readonly long _fromTicks;
        private readonly long _toTicks;
        private readonly uint _fromEntry;
        private readonly uint _toEntry;
        private readonly int[] _columns;

        private ProfileSelection(int restrictingColumn, long fromTicks, long toTicks, uint fromEntry, uint toEntry, int[] columns)
        {
            _restrictingColumn = restrictingColumn;
            _fromTicks = fromTicks;
            _toTicks = toTicks;
            _fromEntry = fromEntry;
            _toEntry = toEntry;
            _columns = columns;
        }

        /// <summary>True for a range_descriptor: rows are chosen by <see cref="RestrictingColumn"/>.</summary>
        public bool ByRange
        {
            get { return _restrictingColumn >= 0; }
        }

        /// <summary>The clock column a range restricts on, -1 when not by range.</summary>
        public int RestrictingColumn
        {
            get { return _restrictingColumn; }
        }

        /// <summary>First UTC tick selected by range (inclusive), <see cref="ProfileDateTime.OpenStart"/> when open.</summary>
        public long FromTicks
        {
            get { return _fromTicks; }
        }

        /// <summary>Last UTC tick selected by range (inclusive), <see cref="ProfileDateTime.OpenEnd"/> when open.</summary>
        public long ToTicks
        {
            get { return _toTicks; }
        }

        /// <summary>First entry selected, numbered from 1 = oldest (1 when not by entry).</summary>
        public uint FromEntry
        {
            get { return _fromEntry; }
        }

        /// <summary>Last entry selected, 0 for the newest.</summary>
        public uint ToEntry
        {
            get { return _toEntry; }
        }

        /// <summary>Number of columns selected.</summary>
        public int ColumnCount
        {
            get { return _columns.Length; }
        }

        /// <summary>The 0-based index in capture_objects of the <paramref name="i"/>-th column selected.</summary>
        public int ColumnAt(int i)
        {
            return _columns[i];
        }

        /// <summary>Every entry, every one of <paramref name="columnCount"/> columns (a GET without selective access).</summary>
        public static ProfileSelection All(int columnCount)
        {
            return new ProfileSelection(-1, ProfileDateTime.OpenStart, ProfileDateTime.OpenEnd, 1, 0, Range(0, columnCount - 1));
        }

        /// <summary>
        /// Reads <paramref name="access"/> (null: <see cref="All"/>) against the profile's
        /// <paramref name="columns"/>. Never throws on client data.
        /// </summary>
        public static DataAccessResult Parse(SelectiveAccessDescriptor access, CaptureObjectDefinition[] columns, out ProfileSelection selection)
        {
            selection = null;
            if (access == null)
            {
                selection = All(columns.Length);
                return DataAccessResult.Success;
            }

            if (access.AccessSelector == RangeSelector)
            {
                return ParseRange(access.AccessParameters, columns, out selection);
            }

            if (access.AccessSelector == EntrySelector)
            {
                return ParseEntries(access.AccessParameters, columns.Length, out selection);
            }

            return DataAccessResult.OtherReason;
        }

        private static DataAccessResult ParseRange(DlmsData parameters, CaptureObjectDefinition[] columns, out ProfileSelection selection)
        {
            selection = null;
            if (parameters.Type != DlmsDataType.Structure || parameters.Count != 4)
            {
                return DataAccessResult.TypeUnmatched;
            }

            CaptureObjectDefinition restricting;
            DataAccessResult result = CaptureObjectDefinition.Parse(parameters[0], out restricting);
            if (result != DataAccessResult.Success)
            {
                return result;
            }

            long from;
            long to;
            result = ProfileDateTime.ParseBound(parameters[1], false, out from);
            if (result == DataAccessResult.Success)
            {
                result = ProfileDateTime.ParseBound(parameters[2], true, out to);
            }
            else
            {
                to = ProfileDateTime.OpenEnd;
            }

            if (result != DataAccessResult.Success)
            {
                return result;
            }

            DlmsData selected = parameters[3];
            if (selected.Type != DlmsDataType.Array)
            {
                return DataAccessResult.TypeUnmatched;
            }

            bool[] chosen = new bool[columns.Length];
            int chosenCount = 0;
            for (int i = 0; i < selected.Count; i++)
            {
                CaptureObjectDefinition column;
                result = CaptureObjectDefinition.Parse(selected[i], out column);
                if (result != DataAccessResult.Success)
                {
                    return result;
                }

                int index = IndexOf(columns, column);
                if (index < 0)
                {
                    return DataAccessResult.ScopeOfAccessViolated;
                }

                if (!chosen[index])
                {
                    chosen[index] = true;
                    chosenCount++;
                }
            }

            int restrictingColumn = IndexOf(columns, restricting);
            if (restrictingColumn < 0 || restricting.ClassId != ClockClassId || restricting.AttributeIndex != ClockTimeAttribute || restricting.DataIndex != 0)
            {
                return DataAccessResult.ScopeOfAccessViolated;
            }

            int[] picked = chosenCount == 0 ? Range(0, columns.Length - 1) : new int[chosenCount];
            if (chosenCount > 0)
            {
                int next = 0;
                for (int i = 0; i < chosen.Length; i++)
                {
                    if (chosen[i])
                    {
                        picked[next++] = i;
                    }
                }
            }

            selection = new ProfileSelection(restrictingColumn, from, to, 1, 0, picked);
            return DataAccessResult.Success;
        }

        private static DataAccessResult ParseEntries(DlmsData parameters, int columnCount, out ProfileSelection selection)
        {
            selection = null;
            if (parameters.Type != DlmsDataType.Structure || parameters.Count != 4
                || parameters[0].Type != DlmsDataType.DoubleLongUnsigned
                || parameters[1].Type != DlmsDataType.DoubleLongUnsigned
                || parameters[2].Type != DlmsDataType.LongUnsigned
                || parameters[3].Type != DlmsDataType.LongUnsigned)
            {
                return DataAccessResult.TypeUnmatched;
            }

            uint fromEntry = (uint)parameters[0].AsUInt64();
            uint toEntry = (uint)parameters[1].AsUInt64();
            int fromValue = (int)parameters[2].AsUInt64();
            int toValue = (int)parameters[3].AsUInt64();
            if (toValue == 0)
            {
                toValue = columnCount;
            }

            if (fromEntry == 0 || fromValue == 0 || fromValue > toValue || toValue > columnCount)
            {
                return DataAccessResult.ScopeOfAccessViolated;
            }

            selection = new ProfileSelection(-1, ProfileDateTime.OpenStart, ProfileDateTime.OpenEnd, fromEntry, toEntry, Range(fromValue - 1, toValue - 1));
            return DataAccessResult.Success;
        }

        private static int IndexOf(CaptureObjectDefinition[] columns, CaptureObjectDefinition wanted)
        {
            for (int i = 0; i < columns.Length; i++)
            {
                if (columns[i].SameAs(wanted))
                {
                    return i;
                }
            }

            return -1;
        }

        private static int[] Range(int first, int last)
        {
            int[] indexes = new int[last - first + 1];
            for (int i = 0; i < indexes.Length; i++)
            {
                indexes[i] = first + i;
            }

            return indexes;
        }
    }
}
