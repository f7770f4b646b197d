namespace Meter.Dlms.Xdlms
{
    /// <summary>
    /// First byte of the xDLMS APDUs for LN referencing (Green Book ed. 9, 9.5 "xDLMS APDUs", COSEMpdu
    /// CHOICE) and the request/response type bytes that follow them.
    /// </summary>
    public static class XdlmsTag
    {
        /// <summary>data-notification [15].</summary>
        public const byte DataNotification = 0x0F;

        /// <summary>event-notification-request [194].</summary>
        public const byte EventNotificationRequest = 0xC2;

        /// <summary>get-request [192].</summary>
        public const byte GetRequest = 0xC0;

        /// <summary>set-request [193].</summary>
        public const byte SetRequest = 0xC1;

        /// <summary>action-request [195].</summary>
        public const byte ActionRequest = 0xC3;

        /// <summary>get-response [196].</summary>
        public const byte GetResponse = 0xC4;

        /// <summary>set-response [197].</summary>
        public const byte SetResponse = 0xC5;

        /// <summary>action-response [199].</summary>
        public const byte ActionResponse = 0xC7;

        /// <summary>general-block-transfer [224].</summary>
        public const byte GeneralBlockTransfer = 0xE0;

        /// <summary>exception-response [216].</summary>
        public const byte ExceptionResponse = 0xD8;

        /// <summary>The "-normal" alternative of a GET/SET/ACTION request or response.</summary>
        public const byte Normal = 0x01;

        /// <summary>get-request-next / get-response-with-datablock.</summary>
        public const byte NextOrWithDataBlock = 0x02;

        /// <summary>get-request-with-list / get-response-with-list.</summary>
        public const byte GetWithList = 0x03;

        /// <summary>set-request-with-first-datablock [2].</summary>
        public const byte SetRequestWithFirstDataBlock = 0x02;

        /// <summary>set-request-with-datablock [3].</summary>
        public const byte SetRequestWithDataBlock = 0x03;

        /// <summary>set-request-with-list [4].</summary>
        public const byte SetRequestWithList = 0x04;

        /// <summary>set-request-with-list-and-first-datablock [5].</summary>
        public const byte SetRequestWithListAndFirstDataBlock = 0x05;

        /// <summary>set-response-datablock [2].</summary>
        public const byte SetResponseDataBlock = 0x02;

        /// <summary>set-response-last-datablock [3].</summary>
        public const byte SetResponseLastDataBlock = 0x03;

        /// <summary>set-response-last-datablock-with-list [4].</summary>
        public const byte SetResponseLastDataBlockWithList = 0x04;

        /// <summary>set-response-with-list [5].</summary>
        public const byte SetResponseWithList = 0x05;

        /// <summary>action-request-next-pblock [2].</summary>
        public const byte ActionRequestNextPBlock = 0x02;

        /// <summary>action-request-with-list [3].</summary>
        public const byte ActionRequestWithList = 0x03;

        /// <summary>action-request-with-first-pblock [4].</summary>
        public const byte ActionRequestWithFirstPBlock = 0x04;

        /// <summary>action-request-with-list-and-first-pblock [5].</summary>
        public const byte ActionRequestWithListAndFirstPBlock = 0x05;

        /// <summary>action-request-with-pblock [6].</summary>
        public const byte ActionRequestWithPBlock = 0x06;

        /// <summary>action-response-with-pblock [2].</summary>
        public const byte ActionResponseWithPBlock = 0x02;

        /// <summary>action-response-with-list [3].</summary>
        public const byte ActionResponseWithList = 0x03;

        /// <summary>action-response-next-pblock [4].</summary>
        public const byte ActionResponseNextPBlock = 0x04;
    }
}
