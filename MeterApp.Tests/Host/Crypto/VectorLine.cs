namespace Meter.Tests.Crypto
{
    /// <summary>Splits the '|'-separated cases of the generated vector tables (Vectors/*.cs).</summary>
    public static class VectorLine
    {
        private static readonly char[] Separator = { '|' };

        public static string[] Fields(string line)
        {
            return line.Split(Separator);
        }
    }
}
