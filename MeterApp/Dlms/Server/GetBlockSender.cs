using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>
    /// A long GET answered in Get-Response-With-Datablock blocks (Green Book ed. 9, 9.3.5 "GET service
    /// with block transfer"): the raw data is the encoded result (a Data value, or the SEQUENCE OF
    /// Get-Data-Result of a with-list); the client asks for the next block with Get-Request-Next. A
    /// request without a transfer gets no-long-get-in-progress, a wrong number
    /// data-block-number-invalid (both with last-block set).
    /// </summary>
    internal sealed class GetBlockSender : ResponseBlockSender
    {
        /// <summary>Bytes of a datablock response around its raw data: C4 02 id, last, number (4), choice, length (up to 3).</summary>
        public const int BlockOverhead = 3 + 1 + 4 + 1 + 3;

        /// <summary>A sender for encoded results of at most <paramref name="maxLength"/> bytes.</summary>
        public GetBlockSender(int maxLength)
            : base(maxLength, BlockOverhead)
        {
        }

        /// <summary>Takes the encoding of <paramref name="value"/>; false when it exceeds the configured maximum.</summary>
        public bool Start(DlmsData value)
        {
            int size = AxdrEncoder.Size(value);
            byte[] data = Reserve(size);
            return data != null && Begin(AxdrEncoder.Encode(value, data, 0, size));
        }

        /// <summary>Takes the encoding of a with-list result (count, then each Get-Data-Result); false when too large.</summary>
        public bool Start(GetDataResult[] results)
        {
            int size = AxdrLength.Size(results.Length);
            for (int i = 0; i < results.Length; i++)
            {
                size += results[i].Size;
            }

            byte[] data = Reserve(size);
            if (data == null)
            {
                return false;
            }

            int position = AxdrLength.Write(data, 0, size, results.Length);
            for (int i = 0; i < results.Length; i++)
            {
                position += results[i].Encode(data, position, size - position);
            }

            return Begin(position);
        }

        /// <summary>Answers Get-Request-Next.</summary>
        public int Next(GetRequestNext request, byte[] output, int offset, int limit)
        {
            return Next(request.InvokeIdAndPriority, request.BlockNumber, output, offset, limit);
        }

        protected override int EncodeBlock(byte invokeIdAndPriority, bool last, uint blockNumber, byte[] data, int start, int size, byte[] output, int offset, int limit)
        {
            return GetResponseWithDataBlock.WithRawData(invokeIdAndPriority, last, blockNumber, data, start, size).Encode(output, offset, limit);
        }

        protected override int EncodeNoTransfer(byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit)
        {
            return GetResponseWithDataBlock.WithError(invokeIdAndPriority, true, blockNumber, DataAccessResult.NoLongGetInProgress).Encode(output, offset, limit);
        }

        protected override int EncodeWrongBlock(byte invokeIdAndPriority, uint blockNumber, byte[] output, int offset, int limit)
        {
            return GetResponseWithDataBlock.WithError(invokeIdAndPriority, true, blockNumber, DataAccessResult.DataBlockNumberInvalid).Encode(output, offset, limit);
        }
    }
}
