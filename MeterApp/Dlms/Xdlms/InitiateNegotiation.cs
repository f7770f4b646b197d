using System;

namespace Meter.Dlms.Xdlms
{
    /// <summary>Server-side xDLMS initiate negotiation (Green Book 9.3.2 / IEC 62056-5-3 COSEM-OPEN):
    /// DLMS version 6, conformance = server's AND client's proposal, PDU size limits of at least 12.</summary>
    public static class InitiateNegotiation
    {
        /// <summary>The DLMS version this implementation speaks.</summary>
        public const byte DlmsVersion = 6;

        /// <summary>Smallest max-receive-pdu-size accepted; below it the request is refused with pdu-size-too-short.</summary>
        public const int MinimumPduSize = 12;

        /// <summary>Largest max-receive-pdu-size (Unsigned16).</summary>
        public const int MaximumPduSize = 0xFFFF;

        /// <summary>Fills <paramref name="response"/> from <paramref name="request"/> and the server's
        /// capabilities, or returns false with the <see cref="InitiateError"/> to answer in a
        /// ConfirmedServiceError (Green Book 9.3.2: version below 6, no common conformance bit, or
        /// client-max-receive-pdu-size below 12).</summary>
        public static bool Negotiate(InitiateRequest request, Conformance serverConformance, int serverMaxReceivePduSize, InitiateResponse response, out InitiateError error)
        {
            if (serverMaxReceivePduSize < MinimumPduSize || serverMaxReceivePduSize > MaximumPduSize)
            {
                throw new ArgumentOutOfRangeException("serverMaxReceivePduSize");
            }

            error = InitiateError.Other;
            if (request.ProposedDlmsVersion < DlmsVersion)
            {
                error = InitiateError.DlmsVersionTooLow;
                return false;
            }

            Conformance negotiated = request.ProposedConformance & serverConformance;
            if (negotiated == Conformance.None)
            {
                error = InitiateError.IncompatibleConformance;
                return false;
            }

            if (request.ClientMaxReceivePduSize < MinimumPduSize)
            {
                error = InitiateError.PduSizeTooShort;
                return false;
            }

            response.HasNegotiatedQualityOfService = false;
            response.NegotiatedQualityOfService = 0;
            response.NegotiatedDlmsVersion = DlmsVersion;
            response.NegotiatedConformance = negotiated;
            response.ServerMaxReceivePduSize = serverMaxReceivePduSize;
            response.VaaName = InitiateResponse.LogicalNameVaa;
            return true;
        }

        /// <summary>Largest APDU the sender may send: the smaller of the peer's max-receive-pdu-size
        /// and the sender's own buffer, each bounded to 12..65535.</summary>
        public static int SendPduSize(int peerMaxReceivePduSize, int ownMaxSendPduSize)
        {
            int size = peerMaxReceivePduSize < ownMaxSendPduSize ? peerMaxReceivePduSize : ownMaxSendPduSize;
            return size < MinimumPduSize ? MinimumPduSize : size > MaximumPduSize ? MaximumPduSize : size;
        }
    }
}
