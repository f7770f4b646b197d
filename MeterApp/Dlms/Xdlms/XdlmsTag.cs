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
    }
}
