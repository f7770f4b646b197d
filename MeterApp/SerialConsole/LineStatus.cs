namespace Meter.SerialConsole
{
    /// <summary>What <see cref="LineReader.Feed"/> made of one input byte.</summary>
    public enum LineStatus
    {
        /// <summary>The line is not finished yet.</summary>
        Pending = 0,

        /// <summary>A valid line ended; read it from <see cref="LineReader.Line"/>.</summary>
        Complete = 1,

        /// <summary>A line longer than the buffer ended; its content was discarded.</summary>
        TooLong = 2,

        /// <summary>A line with control or non-ASCII bytes ended; its content was discarded.</summary>
        Invalid = 3,
    }
}
