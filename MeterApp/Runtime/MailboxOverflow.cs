namespace Meter.Runtime
{
    /// <summary>What a full mailbox does with one more message. Either way the sender never blocks.</summary>
    public enum MailboxOverflow
    {
        /// <summary>
        /// The new message is refused: Post returns false and the drop is counted. For requests,
        /// where the sender must learn that it was not served (and can answer "busy").
        /// </summary>
        RejectNewest = 0,

        /// <summary>
        /// The oldest queued message is discarded to make room and the drop is counted. For
        /// state updates, where only the latest value matters (readings, input changes).
        /// </summary>
        DropOldest = 1,
    }
}
