namespace Meter.Dlms.Xdlms
{
    /// <summary>xDLMS InitiateRequest (Green Book 9.5 / IEC 62056-5-3 8.5, A-XDR encoded, tag 0x01),
    /// carried in the AARQ user-information: e.g. 01 00 00 00 06 5F1F0400007E1F 04B0.</summary>
    public sealed class InitiateRequest
    {
        /// <summary>APDU tag.</summary>
        public const byte Tag = 0x01;

        /// <summary>dedicated-key OPTIONAL (16 octets for suites 0/1, 32 for suite 2); null when absent.</summary>
        public byte[] DedicatedKey;

        /// <summary>response-allowed BOOLEAN DEFAULT TRUE; encoded as "default" (00) when true.</summary>
        public bool ResponseAllowed = true;

        /// <summary>proposed-quality-of-service [0] IMPLICIT Integer8 OPTIONAL present.</summary>
        public bool HasProposedQualityOfService;

        /// <summary>proposed-quality-of-service value.</summary>
        public sbyte ProposedQualityOfService;

        /// <summary>proposed-dlms-version-number (6 for DLMS version 6).</summary>
        public byte ProposedDlmsVersion = 6;

        /// <summary>proposed-conformance.</summary>
        public Conformance ProposedConformance;

        /// <summary>client-max-receive-pdu-size Unsigned16 (0 means no limit).</summary>
        public int ClientMaxReceivePduSize;

        /// <summary>Decodes an InitiateRequest that fills buffer[offset, offset+count) exactly; the
        /// fields change only on success. Never throws on bad input.</summary>
        public XdlmsError Decode(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || count > buffer.Length - offset)
            {
                return XdlmsError.Truncated;
            }

            int p = offset;
            int end = offset + count;
            if (end - p < 2)
            {
                return XdlmsError.Truncated;
            }

            if (buffer[p++] != Tag)
            {
                return XdlmsError.UnexpectedTag;
            }

            // dedicated-key OPTIONAL: usage flag, then an A-XDR OCTET STRING (one-octet length here).
            int flag = buffer[p++];
            if (flag > 1)
            {
                return XdlmsError.BadValue;
            }

            byte[] key = null;
            if (flag == 1)
            {
                if (end - p < 1)
                {
                    return XdlmsError.Truncated;
                }

                int keyLength = buffer[p++];
                if (keyLength != 16 && keyLength != 32)
                {
                    return XdlmsError.BadValue;
                }

                if (end - p < keyLength)
                {
                    return XdlmsError.Truncated;
                }

                key = new byte[keyLength];
                System.Array.Copy(buffer, p, key, 0, keyLength);
                p += keyLength;
            }

            // response-allowed DEFAULT TRUE, proposed-quality-of-service OPTIONAL, version, conformance, pdu size.
            bool allowed;
            bool hasQos;
            sbyte qos;
            XdlmsError error = InitiateFields.ReadDefaultTrue(buffer, ref p, end, out allowed);
            if (error == XdlmsError.None)
            {
                error = InitiateFields.ReadOptionalInteger8(buffer, ref p, end, out hasQos, out qos);
                if (error == XdlmsError.None)
                {
                    if (end - p < 1 + ConformanceBlock.Size + 2)
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
                    p += 2;
                    if (p != end)
                    {
                        return XdlmsError.TrailingBytes;
                    }

                    DedicatedKey = key;
                    ResponseAllowed = allowed;
                    HasProposedQualityOfService = hasQos;
                    ProposedQualityOfService = qos;
                    ProposedDlmsVersion = version;
                    ProposedConformance = conformance;
                    ClientMaxReceivePduSize = pdu;
                }
            }

            return error;
        }

        /// <summary>Encodes into buffer at offset; <paramref name="written"/> is the APDU length.</summary>
        public XdlmsError Encode(byte[] buffer, int offset, out int written)
        {
            written = 0;
            if ((DedicatedKey != null && DedicatedKey.Length != 16 && DedicatedKey.Length != 32)
                || ClientMaxReceivePduSize < 0 || ClientMaxReceivePduSize > 0xFFFF)
            {
                return XdlmsError.BadValue;
            }

            int size = 1 + (DedicatedKey == null ? 1 : 2 + DedicatedKey.Length)
                + (ResponseAllowed ? 1 : 2)
                + (HasProposedQualityOfService ? 2 : 1)
                + 1 + ConformanceBlock.Size + 2;
            if (buffer == null || offset < 0 || offset > buffer.Length || size > buffer.Length - offset)
            {
                return XdlmsError.BufferTooSmall;
            }

            int p = offset;
            buffer[p++] = Tag;
            if (DedicatedKey == null)
            {
                buffer[p++] = 0x00;
            }
            else
            {
                buffer[p++] = 0x01;
                buffer[p++] = (byte)DedicatedKey.Length;
                System.Array.Copy(DedicatedKey, 0, buffer, p, DedicatedKey.Length);
                p += DedicatedKey.Length;
            }

            p = InitiateFields.WriteDefaultTrue(buffer, p, ResponseAllowed);
            p = InitiateFields.WriteOptionalInteger8(buffer, p, HasProposedQualityOfService, ProposedQualityOfService);
            buffer[p++] = ProposedDlmsVersion;
            p = ConformanceBlock.Write(buffer, p, ProposedConformance);
            buffer[p++] = (byte)(ClientMaxReceivePduSize >> 8);
            buffer[p++] = (byte)ClientMaxReceivePduSize;
            written = p - offset;
            return XdlmsError.None;
        }
    }
}
