using System;

namespace Meter.Hal.Crypto
{
    /// <summary>
    /// AES-GCM (NIST SP 800-38D) over any <see cref="IAesEngine"/>, so a board's native AES drives
    /// it as well as the managed one. Only 96-bit nonces (section 8.2.1, J0 = IV ‖ 0^31 ‖ 1) and
    /// tags of 12 to 16 bytes (section 5.2.1.2; DLMS uses 12). Counter blocks are encrypted in
    /// batches of up to <see cref="BatchBlocks"/> per <see cref="IAesEngine.EncryptBlocks"/> call,
    /// J0 riding in the first batch, because every call into native AES costs interpreter time.
    /// GHASH uses per-key 8-bit tables (<see cref="Ghash"/>). Encrypt and Decrypt allocate nothing.
    /// Plaintext and ciphertext may be the same region or disjoint, not partially overlapping.
    /// Lengths are at most <see cref="MaxLength"/>, far below the limits of section 5.2.1.1 (plaintext
    /// at most 2^39 - 256 bits, AAD below 2^64 bits), so the 32-bit counter never wraps. Not thread-safe.
    /// </summary>
    public sealed class GcmCipher : IAesGcm
    {
        /// <summary>The only nonce length accepted, in bytes.</summary>
        public const int NonceSizeInBytes = 12;

        /// <summary>Shortest tag accepted (DLMS security suites).</summary>
        public const int MinTagSizeInBytes = 12;

        /// <summary>Longest tag, the whole GHASH block.</summary>
        public const int MaxTagSizeInBytes = 16;

        /// <summary>
        /// Longest plaintext or AAD accepted, in bytes: whole blocks below int.MaxValue, so no block
        /// arithmetic can overflow (far inside the 2^36 - 32 bytes of section 5.2.1.1).
        /// </summary>
        public const int MaxLength = 0x7FFFFFF0;

        /// <summary>Counter blocks encrypted per call into the engine (a 1 KiB keystream buffer).</summary>
        public const int BatchBlocks = 64;

        private const int BlockSize = 16;

        private readonly IAesEngine _engine;
        private readonly Ghash _ghash;
        private readonly byte[] _keystream = new byte[BatchBlocks * BlockSize];
        private readonly byte[] _nonce = new byte[NonceSizeInBytes];
        private readonly byte[] _tagMask = new byte[BlockSize];
        private bool _cleared;

        /// <summary>
        /// Binds the mode to <paramref name="engine"/>, which it owns from now on (<see cref="Clear"/>
        /// clears it), and derives the hash subkey H = CIPH_K(0^128) (section 6.4).
        /// </summary>
        public GcmCipher(IAesEngine engine)
        {
            if (engine == null)
            {
                throw new ArgumentNullException("engine");
            }

            _engine = engine;
            engine.EncryptBlocks(_keystream, 0, _keystream, 0, 1);
            _ghash = new Ghash(_keystream, 0);
            Array.Clear(_keystream, 0, BlockSize);
        }

