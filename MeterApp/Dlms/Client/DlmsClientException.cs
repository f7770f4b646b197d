using System;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// A protocol failure seen by the DLMS client: no answer, an answer it cannot decode or
    /// authenticate, a refused association, an exception-response. The message says what happened
    /// in words a person running the client can act on.
    /// </summary>
    public sealed class DlmsClientException : Exception
    {
        /// <summary>A failure described by <paramref name="message"/>.</summary>
        public DlmsClientException(string message)
            : base(message)
        {
        }
    }
}
