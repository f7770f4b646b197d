namespace Meter.Dlms.Acse
{
    /// <summary>The shape RLRQ and RLRE share (ISO 8650-1; Green Book 9.4.2.2): an optional
    /// reason [0] IMPLICIT INTEGER (80 01 xx) and an optional user-information [30].</summary>
    internal static class ReleaseApduCodec
    {
        /// <summary>Decodes the APDU with identifier <paramref name="apduTag"/>; reason is -1 when absent.
        /// Only the reasons 0, 1 and 30 exist. Unknown context tags are skipped.</summary>
        public static AcseError Decode(byte[] buffer, int offset, int count, int apduTag, int maxUserInformationLength, out int reason, out byte[] userInformation)
        {
            reason = -1;
            userInformation = null;
            int position;
            int end;
            AcseError error = AcseFields.OpenApdu(buffer, offset, count, apduTag, out position, out end);
            int lastNumber = -1;
            while (error == AcseError.None && position < end)
            {
                int tag;
                int start;
                int length;
                error = AcseFields.NextField(buffer, ref position, end, ref lastNumber, out tag, out start, out length);
                if (error != AcseError.None)
                {
                    break;
                }

                int number = tag & 0x1F;
                if (number == 0)
                {
                    error = AcseFields.CheckForm(tag, false);
                    if (error == AcseError.None)
                    {
                        error = AcseFields.ReadSmallInteger(buffer, start, length, out reason);
                    }

                    if (error == AcseError.None && reason != 0 && reason != 1 && reason != 30)
                    {
                        error = AcseError.BadValue;
                    }
                }
                else if (number == 30)
                {
                    error = AcseFields.CheckForm(tag, true);
                    if (error == AcseError.None)
                    {
                        error = AcseFields.ReadUserInformation(buffer, start, length, maxUserInformationLength, out userInformation);
                    }
                }
            }

            if (error != AcseError.None)
            {
                reason = -1;
                userInformation = null;
            }

            return error;
        }

        /// <summary>Encodes the APDU; the reason is written only when <paramref name="hasReason"/>.</summary>
        public static AcseError Encode(byte[] buffer, int offset, int apduTag, bool hasReason, int reason, byte[] userInformation, out int written)
        {
            written = 0;
            if (hasReason && (reason < 0 || reason > 0x7F))
            {
                return AcseError.BadValue;
            }

            int content = (hasReason ? 3 : 0) + AcseFields.OptionalWrappedSize(userInformation);
            AcseError error = AcseFields.CheckEncodeRoom(buffer, offset, content, out written);
            if (error != AcseError.None)
            {
                return error;
            }

            int p = BerWriter.WriteHeader(buffer, offset, apduTag, content);
            if (hasReason)
            {
                p = AcseFields.WriteSmallInteger(buffer, p, 0x80, reason);
            }

            AcseFields.WriteOptionalWrapped(buffer, p, 0xBE, AcseTag.OctetString, userInformation);
            return AcseError.None;
        }
    }
}
