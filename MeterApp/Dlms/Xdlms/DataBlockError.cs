namespace Meter.Dlms.Xdlms
{
    /// <summary>Why <see cref="DataBlockReassembler"/> refused a block (the block was not taken).</summary>
    public enum DataBlockError
    {
        /// <summary>The block was appended.</summary>
        None = 0,

        /// <summary>
        /// The block number is not the one after the last block taken (the first block is 1): a block
        /// out of order, repeated or missing. The server answers data-block-number-invalid.
        /// </summary>
        WrongBlockNumber = 1,

        /// <summary>The joined value would exceed the maximum length.</summary>
        TooLong = 2,

        /// <summary>A block arrived after the last block.</summary>
        AfterLastBlock = 3,

        /// <summary>The block carries a data-access-result instead of raw data (the sender aborted the transfer).</summary>
        NoRawData = 4,
    }
}
