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
            XdlmsResult result = tag < 0 ? XdlmsResult.Truncated : DecodeApdu(buffer, offset, count, tag, choice, out apdu);

            return new XdlmsParseResult(result, apdu, tag, choice, invokeIdAndPriority);
        }

        private XdlmsResult DecodeApdu(byte[] buffer, int offset, int count, int tag, int choice, out object apdu)
        {
            apdu = null;
            switch (tag)
            {
                case XdlmsTag.GetRequest:
                    return DecodeGetRequest(buffer, offset, count, choice, out apdu);
                case XdlmsTag.GetResponse:
                    return DecodeGetResponse(buffer, offset, count, choice, out apdu);
                case XdlmsTag.SetRequest:
                    return DecodeSetRequest(buffer, offset, count, choice, out apdu);
                case XdlmsTag.SetResponse:
                    return DecodeSetResponse(buffer, offset, count, choice, out apdu);
                case XdlmsTag.ActionRequest:
                    return DecodeActionRequest(buffer, offset, count, choice, out apdu);
                case XdlmsTag.ActionResponse:
                    return DecodeActionResponse(buffer, offset, count, choice, out apdu);
                case XdlmsTag.ExceptionResponse:
                    ExceptionResponse exception;
                    XdlmsResult result = ExceptionResponse.Decode(buffer, offset, count, out exception);
                    apdu = exception;
                    return result;
                case XdlmsTag.DataNotification:
                    DataNotification notification;
                    result = DataNotification.Decode(buffer, offset, count, _data, out notification);
                    apdu = notification;
                    return result;
                case XdlmsTag.GeneralBlockTransfer:
                    GeneralBlockTransfer block;
                    result = GeneralBlockTransfer.Decode(buffer, offset, count, out block);
                    apdu = block;
                    return result;
                case XdlmsTag.EventNotificationRequest:
                    EventNotificationRequest eventNotification;
                    result = EventNotificationRequest.Decode(buffer, offset, count, _data, out eventNotification);
                    apdu = eventNotification;
                    return result;
                default:
                    return XdlmsResult.UnknownTag;
            }
        }

        private XdlmsResult DecodeGetRequest(byte[] buffer, int offset, int count, int choice, out object apdu)
        {
            apdu = null;
            XdlmsResult result;
            switch (choice)
            {
                case XdlmsTag.Normal:
                    GetRequestNormal normal;
                    result = GetRequestNormal.Decode(buffer, offset, count, _data, out normal);
                    apdu = normal;
                    return result;
                case XdlmsTag.NextOrWithDataBlock:
                    GetRequestNext next;
                    result = GetRequestNext.Decode(buffer, offset, count, out next);
                    apdu = next;
                    return result;
                case XdlmsTag.GetWithList:
                    GetRequestWithList list;
                    result = GetRequestWithList.Decode(buffer, offset, count, _data, out list);
                    apdu = list;
                    return result;
                default:
                    return choice < 0 ? XdlmsResult.Truncated : XdlmsResult.UnknownChoice;
            }
        }

        private XdlmsResult DecodeGetResponse(byte[] buffer, int offset, int count, int choice, out object apdu)
        {
            apdu = null;
            XdlmsResult result;
            switch (choice)
            {
                case XdlmsTag.Normal:
                    GetResponseNormal normal;
                    result = GetResponseNormal.Decode(buffer, offset, count, _data, out normal);
                    apdu = normal;
                    return result;
                case XdlmsTag.NextOrWithDataBlock:
                    GetResponseWithDataBlock block;
                    result = GetResponseWithDataBlock.Decode(buffer, offset, count, out block);
                    apdu = block;
                    return result;
                case XdlmsTag.GetWithList:
                    GetResponseWithList list;
                    result = GetResponseWithList.Decode(buffer, offset, count, _data, out list);
                    apdu = list;
                    return result;
                default:
                    return choice < 0 ? XdlmsResult.Truncated : XdlmsResult.UnknownChoice;
            }
        }

        private XdlmsResult DecodeSetRequest(byte[] buffer, int offset, int count, int choice, out object apdu)
        {
            apdu = null;
            XdlmsResult result;
            switch (choice)
            {
                case XdlmsTag.Normal:
                    SetRequestNormal normal;
                    result = SetRequestNormal.Decode(buffer, offset, count, _data, out normal);
                    apdu = normal;
                    return result;
                case XdlmsTag.SetRequestWithFirstDataBlock:
                    SetRequestWithFirstDataBlock first;
                    result = SetRequestWithFirstDataBlock.Decode(buffer, offset, count, _data, out first);
                    apdu = first;
                    return result;
                case XdlmsTag.SetRequestWithDataBlock:
                    SetRequestWithDataBlock block;
                    result = SetRequestWithDataBlock.Decode(buffer, offset, count, out block);
                    apdu = block;
                    return result;
                case XdlmsTag.SetRequestWithList:
                    SetRequestWithList list;
                    result = SetRequestWithList.Decode(buffer, offset, count, _data, out list);
                    apdu = list;
                    return result;
                case XdlmsTag.SetRequestWithListAndFirstDataBlock:
                    SetRequestWithListAndFirstDataBlock listFirst;
                    result = SetRequestWithListAndFirstDataBlock.Decode(buffer, offset, count, _data, out listFirst);
                    apdu = listFirst;
                    return result;
                default:
                    return choice < 0 ? XdlmsResult.Truncated : XdlmsResult.UnknownChoice;
            }
        }

        private static XdlmsResult DecodeSetResponse(byte[] buffer, int offset, int count, int choice, out object apdu)
        {
            apdu = null;
            XdlmsResult result;
            switch (choice)
            {
                case XdlmsTag.Normal:
                    SetResponseNormal normal;
                    result = SetResponseNormal.Decode(buffer, offset, count, out normal);
                    apdu = normal;
                    return result;
                case XdlmsTag.SetResponseDataBlock:
                    SetResponseDataBlock block;
                    result = SetResponseDataBlock.Decode(buffer, offset, count, out block);
                    apdu = block;
                    return result;
                case XdlmsTag.SetResponseLastDataBlock:
                    SetResponseLastDataBlock last;
                    result = SetResponseLastDataBlock.Decode(buffer, offset, count, out last);
                    apdu = last;
                    return result;
                case XdlmsTag.SetResponseLastDataBlockWithList:
                    SetResponseLastDataBlockWithList lastList;
                    result = SetResponseLastDataBlockWithList.Decode(buffer, offset, count, out lastList);
                    apdu = lastList;
                    return result;
                case XdlmsTag.SetResponseWithList:
                    SetResponseWithList list;
                    result = SetResponseWithList.Decode(buffer, offset, count, out list);
                    apdu = list;
                    return result;
                default:
                    return choice < 0 ? XdlmsResult.Truncated : XdlmsResult.UnknownChoice;
            }
        }

        private XdlmsResult DecodeActionRequest(byte[] buffer, int offset, int count, int choice, out object apdu)
        {
            apdu = null;
            XdlmsResult result;
            switch (choice)
            {
                case XdlmsTag.Normal:
                    ActionRequestNormal normal;
                    result = ActionRequestNormal.Decode(buffer, offset, count, _data, out normal);
                    apdu = normal;
                    return result;
                case XdlmsTag.ActionRequestNextPBlock:
                    ActionRequestNextPBlock next;
                    result = ActionRequestNextPBlock.Decode(buffer, offset, count, out next);
                    apdu = next;
                    return result;
                case XdlmsTag.ActionRequestWithList:
                    ActionRequestWithList list;
                    result = ActionRequestWithList.Decode(buffer, offset, count, _data, out list);
                    apdu = list;
                    return result;
                case XdlmsTag.ActionRequestWithFirstPBlock:
                    ActionRequestWithFirstPBlock first;
                    result = ActionRequestWithFirstPBlock.Decode(buffer, offset, count, out first);
                    apdu = first;
                    return result;
                case XdlmsTag.ActionRequestWithListAndFirstPBlock:
                    ActionRequestWithListAndFirstPBlock listFirst;
                    result = ActionRequestWithListAndFirstPBlock.Decode(buffer, offset, count, out listFirst);
                    apdu = listFirst;
                    return result;
                case XdlmsTag.ActionRequestWithPBlock:
                    ActionRequestWithPBlock block;
                    result = ActionRequestWithPBlock.Decode(buffer, offset, count, out block);
                    apdu = block;
                    return result;
                default:
                    return choice < 0 ? XdlmsResult.Truncated : XdlmsResult.UnknownChoice;
            }
        }

        private XdlmsResult DecodeActionResponse(byte[] buffer, int offset, int count, int choice, out object apdu)
        {
            apdu = null;
            XdlmsResult result;
            switch (choice)
            {
                case XdlmsTag.Normal:
                    ActionResponseNormal normal;
                    result = ActionResponseNormal.Decode(buffer, offset, count, _data, out normal);
                    apdu = normal;
                    return result;
                case XdlmsTag.ActionResponseWithPBlock:
                    ActionResponseWithPBlock block;
                    result = ActionResponseWithPBlock.Decode(buffer, offset, count, out block);
                    apdu = block;
                    return result;
                case XdlmsTag.ActionResponseWithList:
                    ActionResponseWithList list;
                    result = ActionResponseWithList.Decode(buffer, offset, count, _data, out list);
                    apdu = list;
                    return result;
                case XdlmsTag.ActionResponseNextPBlock:
                    ActionResponseNextPBlock next;
                    result = ActionResponseNextPBlock.Decode(buffer, offset, count, out next);
                    apdu = next;
                    return result;
                default:
                    return choice < 0 ? XdlmsResult.Truncated : XdlmsResult.UnknownChoice;
            }
        }
    }
}
