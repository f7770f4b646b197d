namespace Meter.Dlms.Acse
{
    /// <summary>RLRE-apdu, the release response (Green Book 9.4.2.2, ISO 8650-1): 0x63 length, optional
    /// reason [0] and optional user-information [30]. The length covers exactly the fields present
    /// (e.g. 63 03 80 01 00, or 63 00 with neither).</summary>
    public sealed class Rlre
    {
        /// <summary>reason [0] present.</summary>
        public bool HasReason;

        /// <summary>reason [0] value.</summary>
        public ReleaseResponseReason Reason;

        /// <summary>user-information [30]: an InitiateResponse (plain or ciphered), opaque here; null when absent.</summary>
        public byte[] UserInformation;

        /// <summary>Decodes an APDU that fills buffer[offset, offset+count) exactly. Never throws on bad input.</summary>
        public AcseError Decode(byte[] buffer, int offset, int count, int maxUserInformationLength)
        {
            int reason;
            AcseError error = ReleaseApduCodec.Decode(buffer, offset, count, AcseTag.Rlre, maxUserInformationLength, out reason, out UserInformation);
            HasReason = reason >= 0;
            Reason = HasReason ? (ReleaseResponseReason)reason : ReleaseResponseReason.Normal;
            return error;
        }

        /// <summary>Encodes into buffer at offset; <paramref name="written"/> is the APDU length.</summary>
        public AcseError Encode(byte[] buffer, int offset, out int written)
        {
            return ReleaseApduCodec.Encode(buffer, offset, AcseTag.Rlre, HasReason, (int)Reason, UserInformation, out written);
        }
    }
}
