namespace Meter.SerialConsole
{
    /// <summary>Settings of one console; the defaults suit an operator at a terminal on the UART.</summary>
    public sealed class ConsoleOptions
    {
        public ConsoleOptions()
        {
            Echo = true;
            ShowPrompt = true;
            MaxLineLength = LineReader.DefaultCapacity;
            MaxWords = 8;
            IdleTimeoutMilliseconds = 5 * 60 * 1000;
        }

        /// <summary>Echo typed characters (terminals expect it; scripts usually do not).</summary>
        public bool Echo { get; set; }

        /// <summary>Print "meter&gt; " (or "meter# " when logged in) before each line.</summary>
        public bool ShowPrompt { get; set; }

        /// <summary>Line buffer size in bytes; longer lines are rejected.</summary>
        public int MaxLineLength { get; set; }

        /// <summary>Most words (command plus arguments) on one line.</summary>
        public int MaxWords { get; set; }

        /// <summary>A logged-in session without input for this long is logged out.</summary>
        public int IdleTimeoutMilliseconds { get; set; }
    }
}
