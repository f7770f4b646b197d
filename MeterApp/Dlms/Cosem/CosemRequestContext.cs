namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// Who is calling an object, as the association that carries the request knows it. One instance
    /// per association, updated by the server as the association progresses (HLS pass 4 sets
    /// <see cref="IsAuthenticated"/>); objects read it and never keep it beyond the call.
    /// </summary>
    public sealed class CosemRequestContext
    {
        /// <summary>The client SAP of the association (16 public client, 1 management client).</summary>
        public ushort ClientSap { get; set; }

        /// <summary>True once the client proved itself (HLS pass 3/4 succeeded, or no authentication is required).</summary>
        public bool IsAuthenticated { get; set; }

        /// <summary>True when the request being served arrived cryptographically protected.</summary>
        public bool IsCiphered { get; set; }

        /// <summary>The client's 8-byte system title from the AARQ calling-AP-title, or null when it sent none.</summary>
        public byte[] ClientSystemTitle { get; set; }
    }
}
