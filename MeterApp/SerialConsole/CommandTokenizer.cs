namespace Meter.SerialConsole
{
    /// <summary>Splits a console line into words separated by one or more spaces.</summary>
    public static class CommandTokenizer
    {
        private static readonly string[] NoWords = new string[0];

        /// <summary>
        /// The words of <paramref name="line"/>, or null when there are more than
        /// <paramref name="maxWords"/> (the caller reports that as one error).
        /// </summary>
        public static string[] Split(string line, int maxWords)
        {
            int count = 0;
            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                if (i == line.Length)
                {
                    break;
                }

                count++;
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }
            }

            if (count > maxWords)
            {
                return null;
            }

            if (count == 0)
            {
                return NoWords;
            }

            string[] words = new string[count];
            int w = 0;
            i = 0;
            while (w < count)
            {
                while (line[i] == ' ')
                {
                    i++;
                }

                int start = i;
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }

                words[w++] = line.Substring(start, i - start);
            }

            return words;
        }
    }
}