        /// <inheritdoc/>
        public void Encrypt(
            byte[] nonce, int nonceOffset,
            byte[] plaintext, int plaintextOffset, int length,
            byte[] ciphertext, int ciphertextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength)
        {
            Encrypt(nonce, nonceOffset, NonceSizeInBytes, plaintext, plaintextOffset, length, ciphertext, ciphertextOffset,
                associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
        }

        /// <summary>
        /// As <see cref="IAesGcm.Encrypt"/>, with the nonce length explicit: anything but 12 bytes,
        /// and a tag length outside 12..16, throws <see cref="ArgumentException"/>.
        /// </summary>
        public void Encrypt(
            byte[] nonce, int nonceOffset, int nonceLength,
            byte[] plaintext, int plaintextOffset, int length,
            byte[] ciphertext, int ciphertextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength)
        {
            if (tagLength < MinTagSizeInBytes || tagLength > MaxTagSizeInBytes)
            {
                throw new ArgumentOutOfRangeException("tagLength");
            }

            CheckArguments(nonce, nonceOffset, nonceLength, plaintext, plaintextOffset, length, ciphertext, ciphertextOffset,
                associatedData, associatedDataOffset, associatedDataLength);
            Bounds.CheckBuffer(tag, tagOffset, tagLength, "tag");

            Start(nonce, nonceOffset, associatedData, associatedDataOffset, associatedDataLength);
            int blocks = FillCounters(true, 0, length);
            _engine.EncryptBlocks(_keystream, 0, _keystream, 0, blocks);
            Array.Copy(_keystream, 0, _tagMask, 0, BlockSize);

            // Section 7.1 steps 3-5: C = GCTR(inc32(J0), P), hashed as it is produced.
            ApplyKeystream(plaintext, plaintextOffset, ciphertext, ciphertextOffset, length, blocks, true);
            _ghash.UpdateLengths(associatedDataLength, length);
            _ghash.WriteMasked(_tagMask, 0, tag, tagOffset, tagLength);
            _ghash.Reset();
            Array.Clear(_tagMask, 0, BlockSize);
        }

        /// <inheritdoc/>
        public bool Decrypt(
            byte[] nonce, int nonceOffset,
            byte[] ciphertext, int ciphertextOffset, int length,
            byte[] plaintext, int plaintextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength)
        {
            return Decrypt(nonce, nonceOffset, NonceSizeInBytes, ciphertext, ciphertextOffset, length, plaintext, plaintextOffset,
                associatedData, associatedDataOffset, associatedDataLength, tag, tagOffset, tagLength);
        }

        /// <summary>
        /// As <see cref="IAesGcm.Decrypt"/>, with the nonce length explicit: anything but 12 bytes
        /// throws <see cref="ArgumentException"/> (a nonce length is fixed by the protocol, never data);
        /// a tag length outside 12..16 returns false.
        /// </summary>
        public bool Decrypt(
            byte[] nonce, int nonceOffset, int nonceLength,
            byte[] ciphertext, int ciphertextOffset, int length,
            byte[] plaintext, int plaintextOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength,
            byte[] tag, int tagOffset, int tagLength)
        {
            CheckArguments(nonce, nonceOffset, nonceLength, ciphertext, ciphertextOffset, length, plaintext, plaintextOffset,
                associatedData, associatedDataOffset, associatedDataLength);
            if (tagLength < MinTagSizeInBytes || tagLength > MaxTagSizeInBytes)
            {
                return false;
            }

            Bounds.CheckBuffer(tag, tagOffset, tagLength, "tag");

            // Section 7.2: hash the whole ciphertext and check the tag before any plaintext exists.
            Start(nonce, nonceOffset, associatedData, associatedDataOffset, associatedDataLength);
            _ghash.UpdatePadded(ciphertext, ciphertextOffset, length);
            _ghash.UpdateLengths(associatedDataLength, length);
            int blocks = FillCounters(true, 0, length);
            _engine.EncryptBlocks(_keystream, 0, _keystream, 0, blocks);

            // The expected tag goes into slot 0 over CIPH_K(J0), which is no longer needed.
            _ghash.WriteMasked(_keystream, 0, _keystream, 0, tagLength);
            _ghash.Reset();
            bool valid = ConstantTime.FixedTimeEquals(_keystream, 0, tag, tagOffset, tagLength);
            if (!valid)
            {
                Array.Clear(_keystream, 0, blocks * BlockSize);
                return false;
            }

            // Section 7.2 step 3: P = GCTR(inc32(J0), C).
            ApplyKeystream(ciphertext, ciphertextOffset, plaintext, plaintextOffset, length, blocks, false);
            return true;
        }

        /// <summary>Zeroises the hash subkey tables, the buffers and the engine's key schedule (the cipher owns its engine).</summary>
        public void Clear()
        {
            _engine.Clear();
            _ghash.Clear();
            Array.Clear(_keystream, 0, _keystream.Length);
            Array.Clear(_nonce, 0, _nonce.Length);
            Array.Clear(_tagMask, 0, BlockSize);
            _cleared = true;
        }

        private void CheckArguments(
            byte[] nonce, int nonceOffset, int nonceLength,
            byte[] input, int inputOffset, int length,
            byte[] output, int outputOffset,
            byte[] associatedData, int associatedDataOffset, int associatedDataLength)
        {
            if (_cleared)
            {
                throw new InvalidOperationException("the key was cleared");
            }

            if (nonceLength != NonceSizeInBytes)
            {
                throw new ArgumentException("GCM nonces must be 12 bytes", "nonceLength");
            }

            Bounds.CheckBuffer(nonce, nonceOffset, NonceSizeInBytes, "nonce");
            if (length > MaxLength || associatedDataLength > MaxLength)
            {
                throw new ArgumentOutOfRangeException("length");
            }

            CheckOptional(input, inputOffset, length, "input");
            CheckOptional(output, outputOffset, length, "output");
            CheckOptional(associatedData, associatedDataOffset, associatedDataLength, "associatedData");
            if (length > 0 && input == output && inputOffset != outputOffset
                && inputOffset < outputOffset + length && outputOffset < inputOffset + length)
            {
                throw new ArgumentException("input and output overlap partially");
            }
        }

        // A null buffer is allowed for an empty range (GMAC has no plaintext, DLMS often no AAD).
        private static void CheckOptional(byte[] buffer, int offset, int count, string name)
        {
            if (buffer != null || count != 0)
            {
                Bounds.CheckBuffer(buffer, offset, count, name);
            }
        }

        // Section 7.1 steps 2 and 4: J0 = IV ‖ 0^31 ‖ 1, then GHASH over the padded AAD.
        private void Start(byte[] nonce, int nonceOffset, byte[] associatedData, int associatedDataOffset, int associatedDataLength)
        {
            Array.Copy(nonce, nonceOffset, _nonce, 0, NonceSizeInBytes);
            _ghash.Reset();
            if (associatedDataLength > 0)
            {
                _ghash.UpdatePadded(associatedData, associatedDataOffset, associatedDataLength);
            }
        }

        /// <summary>
        /// GCTR (section 6.5) from inc32(J0): XORs the keystream into <paramref name="length"/> bytes,
        /// starting with the first batch of <paramref name="blocks"/> slots already encrypted (slot 0
        /// is J0), and fetching later batches as needed. With <paramref name="hashOutput"/> the output
        /// (ciphertext) is absorbed into GHASH block by block. Clears the keystream afterwards.
        /// </summary>
        private void ApplyKeystream(byte[] input, int inputOffset, byte[] output, int outputOffset, int length, int blocks, bool hashOutput)
        {
            byte[] ks = _keystream;
            int done = 0;
            int slot = 1;
            while (true)
            {
                for (; slot < blocks && done < length; slot++, done += BlockSize)
                {
                    int i = inputOffset + done;
                    int o = outputOffset + done;
                    int k = slot * BlockSize;
                    if (length - done >= BlockSize)
                    {
                        ulong hi = Ghash.Load64(input, i) ^ Ghash.Load64(ks, k);
                        ulong lo = Ghash.Load64(input, i + 8) ^ Ghash.Load64(ks, k + 8);
                        Ghash.Store64(hi, output, o);
                        Ghash.Store64(lo, output, o + 8);
                        if (hashOutput)
                        {
                            _ghash.UpdateBlock(hi, lo);
                        }
                    }
                    else
                    {
                        int tail = length - done;
                        for (int j = 0; j < tail; j++)
                        {
                            output[o + j] = (byte)(input[i + j] ^ ks[k + j]);
                        }

                        if (hashOutput)
                        {
                            _ghash.UpdatePadded(output, o, tail);
                        }
                    }
                }

                if (done >= length)
                {
                    break;
                }

                blocks = FillCounters(false, done, length);
                _engine.EncryptBlocks(ks, 0, ks, 0, blocks);
                slot = 0;
            }

            Array.Clear(ks, 0, ks.Length);
        }

        /// <summary>
        /// Writes the counter blocks of the next batch into the keystream buffer and returns how many:
        /// in the first batch slot 0 is J0 (counter 1) and slot s holds counter s + 1; later, slot s
        /// of the batch starting at byte <paramref name="done"/> holds counter done/16 + 2 + s.
        /// </summary>
        private int FillCounters(bool first, int done, int length)
        {
            int remaining = (length - done + BlockSize - 1) / BlockSize;
            int slot = first ? 1 : 0;
            int blocks = slot + remaining;
            if (blocks > BatchBlocks)
            {
                blocks = BatchBlocks;
            }

            uint counter = (uint)(done / BlockSize) + 2 - (uint)slot;
            byte[] ks = _keystream;
            byte[] nonce = _nonce;
            for (int s = 0, o = 0; s < blocks; s++, o += BlockSize, counter++)
            {
                for (int i = 0; i < NonceSizeInBytes; i++)
                {
                    ks[o + i] = nonce[i];
                }

                ks[o + 12] = (byte)(counter >> 24);
                ks[o + 13] = (byte)(counter >> 16);
                ks[o + 14] = (byte)(counter >> 8);
                ks[o + 15] = (byte)counter;
            }

            return blocks;
        }
    }
}
