using System;
using Meter.Dlms.Xdlms;

namespace Meter.Dlms.Server
{
    /// <summary>Sizes the server's sessions work with; read when a session opens.</summary>
    public sealed class DlmsServerSettings
    {
        /// <summary>
        /// The smallest plain APDU a client must be able to receive (its max-receive-pdu-size, less
        /// the ciphering overhead on a ciphered association); below it the InitiateRequest is refused
        /// with pdu-size-too-short, as no GET block would fit.
        /// </summary>
        public const int MinimumPlainSendSize = 32;

        private int _maxApduSize = 1024;
        private int _challengeLength = 16;
        private int _maxLongGetSize = 16384;
        private int _maxBlockRequestSize = 4096;

        /// <summary>
        /// Our max-receive-pdu-size, and the largest APDU a session accepts and sends (ciphered form
        /// included); default 1024.
        /// </summary>
        public int MaxApduSize
        {
            get
            {
                return _maxApduSize;
            }

            set
            {
                if (value < 2 * MinimumPlainSendSize || value > InitiateNegotiation.MaximumPduSize)
                {
                    throw new ArgumentOutOfRangeException("value");
                }

                _maxApduSize = value;
            }
        }

        /// <summary>Length of the HLS server challenge StoC (Green Book ed. 9, 9.2.7.4: 8 to 64 octets); default 16.</summary>
        public int ChallengeLength
        {
            get
            {
                return _challengeLength;
            }

            set
            {
                if (value < AssociationState.MinChallengeLength || value > AssociationState.MaxChallengeLength)
                {
                    throw new ArgumentOutOfRangeException("value");
                }

                _challengeLength = value;
            }
        }

        /// <summary>
        /// The longest encoded GET result, or ACTION response, sent in blocks (a longer one answers
        /// other-reason); default 16384.
        /// </summary>
        public int MaxLongGetSize
        {
            get
            {
                return _maxLongGetSize;
            }

            set
            {
                if (value < 1)
                {
                    throw new ArgumentOutOfRangeException("value");
                }

                _maxLongGetSize = value;
            }
        }

        /// <summary>
        /// The longest value (or value list) a SET or ACTION request may bring in blocks; a transfer
        /// that would exceed it is aborted (long-set-aborted, long-action-aborted). The session
        /// allocates a buffer of this size at its first such transfer; default 4096.
        /// </summary>
        public int MaxBlockRequestSize
        {
            get
            {
                return _maxBlockRequestSize;
            }

            set
            {
                if (value < 1)
                {
                    throw new ArgumentOutOfRangeException("value");
                }

                _maxBlockRequestSize = value;
            }
        }
    }
}
