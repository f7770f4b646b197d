using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// The request/response core of an established association's xDLMS services (Green Book ed. 9,
    /// 9.3.5 to 9.3.7) and its GET service: normal and with-list, each also when the answer comes in
    /// data blocks (Get-Request-Next until the last block, reassembled within a bound). SET and
    /// ACTION (<see cref="ClientSetService"/>, <see cref="ClientActionService"/>) call through it.
    /// Each request gets the next invoke-id; the response must echo it.
    /// </summary>
    internal sealed class ClientServices
    {
        private readonly ApduChannel _channel;
        private readonly AxdrDecoder _data = new AxdrDecoder();
        private readonly XdlmsApduDecoder _decoder;
        private readonly byte[] _request;
        private int _invokeId = -1;

        internal ClientServices(ApduChannel channel, int maxApduSize, int maxValueSize)
        {
            _channel = channel;
            _decoder = new XdlmsApduDecoder(_data);
            _request = new byte[maxApduSize];
            MaxValueSize = maxValueSize;
        }

        /// <summary>The most bytes a value reassembled from data blocks may take.</summary>
        internal int MaxValueSize { get; set; }

        /// <summary>The conformance the server granted (set when the association opens).</summary>
        internal Conformance Negotiated { get; set; }

        /// <summary>The request buffer: requests are encoded here from 0, then passed to <see cref="Call"/>.</summary>
        internal byte[] Request
        {
            get { return _request; }
        }

        /// <summary>The largest plain request the server receives (its max-receive-pdu-size, less the ciphering overhead).</summary>
        internal int MaxPlainRequestSize
        {
            get { return _channel.MaxPlainRequestSize < _request.Length ? _channel.MaxPlainRequestSize : _request.Length; }
        }

        /// <summary>The decoder of Data values reassembled from blocks.</summary>
        internal AxdrDecoder Data
        {
            get { return _data; }
        }

        internal GetDataResult Get(CosemAttributeDescriptor attribute, SelectiveAccessDescriptor access)
        {
            byte invokeId = NextInvokeId();
            object response = Call(new GetRequestNormal(invokeId, attribute, access).Encode(_request, 0, _request.Length), invokeId);
            GetResponseNormal normal = response as GetResponseNormal;
            if (normal != null)
            {
                return normal.Result;
            }

            DataAccessResult error;
            DataBlockBuffer raw = ReadBlocks(FirstBlock(response), invokeId, out error);
            if (raw == null)
            {
                return GetDataResult.FromError(error);
            }

            DlmsData value;
            int consumed;
            if (_data.Decode(raw.Data, 0, raw.Length, out value, out consumed) != AxdrResult.Ok || consumed != raw.Length)
            {
                throw new DlmsClientException("the value reassembled from " + raw.LastBlock.ToString() + " data blocks is not one A-XDR Data");
            }

            return GetDataResult.FromData(value);
        }

        internal GetDataResult[] GetWithList(CosemAttributeDescriptor[] attributes)
        {
            byte invokeId = NextInvokeId();
            object response = Call(new GetRequestWithList(invokeId, attributes, null).Encode(_request, 0, _request.Length), invokeId);
            GetResponseWithList list = response as GetResponseWithList;
            if (list == null)
            {
                DataAccessResult error;
                DataBlockBuffer raw = ReadBlocks(FirstBlock(response), invokeId, out error);
                if (raw == null)
                {
                    GetDataResult[] failed = new GetDataResult[attributes.Length];
                    for (int i = 0; i < failed.Length; i++)
                    {
                        failed[i] = GetDataResult.FromError(error);
                    }

                    return failed;
                }

                list = ListFromBlocks(raw, invokeId);
            }

            if (list.Count != attributes.Length)
            {
                throw new DlmsClientException("asked for " + attributes.Length.ToString() + " attributes, got " + list.Count.ToString() + " results");
            }

            GetDataResult[] results = new GetDataResult[list.Count];
            for (int i = 0; i < results.Length; i++)
            {
                results[i] = list.ResultAt(i);
            }

            return results;
        }

        // Get-Request-Next after each block until the last one (Green Book ed. 9, 9.3.5); null with the error of a block that carries one.
        private DataBlockBuffer ReadBlocks(GetResponseWithDataBlock block, byte invokeId, out DataAccessResult error)
        {
            DataBlockBuffer buffer = new DataBlockBuffer(MaxValueSize);
            while (true)
            {
                if (!block.HasRawData)
                {
                    error = block.AccessResult;
                    return null;
                }

                buffer.Append(block);
                if (block.LastBlock)
                {
                    error = DataAccessResult.Success;
                    return buffer;
                }

                object response = Call(new GetRequestNext(invokeId, buffer.LastBlock).Encode(_request, 0, _request.Length), invokeId);
                block = response as GetResponseWithDataBlock;
                if (block == null)
                {
                    throw Unexpected(response, "get-response-with-datablock");
                }
            }
        }

        // A with-list answer in blocks carries its SEQUENCE OF Get-Data-Result as raw data: decoded as the with-list response it would have been.
        private GetResponseWithList ListFromBlocks(DataBlockBuffer raw, byte invokeId)
        {
            byte[] apdu = new byte[3 + raw.Length];
            apdu[0] = XdlmsTag.GetResponse;
            apdu[1] = XdlmsTag.GetWithList;
            apdu[2] = invokeId;
            System.Array.Copy(raw.Data, 0, apdu, 3, raw.Length);
            GetResponseWithList list;
            if (GetResponseWithList.Decode(apdu, 0, apdu.Length, _data, out list) != XdlmsResult.Ok)
            {
                throw new DlmsClientException("the results reassembled from " + raw.LastBlock.ToString() + " data blocks are not a list of Get-Data-Result");
            }

            return list;
        }

        /// <summary>Sends the request in Request[0 .. length) and returns the decoded response, which must answer <paramref name="invokeId"/>.</summary>
        internal object Call(int length, byte invokeId)
        {
            if (length <= 0)
            {
                throw new DlmsClientException("the request does not fit the " + _request.Length.ToString() + "-byte APDU buffer");
            }

            int count = _channel.Exchange(_request, 0, length);
            byte[] response = _channel.Response;
            if (response[0] == ConfirmedServiceError.Tag)
            {
                ConfirmedServiceError error = new ConfirmedServiceError();
                string detail = error.Decode(response, 0, count) == XdlmsError.None
                    ? "service " + error.Service.ToString() + ", error " + error.ErrorKind.ToString() + "/" + error.Value.ToString() : "undecodable";
                throw new DlmsClientException("confirmed-service-error: " + detail);
            }

            XdlmsParseResult parsed = _decoder.Decode(response, 0, count);
            if (!parsed.IsOk)
            {
                throw new DlmsClientException("undecodable response (tag 0x" + response[0].ToString("X2") + ", " + ReasonOf(parsed.Result) + ")");
            }

            ExceptionResponse exception = parsed.Apdu as ExceptionResponse;
            if (exception != null)
            {
                throw new DlmsClientException(ResultText.Of(exception));
            }

            if (!parsed.HasInvokeId || InvokeIdAndPriority.InvokeId(parsed.InvokeIdAndPriority) != InvokeIdAndPriority.InvokeId(invokeId))
            {
                throw new DlmsClientException("the response answers another request (invoke-id " + InvokeIdAndPriority.InvokeId(parsed.InvokeIdAndPriority).ToString() + ")");
            }

            return parsed.Apdu;
        }

        private static GetResponseWithDataBlock FirstBlock(object response)
        {
            GetResponseWithDataBlock block = response as GetResponseWithDataBlock;
            if (block == null)
            {
                throw Unexpected(response, "get-response");
            }

            return block;
        }

        internal static DlmsClientException Unexpected(object response, string expected)
        {
            return new DlmsClientException("expected a " + expected + ", got " + response.GetType().Name);
        }

        private static string ReasonOf(XdlmsResult result)
        {
            switch (result)
            {
                case XdlmsResult.Truncated: return "truncated";
                case XdlmsResult.UnknownTag: return "unknown tag";
                case XdlmsResult.UnknownChoice: return "unknown choice";
                case XdlmsResult.TooLarge: return "too large";
                case XdlmsResult.TrailingBytes: return "trailing bytes";
                case XdlmsResult.Unsupported: return "unsupported data type";
                default: return "malformed";
            }
        }

        /// <summary>Invoke ids 0..15 in turn from 0, confirmed, high priority (0xC0, 0xC1, ...).</summary>
        internal byte NextInvokeId()
        {
            _invokeId = (_invokeId + 1) & 0x0F;
            return InvokeIdAndPriority.Make(_invokeId, true, true);
        }
    }
}
