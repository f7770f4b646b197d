namespace Meter.Hal.Crypto.SelfTest
{
    /// <summary>The outcome of one self-test run: one row per known-answer test.</summary>
    public sealed class SelfTestReport
    {
        private readonly string[] _names;
        private readonly string[] _providers;
        private readonly bool[] _passed;

        internal SelfTestReport(int count)
        {
            _names = new string[count];
            _providers = new string[count];
            _passed = new bool[count];
        }

        public int Count
        {
            get { return _names.Length; }
        }

        /// <summary>True when every row passed.</summary>
        public bool AllPassed
        {
            get { return FirstFailure == null; }
        }

        /// <summary>The name of the first failed row, or null.</summary>
        public string FirstFailure
        {
            get
            {
                for (int i = 0; i < _passed.Length; i++)
                {
                    if (!_passed[i])
                    {
                        return _names[i] + " (" + _providers[i] + ")";
                    }
                }

                return null;
            }
        }

        public string NameAt(int index)
        {
            return _names[index];
        }

        /// <summary>The provider that ran the row.</summary>
        public string ProviderAt(int index)
        {
            return _providers[index];
        }

        public bool PassedAt(int index)
        {
            return _passed[index];
        }

        internal void Set(int index, string name, string provider, bool passed)
        {
            _names[index] = name;
            _providers[index] = provider;
            _passed[index] = passed;
        }
    }
}
