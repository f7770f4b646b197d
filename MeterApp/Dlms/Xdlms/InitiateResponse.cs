namespace Meter.Dlms.Xdlms
{
    /// <summary>xDLMS InitiateResponse (Green Book 9.5 / IEC 62056-5-3 8.5, A-XDR encoded, tag 0x08),
    /// carried in the AARE user-information: e.g. 08 00 06 5F1F040000501F 01F4 0007.</summary>
    public sealed class InitiateResponse
    {
        /// <summary>APDU tag.</summary>
        public const byte Tag = 0x08;

        /// <summary>vaa-name of the Association LN object (logical name referencing).</summary>
        public const int LogicalNameVaa = 0x0007;

        /// <summary>vaa-name (base name of the Association SN object) for short name referencing.</summary>
        public const int ShortNameVaa = 0xFA00;

        /// <summary>Encoded size without quality-of-service.</summary>
        public const int MinimumSize = 1 + 1 + 1 + ConformanceBlock.Size + 2 + 2;

        /// <summary>negotiated-quality-of-service [0] IMPLICIT Integer8 OPTIONAL present.</summary>
        public bool HasNegotiatedQualityOfService;

        /// <summary>negotiated-quality-of-service value.</summary>
        public sbyte NegotiatedQualityOfService;

        /// <summary>negotiated-dlms-version-number (6).</summary>
        public byte NegotiatedDlmsVersion = 6;

        /// <summary>negotiated-conformance.</summary>
        public Conformance NegotiatedConformance;

        /// <summary>server-max-receive-pdu-size Unsigned16.</summary>
        public int ServerMaxReceivePduSize;

        /// <summary>vaa-name ObjectName (Integer16, held as its 16-bit pattern 0..65535).</summary>
        public int VaaName = LogicalNameVaa;

        /// <summary>Decodes an InitiateResponse that fills buffer[offset, offset+count) exactly; the
        /// fields change only on success. Never throws on bad input.</summary>
        public XdlmsError Decode(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || count > buffer.Length - offset)
            {
                return XdlmsError.Truncated;
            }

            int p = offset;
            int end = offset + count;
            if (end - p < 1)
            {
                return XdlmsError.Truncated;
            }

            if (buffer[p++] != Tag)
            {
                return XdlmsError.UnexpectedTag;
            }

            bool hasQos;
            sbyte qos;
            XdlmsError error = InitiateFields.ReadOptionalInteger8(buffer, ref p, end, out hasQos, out qos);
            if (error != XdlmsError.None)
            {
                return error;
            }

            if (end - p < 1 + ConformanceBlock.Size + 4)
            {
                return XdlmsError.Truncated;
            }

            byte version = buffer[p++];
            Conformance conformance;
            error = ConformanceBlock.Read(buffer, p, out conformance);
            if (error != XdlmsError.None)
            {
                return error;
            }

            p += ConformanceBlock.Size;
            int pdu = (buffer[p] << 8) | buffer[p + 1];
            int vaa = (buffer[p + 2] << 8) | buffer[p + 3];
            p += 4;
            if (p != end)
            {
                return XdlmsError.TrailingBytes;
            }

            HasNegotiatedQualityOfService = hasQos;
            NegotiatedQualityOfService = qos;
            NegotiatedDlmsVersion = version;
            NegotiatedConformance = conformance;
            ServerMaxReceivePduSize = pdu;
            VaaName = vaa;
            return XdlmsError.None;
        }

        /// <summary>Encodes into buffer at offset; <paramref name="written"/> is the APDU length.</summary>
        public XdlmsError Encode(byte[] buffer, int offset, out int written)
        {
            written = 0;
            if (ServerMaxReceivePduSize < 0 || ServerMaxReceivePduSize > 0xFFFF || VaaName < 0 || VaaName > 0xFFFF)
            {
                return XdlmsError.BadValue;
            }

            int size = MinimumSize + (HasNegotiatedQualityOfService ? 1 : 0);
            if (buffer == null || offset < 0 || offset > buffer.Length || size > buffer.Length - offset)
            {
                return XdlmsError.BufferTooSmall;
            }

            int p = offset;
            buffer[p++] = Tag;
            p = InitiateFields.WriteOptionalInteger8(buffer, p, HasNegotiatedQualityOfService, NegotiatedQualityOfService);
            buffer[p++] = NegotiatedDlmsVersion;
            p = ConformanceBlock.Write(buffer, p, NegotiatedConformance);
            buffer[p++] = (byte)(ServerMaxReceivePduSize >> 8);
            buffer[p++] = (byte)ServerMaxReceivePduSize;
            buffer[p++] = (byte)(VaaName >> 8);
            buffer[p++] = (byte)VaaName;
            written = p - offset;
            return XdlmsError.None;
        }
    }
}
