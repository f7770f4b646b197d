using System;
using Meter.Dlms.Security;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Client
{
    /// <summary>
    /// What the client needs for an HLS-GMAC association with suite 0 ciphering (Green Book ed. 9,
    /// 9.2.7.3 and 9.2.7.4): the EK and AK as key handles with the operations that use them, the
    /// client's system title, the first invocation counter to send with (the caller knows it, e.g.
    /// from the meter's 0.0.43.1.x.255 read in a public association, plus one), the random source
    /// for the CtoS challenge, and optionally the server system title to insist on.
    /// </summary>
    public sealed class ClientSecurity
    {
        /// <summary>Length of the CtoS challenge (HLS-GMAC allows 8 to 64 bytes).</summary>
        public const int ChallengeLength = 16;

        private readonly byte[] _systemTitle = new byte[SecurityContext.SystemTitleLength];
        private byte[] _expectedServerTitle;

        /// <summary>
        /// Security for a client with system title <paramref name="systemTitle"/> (8 bytes) whose next
        /// APDU is protected with <paramref name="invocationCounter"/>.
        /// </summary>
        public ClientSecurity(KeyOperations operations, KeyHandle encryptionKey, KeyHandle authenticationKey, byte[] systemTitle, uint invocationCounter, IRandomSource random)
        {
            if (operations == null || encryptionKey == null || authenticationKey == null || systemTitle == null || random == null)
            {
                throw new ArgumentNullException(operations == null ? "operations" : encryptionKey == null ? "encryptionKey" : authenticationKey == null ? "authenticationKey" : systemTitle == null ? "systemTitle" : "random");
            }

            if (systemTitle.Length != SecurityContext.SystemTitleLength)
            {
                throw new ArgumentException("a system title has 8 bytes");
            }

            Array.Copy(systemTitle, _systemTitle, _systemTitle.Length);
            Operations = operations;
            EncryptionKey = encryptionKey;
            AuthenticationKey = authenticationKey;
            InvocationCounter = invocationCounter;
            Random = random;
        }

        /// <summary>The operations over the client's key store.</summary>
        public KeyOperations Operations { get; }

        /// <summary>The global unicast encryption key (EK).</summary>
        public KeyHandle EncryptionKey { get; }

        /// <summary>The authentication key (AK).</summary>
        public KeyHandle AuthenticationKey { get; }

        /// <summary>The invocation counter of the first protected APDU.</summary>
        public uint InvocationCounter { get; }

        /// <summary>The source of the CtoS challenge.</summary>
        public IRandomSource Random { get; }

        /// <summary>A copy of the client's system title.</summary>
        public byte[] SystemTitle
        {
            get { return Copy(_systemTitle); }
        }

        /// <summary>The server system title the AARE must carry, or null to accept the one it carries.</summary>
        public byte[] ExpectedServerSystemTitle
        {
            get { return _expectedServerTitle == null ? null : Copy(_expectedServerTitle); }
            set
            {
                if (value != null && value.Length != SecurityContext.SystemTitleLength)
                {
                    throw new ArgumentException("a system title has 8 bytes");
                }

                _expectedServerTitle = value == null ? null : Copy(value);
            }
        }

        private static byte[] Copy(byte[] source)
        {
            byte[] copy = new byte[source.Length];
            Array.Copy(source, copy, source.Length);
            return copy;
        }
    }
}
