namespace Meter.Dlms.Acse
{
    /// <summary>An APDU whose fields <see cref="AcseFields.DecodeApdu"/> hands over one at a time.</summary>
    internal interface IAcseFieldDecoder
    {
        /// <summary>Decodes one context-specific field (value at buffer[start, start+length)); counts the mandatory ones in <paramref name="mandatorySeen"/>.</summary>
        AcseError DecodeField(byte[] buffer, int tag, int start, int length, int maxUserInformationLength, ref int mandatorySeen);
    }
}
