using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
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
                GeneralBlockTransferStreaming,
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

        /// <summary>Asserts that <paramref name="apdu"/> encodes to exactly <paramref name="hex"/>.</summary>
        public static void AssertEncodes(string hex, object apdu)
        {
            Assert.AreEqual(Hex.Format(Hex.Parse(hex)), Hex.Format(Encode(apdu)));
        }
    }
}
