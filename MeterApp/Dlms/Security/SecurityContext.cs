using System;
using Meter.Hal.Crypto.Keys;

namespace Meter.Dlms.Security
{
    /// <summary>
    /// The suite 0 security material of one association (Green Book ed. 9, 9.2.7.2.4): the global
    /// unicast key with the peer's counter guard, the authentication key, optionally the broadcast
    /// and dedicated keys each with their own guard, our system title and the peer's. Keys are
    /// handles; their bytes stay in the crypto HAL.
    /// </summary>
    public sealed class SecurityContext
    {
        /// <summary>Length of a system title (Green Book ed. 9, 4.3.4: 8 octets).</summary>
        public const int SystemTitleLength = 8;

        private readonly byte[] _ownSystemTitle = new byte[SystemTitleLength];
        private readonly byte[] _peerSystemTitle = new byte[SystemTitleLength];

        /// <summary>
        /// A context for our system title <paramref name="ownSystemTitle"/> (8 bytes at
        /// <paramref name="offset"/>), the global unicast EK <paramref name="globalKey"/> and the AK
        /// <paramref name="authenticationKey"/>; <paramref name="globalCounter"/> remembers the
        /// peer's counter under the global key.
        /// </summary>
        public SecurityContext(KeyHandle globalKey, KeyHandle authenticationKey, IInvocationCounterGuard globalCounter, byte[] ownSystemTitle, int offset)
        {
            if (globalKey == null || authenticationKey == null || globalCounter == null)
            {
                throw new ArgumentNullException(globalKey == null ? "globalKey" : authenticationKey == null ? "authenticationKey" : "globalCounter");
            }

            CopyTitle(ownSystemTitle, offset, _ownSystemTitle);
            GlobalKey = globalKey;
            AuthenticationKey = authenticationKey;
            GlobalCounter = globalCounter;
        }

        /// <summary>The global unicast encryption key.</summary>
        public KeyHandle GlobalKey { get; }

        /// <summary>The authentication key (its bytes enter the AAD inside the HAL).</summary>
        public KeyHandle AuthenticationKey { get; }

        /// <summary>The peer's counter under <see cref="GlobalKey"/>.</summary>
        public IInvocationCounterGuard GlobalCounter { get; }

        /// <summary>The global broadcast key, or null when broadcast APDUs are refused.</summary>
        public KeyHandle BroadcastKey { get; private set; }

        /// <summary>The peer's counter under <see cref="BroadcastKey"/>.</summary>
        public IInvocationCounterGuard BroadcastCounter { get; private set; }

        /// <summary>The dedicated key of this association, or null when ded-* APDUs are refused.</summary>
        public KeyHandle DedicatedKey { get; private set; }

        /// <summary>The peer's counter under <see cref="DedicatedKey"/>.</summary>
        public IInvocationCounterGuard DedicatedCounter { get; private set; }

        /// <summary>
        /// Whether encryption-only APDUs (SC 0x20, no tag) are opened. Off by default: such an APDU
        /// is not authenticated, yet its invocation counter would advance the guard, so anyone could
        /// push the counter to its end and lock the peer out until the key changes.
        /// </summary>
        public bool AcceptsEncryptionOnly { get; set; }

        /// <summary>True once the peer's system title is known (AARQ/AARE calling/responding AP title).</summary>
        public bool HasPeerSystemTitle { get; private set; }

        /// <summary>Our system title, the first half of every IV we send with.</summary>
        internal byte[] OwnSystemTitle
        {
            get { return _ownSystemTitle; }
        }

        /// <summary>The peer's system title, the first half of every IV it sends with (meaningful once <see cref="HasPeerSystemTitle"/>).</summary>
        internal byte[] PeerSystemTitle
        {
            get { return _peerSystemTitle; }
        }

        /// <summary>Learns the peer's system title (8 bytes at <paramref name="offset"/>).</summary>
        public void SetPeerSystemTitle(byte[] systemTitle, int offset)
        {
            CopyTitle(systemTitle, offset, _peerSystemTitle);
            HasPeerSystemTitle = true;
        }

        /// <summary>Accepts the broadcast key (SC bit 0x40) with its own counter guard; null, null refuses broadcast again.</summary>
        public void SetBroadcastKey(KeyHandle key, IInvocationCounterGuard counter)
        {
            CheckPair(key, counter);
            BroadcastKey = key;
            BroadcastCounter = counter;
        }

        /// <summary>Sets the dedicated key carried in the InitiateRequest, with its own counter guard; null, null ends it.</summary>
        public void SetDedicatedKey(KeyHandle key, IInvocationCounterGuard counter)
        {
            CheckPair(key, counter);
            DedicatedKey = key;
            DedicatedCounter = counter;
        }

        private static void CheckPair(KeyHandle key, IInvocationCounterGuard counter)
        {
            if ((key == null) != (counter == null))
            {
                throw new ArgumentException("a key and its counter guard come together");
            }
        }

        private static void CopyTitle(byte[] source, int offset, byte[] destination)
        {
            if (source == null)
            {
                throw new ArgumentNullException("systemTitle");
            }

            if (offset < 0 || offset > source.Length - SystemTitleLength)
            {
                throw new ArgumentOutOfRangeException("offset");
            }

            Array.Copy(source, offset, destination, 0, SystemTitleLength);
        }
    }
}
