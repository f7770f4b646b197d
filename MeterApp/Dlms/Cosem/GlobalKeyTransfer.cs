using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Xdlms;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Keys;
using Meter.Security;

namespace Meter.Dlms.Cosem
{
    /// <summary>
    /// global_key_transfer of Security setup (Blue Book 4.4.7 method 2; Green Book ed. 9, 9.2.7.3):
    /// an array of key_data {key_id enum, key_wrapped octet-string}, each an AES-128 key wrapped
    /// with the current master key (RFC 3394), into the <see cref="DlmsKeySlots"/>.
    /// <para>
    /// All or nothing as far as the key store allows: every entry is checked and unwrapped into RAM
    /// first; only when all unwrap are the slots replaced, the master key last (the others were
    /// wrapped under the old one). The key store replaces a slot in two writes (erase, then the new
    /// record), so a power cut between them leaves that one slot empty; it never holds a key that
    /// did not pass the RFC 3394 integrity check. Not thread-safe: the DLMS task owns it.
    /// </para>
    /// </summary>
    public sealed class GlobalKeyTransfer
    {
        /// <summary>Length of a wrapped AES-128 key (16 + the 8-byte RFC 3394 integrity block).</summary>
        public const int WrappedKeyLength = 24;

        private const int KeyIdCount = 4;
        private const int MasterKeyId = 3;

        private readonly KeyStore _keys;
        private readonly KeyOperations _operations;
        private readonly DlmsData[] _wrapped = new DlmsData[KeyIdCount];

        /// <summary>Transfers into <paramref name="keys"/> through <paramref name="operations"/> (this task's own instance).</summary>
        public GlobalKeyTransfer(KeyStore keys, KeyOperations operations)
        {
            if (keys == null || operations == null)
            {
                throw new ArgumentNullException(keys == null ? "keys" : "operations");
            }

            _keys = keys;
            _operations = operations;
        }

        /// <summary>
        /// Checks and applies one global_key_transfer. On success <paramref name="replaced"/> holds
        /// (4 entries, indexed by key id) the new handle of each key that changed; the others are
        /// left alone. Throws only when crypto or the store fails underneath (error state, flash).
        /// </summary>
        public GlobalKeyTransferResult Apply(DlmsData parameters, KeyHandle[] replaced)
        {
            if (replaced == null || replaced.Length < KeyIdCount)
            {
                throw new ArgumentException("room for 4 key handles", "replaced");
            }

            Array.Clear(_wrapped, 0, KeyIdCount);
            GlobalKeyTransferResult result = Parse(parameters);
            if (result != GlobalKeyTransferResult.Success)
            {
                return result;
            }

            bool damaged;
            KeyHandle master = _keys.Open(DlmsKeySlots.MasterKek, out damaged);
            if (master == null)
            {
                return GlobalKeyTransferResult.NoMasterKey;
            }

            for (int id = 0; id < KeyIdCount; id++)
            {
                if (_wrapped[id] != null && !Unwraps(master, _wrapped[id]))
                {
                    return GlobalKeyTransferResult.UnwrapFailed;
                }
            }

            for (int id = 0; id < KeyIdCount; id++)
            {
                if (_wrapped[id] != null)
                {
                    replaced[id] = Replace(master, id, _wrapped[id]);
                }
            }

            Array.Clear(_wrapped, 0, KeyIdCount);
            return GlobalKeyTransferResult.Success;
        }

        // array of key_data: 1..4 entries, key ids 0..3 each at most once, wrapped AES-128 keys.
        private GlobalKeyTransferResult Parse(DlmsData parameters)
        {
            if (!CosemValues.Is(parameters, DlmsDataType.Array) || parameters.Count < 1 || parameters.Count > KeyIdCount)
            {
                return GlobalKeyTransferResult.Malformed;
            }

            for (int i = 0; i < parameters.Count; i++)
            {
                DlmsData entry = parameters[i];
                if (!CosemValues.IsStructure(entry, 2) || !CosemValues.Is(entry[0], DlmsDataType.Enum) || !CosemValues.IsOctetString(entry[1], WrappedKeyLength))
                {
                    return GlobalKeyTransferResult.Malformed;
                }

                int id = (int)entry[0].AsInt64();
                if (id >= KeyIdCount || _wrapped[id] != null)
                {
                    return GlobalKeyTransferResult.Malformed;
                }

                _wrapped[id] = entry[1];
            }

            return GlobalKeyTransferResult.Success;
        }

        private bool Unwraps(KeyHandle master, DlmsData wrapped)
        {
            byte[] bytes = wrapped.GetBytes();
            KeyHandle trial = _operations.UnwrapKey(master, bytes, 0, bytes.Length, KeyStore.SessionSlot, KeyType.Aes128, KeyUsage.Encryption);
            if (trial == null)
            {
                return false;
            }

            _keys.Destroy(trial);
            return true;
        }

        private KeyHandle Replace(KeyHandle master, int keyId, DlmsData wrapped)
        {
            ushort slot = DlmsKeySlots.SlotOf(keyId);
            byte[] bytes = wrapped.GetBytes();
            _keys.Erase(slot);
            KeyHandle key = _operations.UnwrapKey(master, bytes, 0, bytes.Length, slot, KeyType.Aes128, DlmsKeySlots.UsageOf(slot));
            if (key == null)
            {
                // Unwrapped a moment ago under the same key: only a failing crypto engine gets here.
                throw new CryptoErrorStateException("global_key_transfer: a checked key no longer unwraps");
            }

            return key;
        }
    }
}
