using Meter.Dlms.Axdr;

namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// Picks the xDLMS APDU type from the tag and type bytes and decodes it (Green Book ed. 9, 9.5).
    /// Never throws on bad bytes: failures come back in the <see cref="XdlmsParseResult"/>.
    /// Holds an <see cref="AxdrDecoder"/> (per-call state): use one instance per association/thread.
    /// </summary>
    public sealed class XdlmsApduDecoder
    {
        private readonly AxdrDecoder _data;

        /// <summary>A decoder whose Data values obey the limits of <paramref name="data"/>.</summary>
        public XdlmsApduDecoder(AxdrDecoder data)
        {
            if (data == null)
            {
                throw new System.ArgumentNullException("data");
            }

            _data = data;
        }

        /// <summary>Decodes the APDU that fills buffer[offset .. offset + count).</summary>
        public XdlmsParseResult Decode(byte[] buffer, int offset, int count)
        {
            XdlmsCodec.CheckRange(buffer, offset, count);
            int tag = count > 0 ? buffer[offset] : -1;
            bool serviceHeader = tag == XdlmsTag.GetRequest || tag == XdlmsTag.SetRequest || tag == XdlmsTag.ActionRequest
                || tag == XdlmsTag.GetResponse || tag == XdlmsTag.SetResponse || tag == XdlmsTag.ActionResponse;
            int choice = serviceHeader && count > 1 ? buffer[offset + 1] : -1;
            int invokeIdAndPriority = serviceHeader && count > 2 ? buffer[offset + 2] : -1;

            object apdu = null;
            XdlmsResult result = tag < 0 ? XdlmsResult.Truncated
                : serviceHeader ? DecodeService(buffer, offset, count, tag, choice, out apdu)
                : DecodeUnconfirmed(buffer, offset, count, tag, out apdu);

            return new XdlmsParseResult(result, apdu, tag, choice, invokeIdAndPriority);
        }

        /// <summary>The APDUs without a service header: the tag alone names the type.</summary>
        private XdlmsResult DecodeUnconfirmed(byte[] buffer, int offset, int count, int tag, out object apdu)
        {
            switch (tag)
            {
                case XdlmsTag.ExceptionResponse:
                    return Typed(ExceptionResponse.Decode(buffer, offset, count, out ExceptionResponse exception), exception, out apdu);
                case XdlmsTag.DataNotification:
                    return Typed(DataNotification.Decode(buffer, offset, count, _data, out DataNotification notification), notification, out apdu);
                case XdlmsTag.GeneralBlockTransfer:
                    return Typed(GeneralBlockTransfer.Decode(buffer, offset, count, out GeneralBlockTransfer block), block, out apdu);
                case XdlmsTag.EventNotificationRequest:
                    return Typed(EventNotificationRequest.Decode(buffer, offset, count, _data, out EventNotificationRequest eventNotification), eventNotification, out apdu);
                default:
                    apdu = null;
                    return XdlmsResult.UnknownTag;
            }
        }

        /// <summary>GET, SET and ACTION requests and responses: tag and type byte together name the type (9.5).</summary>
        private XdlmsResult DecodeService(byte[] buffer, int offset, int count, int tag, int choice, out object apdu)
        {
            apdu = null;
            if (choice < 0)
            {
                return XdlmsResult.Truncated;
            }

            switch (tag << 8 | choice)
            {
                case XdlmsTag.GetRequest << 8 | XdlmsTag.Normal:
                    return Typed(GetRequestNormal.Decode(buffer, offset, count, _data, out GetRequestNormal getNormal), getNormal, out apdu);
                case XdlmsTag.GetRequest << 8 | XdlmsTag.NextOrWithDataBlock:
                    return Typed(GetRequestNext.Decode(buffer, offset, count, out GetRequestNext getNext), getNext, out apdu);
                case XdlmsTag.GetRequest << 8 | XdlmsTag.GetWithList:
                    return Typed(GetRequestWithList.Decode(buffer, offset, count, _data, out GetRequestWithList getList), getList, out apdu);
                case XdlmsTag.GetResponse << 8 | XdlmsTag.Normal:
                    return Typed(GetResponseNormal.Decode(buffer, offset, count, _data, out GetResponseNormal getResponse), getResponse, out apdu);
                case XdlmsTag.GetResponse << 8 | XdlmsTag.NextOrWithDataBlock:
                    return Typed(GetResponseWithDataBlock.Decode(buffer, offset, count, out GetResponseWithDataBlock getBlock), getBlock, out apdu);
                case XdlmsTag.GetResponse << 8 | XdlmsTag.GetWithList:
                    return Typed(GetResponseWithList.Decode(buffer, offset, count, _data, out GetResponseWithList getResponseList), getResponseList, out apdu);
                case XdlmsTag.SetRequest << 8 | XdlmsTag.Normal:
                    return Typed(SetRequestNormal.Decode(buffer, offset, count, _data, out SetRequestNormal setNormal), setNormal, out apdu);
                case XdlmsTag.SetRequest << 8 | XdlmsTag.SetRequestWithFirstDataBlock:
                    return Typed(SetRequestWithFirstDataBlock.Decode(buffer, offset, count, _data, out SetRequestWithFirstDataBlock setFirst), setFirst, out apdu);
                case XdlmsTag.SetRequest << 8 | XdlmsTag.SetRequestWithDataBlock:
                    return Typed(SetRequestWithDataBlock.Decode(buffer, offset, count, out SetRequestWithDataBlock setBlock), setBlock, out apdu);
                case XdlmsTag.SetRequest << 8 | XdlmsTag.SetRequestWithList:
                    return Typed(SetRequestWithList.Decode(buffer, offset, count, _data, out SetRequestWithList setList), setList, out apdu);
                case XdlmsTag.SetRequest << 8 | XdlmsTag.SetRequestWithListAndFirstDataBlock:
                    return Typed(SetRequestWithListAndFirstDataBlock.Decode(buffer, offset, count, _data, out SetRequestWithListAndFirstDataBlock setListFirst), setListFirst, out apdu);
                case XdlmsTag.SetResponse << 8 | XdlmsTag.Normal:
                    return Typed(SetResponseNormal.Decode(buffer, offset, count, out SetResponseNormal setResponse), setResponse, out apdu);
                case XdlmsTag.SetResponse << 8 | XdlmsTag.SetResponseDataBlock:
                    return Typed(SetResponseDataBlock.Decode(buffer, offset, count, out SetResponseDataBlock setAck), setAck, out apdu);
                case XdlmsTag.SetResponse << 8 | XdlmsTag.SetResponseLastDataBlock:
                    return Typed(SetResponseLastDataBlock.Decode(buffer, offset, count, out SetResponseLastDataBlock setLast), setLast, out apdu);
                case XdlmsTag.SetResponse << 8 | XdlmsTag.SetResponseLastDataBlockWithList:
                    return Typed(SetResponseLastDataBlockWithList.Decode(buffer, offset, count, out SetResponseLastDataBlockWithList setLastList), setLastList, out apdu);
                case XdlmsTag.SetResponse << 8 | XdlmsTag.SetResponseWithList:
                    return Typed(SetResponseWithList.Decode(buffer, offset, count, out SetResponseWithList setResponseList), setResponseList, out apdu);
                case XdlmsTag.ActionRequest << 8 | XdlmsTag.Normal:
                    return Typed(ActionRequestNormal.Decode(buffer, offset, count, _data, out ActionRequestNormal actionNormal), actionNormal, out apdu);
                case XdlmsTag.ActionRequest << 8 | XdlmsTag.ActionRequestNextPBlock:
                    return Typed(ActionRequestNextPBlock.Decode(buffer, offset, count, out ActionRequestNextPBlock actionNext), actionNext, out apdu);
                case XdlmsTag.ActionRequest << 8 | XdlmsTag.ActionRequestWithList:
                    return Typed(ActionRequestWithList.Decode(buffer, offset, count, _data, out ActionRequestWithList actionList), actionList, out apdu);
                case XdlmsTag.ActionRequest << 8 | XdlmsTag.ActionRequestWithFirstPBlock:
                    return Typed(ActionRequestWithFirstPBlock.Decode(buffer, offset, count, out ActionRequestWithFirstPBlock actionFirst), actionFirst, out apdu);
                case XdlmsTag.ActionRequest << 8 | XdlmsTag.ActionRequestWithListAndFirstPBlock:
                    return Typed(ActionRequestWithListAndFirstPBlock.Decode(buffer, offset, count, out ActionRequestWithListAndFirstPBlock actionListFirst), actionListFirst, out apdu);
                case XdlmsTag.ActionRequest << 8 | XdlmsTag.ActionRequestWithPBlock:
                    return Typed(ActionRequestWithPBlock.Decode(buffer, offset, count, out ActionRequestWithPBlock actionBlock), actionBlock, out apdu);
                case XdlmsTag.ActionResponse << 8 | XdlmsTag.Normal:
                    return Typed(ActionResponseNormal.Decode(buffer, offset, count, _data, out ActionResponseNormal actionResponse), actionResponse, out apdu);
                case XdlmsTag.ActionResponse << 8 | XdlmsTag.ActionResponseWithPBlock:
                    return Typed(ActionResponseWithPBlock.Decode(buffer, offset, count, out ActionResponseWithPBlock actionResponseBlock), actionResponseBlock, out apdu);
                case XdlmsTag.ActionResponse << 8 | XdlmsTag.ActionResponseWithList:
                    return Typed(ActionResponseWithList.Decode(buffer, offset, count, _data, out ActionResponseWithList actionResponseList), actionResponseList, out apdu);
                case XdlmsTag.ActionResponse << 8 | XdlmsTag.ActionResponseNextPBlock:
                    return Typed(ActionResponseNextPBlock.Decode(buffer, offset, count, out ActionResponseNextPBlock actionAck), actionAck, out apdu);
                default:
                    return XdlmsResult.UnknownChoice;
            }
        }

        /// <summary>Hands back what a typed Decode produced (null when it failed) as the untyped APDU.</summary>
        private static XdlmsResult Typed(XdlmsResult result, object decoded, out object apdu)
        {
            apdu = decoded;
            return result;
        }
    }
}
