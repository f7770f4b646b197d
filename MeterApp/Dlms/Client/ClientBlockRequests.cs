using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// Sends a SET value or ACTION parameters in blocks (Green Book ed. 9, 9.3 "transferring long
    /// application data in blocks", 9.3.6 and 9.3.7): the encoded value is cut by
    /// <see cref="DataBlockSplitter"/> into blocks that fit the server's max-receive-pdu-size after
    /// ciphering, and each block but the last must be acknowledged with its own number
    /// (Set-Response-Datablock, Action-Response-Next-Pblock) before the next one goes out.
    /// </summary>
    internal static class ClientBlockRequests
    {
        /// <summary>
        /// The blocks of value[0 .. length) for a request whose first form, carrying an empty block,
        /// takes <paramref name="emptyFirstRequestSize"/> bytes (the largest fixed part: every block is
        /// sized to fit it). Throws when <paramref name="service"/> was not negotiated or no block fits.
        /// </summary>
        internal static DataBlockSplitter Split(ClientServices services, byte[] value, int emptyFirstRequestSize, Conformance service, string name)
        {
            int limit = services.MaxPlainRequestSize;
            if ((services.Negotiated & service) != service)
            {
                throw new DlmsClientException("the " + name + " request takes more than the " + limit.ToString() + " bytes the server receives, and the server did not grant block transfer with " + name);
            }

            // The empty block's one-byte raw-data length is counted again by RawDataCapacity.
            int space = limit - (emptyFirstRequestSize - 1);
            if (space < 2)
            {
                throw new DlmsClientException("no " + name + " block fits the " + limit.ToString() + " bytes the server receives");
            }

            return new DataBlockSplitter(value, 0, value.Length, DataBlockSplitter.RawDataCapacity(space));
        }

        /// <summary>An empty first block (to size a first request's fixed part).</summary>
        internal static DataBlockSa EmptyFirstBlock()
        {
            return new DataBlockSa(false, 1, new byte[0], 0, 0);
        }

        /// <summary>The A-XDR encoding of <paramref name="value"/> in a new array.</summary>
        internal static byte[] Encode(DlmsData value)
        {
            byte[] encoded = new byte[AxdrEncoder.Size(value)];
            AxdrEncoder.Encode(value, encoded, 0, encoded.Length);
            return encoded;
        }

        /// <summary>
        /// Given the answer to block 1, sends blocks 2 .. last as Set-Request-With-Datablock
        /// (<paramref name="set"/>) or Action-Request-With-Pblock, each after the acknowledgement of the
        /// one before; returns the answer to the last block, or the first answer that is not an
        /// acknowledgement (the server ended the transfer early: its result says why).
        /// </summary>
        internal static object SendRest(ClientServices services, DataBlockSplitter blocks, byte invokeId, object response, bool set)
        {
            for (uint sent = 1; sent < blocks.BlockCount; sent++)
            {
                long acknowledged = Acknowledged(response, set);
                if (acknowledged < 0)
                {
                    return response;
                }

                if (acknowledged != sent)
                {
                    throw new DlmsClientException("the server acknowledged block " + acknowledged.ToString() + " after block " + sent.ToString() + " was sent");
                }

                DataBlockSa next = blocks.BlockAt(sent + 1);
                int length = set
                    ? new SetRequestWithDataBlock(invokeId, next).Encode(services.Request, 0, services.Request.Length)
                    : new ActionRequestWithPBlock(invokeId, next).Encode(services.Request, 0, services.Request.Length);
                response = services.Call(length, invokeId);
            }

            return response;
        }

        // The block number an acknowledgement carries; -1 for any other answer.
        private static long Acknowledged(object response, bool set)
        {
            if (set)
            {
                SetResponseDataBlock block = response as SetResponseDataBlock;
                return block == null ? -1 : block.BlockNumber;
            }

            ActionResponseNextPBlock next = response as ActionResponseNextPBlock;
            return next == null ? -1 : next.BlockNumber;
        }
    }
}
