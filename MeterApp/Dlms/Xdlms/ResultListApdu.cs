namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// The SET "with list" responses (Green Book ed. 9, 9.5): after the header, result SEQUENCE OF
    /// Data-Access-Result, one per attribute in request order, then what the type adds. The count is
    /// bounded by <see cref="XdlmsLimits.MaxListItems"/> and by the bytes left before anything is allocated. Immutable.
    /// </summary>
    public abstract class ResultListApdu : XdlmsServiceApdu
    {
        private readonly DataAccessResult[] _results;

        /// <summary><paramref name="results"/> is copied.</summary>
        internal ResultListApdu(byte tag, byte choice, byte invokeIdAndPriority, DataAccessResult[] results)
            : base(tag, choice, invokeIdAndPriority)
        {
            _results = DataAccessResultList.Copy(results);
        }

        /// <summary>The number of results.</summary>
        public int Count
        {
            get { return _results.Length; }
        }

        /// <summary>Result <paramref name="index"/>.</summary>
        public DataAccessResult ResultAt(int index)
        {
            return _results[index];
        }

        internal int ListSize
        {
            get { return DataAccessResultList.Size(_results); }
        }

        internal int WriteList(byte[] buffer, int position)
        {
            return DataAccessResultList.Write(_results, buffer, position);
        }
    }
}
