using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>One typed xDLMS decoder applied to buffer[offset .. offset + count).</summary>
    internal delegate XdlmsResult TypedDecoder(byte[] buffer, int offset, int count);

    /// <summary>
    /// Valid xDLMS APDUs (Green Book ed. 9, 9.5) with their sources, shared by the xDLMS tests,
    /// and helpers that decode and re-encode them.
    /// </summary>
    internal static class XdlmsVectors
    {
        // GET.request normal inside the Green Book glo-get-request example (plaintext of the SC 0x10/0x30
        // frames in the DLMS UA Green Book security examples; as reproduced in u9n/dlms-cosem tests/test_security.py):
        // invoke-id 0, unconfirmed/normal bits clear, clock class 8, 0.0.1.0.0.255, attribute 2, no selective access.
        public const string GreenBookGetRequest = "C0010000080000010000FF0200";

        // u9n/dlms-cosem tests/test_xdlms/test_get.py
        public const string U9nGetRequestNormal = "C001C1000100002B0100FF0200";
        public const string U9nGetRequestNext = "C002C100000001";
        public const string U9nGetRequestWithList = "C003C102000100002A0000FF020000080000010000FF0200";
        public const string U9nGetResponseNormal = "C401C1000600001391";
        public const string U9nGetResponseNormalError = "C401C10101";

        // u9n/dlms-cosem tests/test_xdlms/test_selective_access.py test_parse_range_descriptor:
        // profile generic 1.0.99.1.0.255 attribute 2 with a range_descriptor (selector 1).
        public const string U9nGetRequestRange =
            "C001C100070100630100FF0201010204020412000809060000010000FF0F02120000"
            + "090C07E10A010700000000FFC480090C07E10A010701000000FFC4800100";

        // u9n/dlms-cosem tests/test_xdlms/test_set.py
        public const string U9nSetRequestNormal = "C101C100080000010000FF0200090C07E50118FF0E303950FFC400";
        public const string U9nSetResponseNormal = "C501C100";

        // u9n/dlms-cosem tests/test_xdlms/test_action.py (Association LN reply_to_HLS_authentication).
        public const string U9nActionRequest = "C301C0000F0000280000FF010109111000001A90E6D2221FA2FD85EED61ACC22";
        public const string U9nActionRequestNoData = "C301C0000F0000280000FF0100";
        public const string U9nActionResponse = "C701C00000";
        public const string U9nActionResponseData = "C701C000010009111000001AFDE8857B728A3499106AA665D1";
        public const string U9nActionResponseError = "C701C0000101FA";

        // u9n/dlms-cosem tests/test_xdlms/test_data_notification.py (no date-time, octet-string body).
        public const string U9nDataNotification = "0F000001DB000922125A8591360000000049000000110000000A5A8513D014800000000D0000000A0100";

        // Built for this project from the Green Book ASN.1 (no public example found).
        public const string DataNotificationWithDateTime = "0F800000010C07E50118FF0E303950FFC400020212000109060100010800FF";
        public const string GetResponseBlockRaw = "C402C1000000000100050102030405";
        public const string GetResponseBlockLastError = "C402C10100000003010F";
        public const string GetResponseWithList = "C403C103000600001391010400090401020304";
        public const string GeneralBlockTransferLast = "E08100010000" + "05" + "C401C10101";
        public const string GeneralBlockTransferStreaming = "E04200020001" + "00";
        public const string ExceptionOtherReason = "D80103";
        public const string ExceptionInvocationCounter = "D8010600000102";
        // SET with selective access (entry_descriptor, selector 2: entries 1..5, all columns), confirmed, invoke-id 1.
        public const string SetRequestWithAccess = "C10141" + "00070100630100FF02" + "0102" + "0204" + "0600000001" + "0600000005" + "120001" + "120000" + "12002A";

        // SET, ACTION and EventNotification variants, built for this project from the Green Book ed. 9 ASN.1
        // (9.5 xDLMS-APDU: Set-Request, Set-Response, Action-Request, Action-Response, Event-Notification-Request;
        // DataBlock-SA = last-block, block-number, raw-data). The vectors file holds no example of them.
        // The SET in blocks writes the clock time 090C07E50118FF0E303950FFC400 in blocks of 5 bytes.
        public const string SetRequestFirstBlock = "C102C1" + "00080000010000FF02" + "00" + "00" + "00000001" + "05" + "090C07E501";
        public const string SetRequestBlock2 = "C103C1" + "00" + "00000002" + "05" + "18FF0E3039";
        public const string SetRequestBlock3Last = "C103C1" + "01" + "00000003" + "04" + "50FFC400";
        public const string SetResponseBlock1 = "C502C100000001";
        public const string SetResponseLastBlock3 = "C503C1" + "00" + "00000003";
        // First block with the entry_descriptor of SetRequestWithAccess; one last block holding long 42.
        public const string SetRequestFirstBlockWithAccess = "C10241" + "00070100630100FF02" + "0102" + "0204" + "0600000001" + "0600000005" + "120001" + "120000"
            + "01" + "00000001" + "03" + "12002A";
        // Clock time and the serial number (visible-string "ABC") in one request.
        public const string SetRequestWithList = "C104C1" + "02" + "00080000010000FF0200" + "00010000600100FF0200" + "02" + "090C07E50118FF0E303950FFC400" + "0A03414243";
        public const string SetRequestWithListAndAccess = "C104C1" + "01" + "00070100630100FF02" + "0102" + "0204" + "0600000001" + "0600000005" + "120001" + "120000" + "01" + "0100";
        // The same two attributes, the value-list (02, then both values) cut after 6 bytes.
        public const string SetRequestWithListFirstBlock = "C105C1" + "02" + "00080000010000FF0200" + "00010000600100FF0200" + "00" + "00000001" + "06" + "02090C07E501";
        public const string SetResponseLastBlockWithList = "C504C1" + "02" + "00" + "03" + "00000002";
        public const string SetResponseWithList = "C505C1" + "03" + "00" + "03" + "0C";

        // ACTION in blocks: image_block_transfer (class 18, 0.0.44.0.0.255, method 2) with the parameters
        // structure { double-long-unsigned 0, octet-string 0102030405060708 } (17 bytes) in blocks of 8.
        public const string ActionRequestFirstPBlock = "C304C1" + "001200002C0000FF02" + "00" + "00000001" + "08" + "0202060000000009";
        public const string ActionRequestPBlock2 = "C306C1" + "00" + "00000002" + "08" + "0801020304050607";
        public const string ActionRequestPBlock3Last = "C306C1" + "01" + "00000003" + "01" + "08";
        public const string ActionResponseNextPBlock2 = "C704C100000002";
        public const string ActionRequestNextPBlock1 = "C302C100000001";
        // reply_to_HLS_authentication (class 15) and image_verify (class 18, method 3) in one request.
        public const string ActionRequestWithList = "C303C1" + "02" + "000F0000280000FF01" + "001200002C0000FF03" + "02" + "0903010203" + "0F00";
        public const string ActionRequestWithListFirstPBlock = "C305C1" + "02" + "000F0000280000FF01" + "001200002C0000FF03" + "01" + "00000001" + "08" + "0209030102030F00";
        // Action-Response-With-Optional-Data 00 01 00 0904 01020304 (success, data) in blocks of 4 and 5.
        public const string ActionResponsePBlock1 = "C702C1" + "00" + "00000001" + "04" + "00010009";
        public const string ActionResponsePBlock2Last = "C702C1" + "01" + "00000002" + "05" + "0401020304";
        // success without data; success with an octet-string; read-write-denied without data.
        public const string ActionResponseWithList = "C703C1" + "03" + "0000" + "0001000903010203" + "0300";

        // Event code 46 (long-unsigned) of the event object 0.0.96.11.0.255, without and with a time stamp.
        public const string EventNotification = "C2" + "00" + "00010000600B00FF02" + "12002E";
        public const string EventNotificationWithTime = "C2" + "01" + "0C" + "07E50118FF0E303950FFC400" + "00010000600B00FF02" + "12002E";

        /// <summary>Every valid vector above.</summary>
        public static string[] All()
        {
            return new string[]
            {
                GreenBookGetRequest, U9nGetRequestNormal, U9nGetRequestNext, U9nGetRequestWithList, U9nGetResponseNormal,
                U9nGetResponseNormalError, U9nGetRequestRange, U9nSetRequestNormal, U9nSetResponseNormal, U9nActionRequest,
                U9nActionRequestNoData, U9nActionResponse, U9nActionResponseData, U9nActionResponseError, U9nDataNotification,
                DataNotificationWithDateTime, GetResponseBlockRaw, GetResponseBlockLastError, GetResponseWithList,
                ExceptionOtherReason, ExceptionInvocationCounter, SetRequestWithAccess, GeneralBlockTransferLast,
                GeneralBlockTransferStreaming, SetRequestFirstBlock, SetRequestBlock2, SetRequestBlock3Last, SetResponseBlock1,
                SetResponseLastBlock3, SetRequestFirstBlockWithAccess, SetRequestWithList, SetRequestWithListAndAccess,
                SetRequestWithListFirstBlock, SetResponseLastBlockWithList, SetResponseWithList, ActionRequestFirstPBlock,
                ActionRequestPBlock2, ActionRequestPBlock3Last, ActionResponseNextPBlock2, ActionRequestNextPBlock1,
                ActionRequestWithList, ActionRequestWithListFirstPBlock, ActionResponsePBlock1, ActionResponsePBlock2Last,
                ActionResponseWithList, EventNotification, EventNotificationWithTime,
            };
        }

        /// <summary>Decodes <paramref name="hex"/> with a default-limit decoder.</summary>
        public static XdlmsParseResult Parse(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            return new XdlmsApduDecoder(new AxdrDecoder()).Decode(bytes, 0, bytes.Length);
        }

        /// <summary>Decodes <paramref name="hex"/>, asserting success, and returns the APDU.</summary>
        public static object Decode(string hex)
        {
            XdlmsParseResult result = Parse(hex);
            Assert.AreEqual((int)XdlmsResult.Ok, (int)result.Result, hex);
            return result.Apdu;
        }

        /// <summary>The encoded size any APDU type reports.</summary>
        public static int SizeOf(object apdu)
        {
            if (apdu is GetRequestNormal) return ((GetRequestNormal)apdu).Size;
            if (apdu is GetRequestNext) return GetRequestNext.Size;
            if (apdu is GetRequestWithList) return ((GetRequestWithList)apdu).Size;
            if (apdu is GetResponseNormal) return ((GetResponseNormal)apdu).Size;
            if (apdu is GetResponseWithDataBlock) return ((GetResponseWithDataBlock)apdu).Size;
            if (apdu is GetResponseWithList) return ((GetResponseWithList)apdu).Size;
            if (apdu is SetRequestNormal) return ((SetRequestNormal)apdu).Size;
            if (apdu is SetResponseNormal) return SetResponseNormal.Size;
            if (apdu is ActionRequestNormal) return ((ActionRequestNormal)apdu).Size;
            if (apdu is ActionResponseNormal) return ((ActionResponseNormal)apdu).Size;
            if (apdu is ExceptionResponse) return ((ExceptionResponse)apdu).Size;
            if (apdu is DataNotification) return ((DataNotification)apdu).Size;
            if (apdu is GeneralBlockTransfer) return ((GeneralBlockTransfer)apdu).Size;
            if (apdu is SetRequestWithFirstDataBlock) return ((SetRequestWithFirstDataBlock)apdu).Size;
            if (apdu is SetRequestWithDataBlock) return ((SetRequestWithDataBlock)apdu).Size;
            if (apdu is SetRequestWithList) return ((SetRequestWithList)apdu).Size;
            if (apdu is SetRequestWithListAndFirstDataBlock) return ((SetRequestWithListAndFirstDataBlock)apdu).Size;
            if (apdu is SetResponseDataBlock) return SetResponseDataBlock.Size;
            if (apdu is SetResponseLastDataBlock) return SetResponseLastDataBlock.Size;
            if (apdu is SetResponseLastDataBlockWithList) return ((SetResponseLastDataBlockWithList)apdu).Size;
            if (apdu is SetResponseWithList) return ((SetResponseWithList)apdu).Size;
            if (apdu is ActionRequestNextPBlock) return ActionRequestNextPBlock.Size;
            if (apdu is ActionRequestWithList) return ((ActionRequestWithList)apdu).Size;
            if (apdu is ActionRequestWithFirstPBlock) return ((ActionRequestWithFirstPBlock)apdu).Size;
            if (apdu is ActionRequestWithListAndFirstPBlock) return ((ActionRequestWithListAndFirstPBlock)apdu).Size;
            if (apdu is ActionRequestWithPBlock) return ((ActionRequestWithPBlock)apdu).Size;
            if (apdu is ActionResponseWithPBlock) return ((ActionResponseWithPBlock)apdu).Size;
            if (apdu is ActionResponseWithList) return ((ActionResponseWithList)apdu).Size;
            if (apdu is ActionResponseNextPBlock) return ActionResponseNextPBlock.Size;
            if (apdu is EventNotificationRequest) return ((EventNotificationRequest)apdu).Size;
            Assert.IsTrue(false, "not an xDLMS APDU type");
            return -1;
        }

        /// <summary>Encodes any APDU type into buffer[offset .. offset + count).</summary>
        public static int EncodeInto(object apdu, byte[] buffer, int offset, int count)
        {
            if (apdu is GetRequestNormal) return ((GetRequestNormal)apdu).Encode(buffer, offset, count);
            if (apdu is GetRequestNext) return ((GetRequestNext)apdu).Encode(buffer, offset, count);
            if (apdu is GetRequestWithList) return ((GetRequestWithList)apdu).Encode(buffer, offset, count);
            if (apdu is GetResponseNormal) return ((GetResponseNormal)apdu).Encode(buffer, offset, count);
            if (apdu is GetResponseWithDataBlock) return ((GetResponseWithDataBlock)apdu).Encode(buffer, offset, count);
            if (apdu is GetResponseWithList) return ((GetResponseWithList)apdu).Encode(buffer, offset, count);
            if (apdu is SetRequestNormal) return ((SetRequestNormal)apdu).Encode(buffer, offset, count);
            if (apdu is SetResponseNormal) return ((SetResponseNormal)apdu).Encode(buffer, offset, count);
            if (apdu is ActionRequestNormal) return ((ActionRequestNormal)apdu).Encode(buffer, offset, count);
            if (apdu is ActionResponseNormal) return ((ActionResponseNormal)apdu).Encode(buffer, offset, count);
            if (apdu is ExceptionResponse) return ((ExceptionResponse)apdu).Encode(buffer, offset, count);
            if (apdu is DataNotification) return ((DataNotification)apdu).Encode(buffer, offset, count);
            if (apdu is GeneralBlockTransfer) return ((GeneralBlockTransfer)apdu).Encode(buffer, offset, count);
            if (apdu is SetRequestWithFirstDataBlock) return ((SetRequestWithFirstDataBlock)apdu).Encode(buffer, offset, count);
            if (apdu is SetRequestWithDataBlock) return ((SetRequestWithDataBlock)apdu).Encode(buffer, offset, count);
            if (apdu is SetRequestWithList) return ((SetRequestWithList)apdu).Encode(buffer, offset, count);
            if (apdu is SetRequestWithListAndFirstDataBlock) return ((SetRequestWithListAndFirstDataBlock)apdu).Encode(buffer, offset, count);
            if (apdu is SetResponseDataBlock) return ((SetResponseDataBlock)apdu).Encode(buffer, offset, count);
            if (apdu is SetResponseLastDataBlock) return ((SetResponseLastDataBlock)apdu).Encode(buffer, offset, count);
            if (apdu is SetResponseLastDataBlockWithList) return ((SetResponseLastDataBlockWithList)apdu).Encode(buffer, offset, count);
            if (apdu is SetResponseWithList) return ((SetResponseWithList)apdu).Encode(buffer, offset, count);
            if (apdu is ActionRequestNextPBlock) return ((ActionRequestNextPBlock)apdu).Encode(buffer, offset, count);
            if (apdu is ActionRequestWithList) return ((ActionRequestWithList)apdu).Encode(buffer, offset, count);
            if (apdu is ActionRequestWithFirstPBlock) return ((ActionRequestWithFirstPBlock)apdu).Encode(buffer, offset, count);
            if (apdu is ActionRequestWithListAndFirstPBlock) return ((ActionRequestWithListAndFirstPBlock)apdu).Encode(buffer, offset, count);
            if (apdu is ActionRequestWithPBlock) return ((ActionRequestWithPBlock)apdu).Encode(buffer, offset, count);
            if (apdu is ActionResponseWithPBlock) return ((ActionResponseWithPBlock)apdu).Encode(buffer, offset, count);
            if (apdu is ActionResponseWithList) return ((ActionResponseWithList)apdu).Encode(buffer, offset, count);
            if (apdu is ActionResponseNextPBlock) return ((ActionResponseNextPBlock)apdu).Encode(buffer, offset, count);
            if (apdu is EventNotificationRequest) return ((EventNotificationRequest)apdu).Encode(buffer, offset, count);
            Assert.IsTrue(false, "not an xDLMS APDU type");
            return -1;
        }

        /// <summary>Encodes any APDU type into a fresh array of exactly its size.</summary>
        public static byte[] Encode(object apdu)
        {
            byte[] bytes = new byte[SizeOf(apdu)];
            Assert.AreEqual(bytes.Length, EncodeInto(apdu, bytes, 0, bytes.Length));
            return bytes;
        }

        /// <summary>
        /// Asserts what every typed decoder owes: <paramref name="hex"/> decodes (also at an offset inside a
        /// larger buffer), every strict prefix is Truncated and a trailing byte is TrailingBytes.
        /// </summary>
        public static void AssertTypedDecoderIsStrict(string hex, TypedDecoder decode)
        {
            byte[] bytes = Hex.Parse(hex);
            Assert.AreEqual((int)XdlmsResult.Ok, (int)decode(bytes, 0, bytes.Length), hex);
            Assert.AreEqual((int)XdlmsResult.Ok, (int)decode(DlmsBytes.Embed(bytes, 5), 5, bytes.Length), hex);
            for (int length = 0; length < bytes.Length; length++)
            {
                Assert.AreEqual((int)XdlmsResult.Truncated, (int)decode(bytes, 0, length), hex + " cut at " + length.ToString());
            }

            byte[] longer = Hex.Parse(hex + "00");
            Assert.AreEqual((int)XdlmsResult.TrailingBytes, (int)decode(longer, 0, longer.Length), hex);
        }

        /// <summary>Asserts that <paramref name="apdu"/> encodes to exactly <paramref name="hex"/>.</summary>
        public static void AssertEncodes(string hex, object apdu)
        {
            Assert.AreEqual(Hex.Format(Hex.Parse(hex)), Hex.Format(Encode(apdu)));
        }
    }
}
