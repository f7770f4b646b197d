namespace Meter.Tests.Portability
{
    /// <summary>Whether one use of a library symbol is device API: the accepted doc ID and its assembly, or why not.</summary>
    public sealed class Verdict
    {
        private Verdict(bool accepted, string docId, string assembly, string what)
        {
            Accepted = accepted;
            DocId = docId;
            Assembly = assembly;
            What = what;
        }

        public bool Accepted { get; }

        public string DocId { get; }

        /// <summary>Device assembly of the accepted doc ID.</summary>
        public string Assembly { get; }

        /// <summary>Why it was rejected.</summary>
        public string What { get; }

        public static Verdict Ok(string docId, string assembly) => new Verdict(true, docId, assembly, null);

        public static Verdict Rejected(string docId, string what) => new Verdict(false, docId ?? "?", null, what);
    }
}
