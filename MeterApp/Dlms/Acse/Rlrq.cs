namespace Meter.Dlms.Acse
{
    /// <summary>RLRQ-apdu, the release request (Green Book 9.4.2.2, ISO 8650-1): 0x62 length, optional
    /// reason [0] and optional user-information [30]. The length covers exactly the fields present
    /// (e.g. 62 03 80 01 00, or 62 00 with neither).</summary>
    public sealed class Rlrq
    {
        /// <summary>reason [0] present.</summary>
        public bool HasReason;

        /// <summary>reason [0] value.</summary>
        public ReleaseRequestReason Reason;

        /// <summary>user-information [30]: a ciphered InitiateRequest when the association was ciphered, opaque here; null when absent.</summary>
        public byte[] UserInformation;

        /// <summary>Decodes an APDU that fills buffer[offset, offset+count) exactly. Never throws on bad input.</summary>
        public AcseError Decode(byte[] buffer, int offset, int count, int maxUserInformationLength)
        {
            int reason;
            AcseError error = ReleaseApduCodec.Decode(buffer, offset, count, AcseTag.Rlrq, maxUserInformationLength, out reason, out UserInformation);
            HasReason = reason >= 0;
            Reason = HasReason ? (ReleaseRequestReason)reason : ReleaseRequestReason.Normal;
            return error;
        }

        /// <summary>Encodes into buffer at offset; <paramref name="written"/> is the APDU length.</summary>
        public AcseError Encode(byte[] buffer, int offset, out int written)
        {
            return ReleaseApduCodec.Encode(buffer, offset, AcseTag.Rlrq, HasReason, (int)Reason, UserInformation, out written);
        }
    }
}
