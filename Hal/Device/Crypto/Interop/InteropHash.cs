using System;
using Meter.Hal.Crypto;
using Meter.Hal.Crypto.Interop;

namespace Meter.Hal.Device
{
    /// <summary>
    /// SHA-256 or SHA-384 in the firmware (<see cref="NativeCrypto"/>). The digest state lives in one
    /// of the firmware's few native contexts, taken at the first Append and given back at Finish or
    /// Initialize: a digest abandoned half-way keeps its context until one of those, so callers that
    /// give up on a message call <see cref="Initialize"/>. Not thread-safe: one per user.
    /// </summary>
    public sealed class InteropHash : IHash
    {
        private const int NoContext = -1;

        private readonly int _hashLength;
        private int _context = NoContext;

        /// <param name="hashLength">32 for SHA-256, 48 for SHA-384.</param>
        public InteropHash(int hashLength)
        {
            if (hashLength != 32 && hashLength != 48)
            {
                throw new ArgumentOutOfRangeException("hashLength");
            }

            _hashLength = hashLength;
        }

        /// <inheritdoc/>
        public int HashLength
        {
            get { return _hashLength; }
        }

        /// <inheritdoc/>
        public void Initialize()
        {
            if (_context != NoContext)
            {
                int context = _context;
                _context = NoContext;
                NativeCrypto.Sha2Release(context);
            }
        }

        /// <inheritdoc/>
        public void Append(byte[] data, int offset, int count)
        {
            Bounds.CheckBuffer(data, offset, count, "data");
            if (count == 0)
            {
                return;
            }

            NativeCrypto.Sha2Update(Context(), data, offset, count);
        }

        /// <inheritdoc/>
        public void Finish(byte[] output, int offset)
        {
            Bounds.CheckBuffer(output, offset, _hashLength, "output");
            int context = Context();
            _context = NoContext;
            NativeCrypto.Sha2Finish(context, output, offset);
        }

        private int Context()
        {
            if (_context == NoContext)
            {
                _context = NativeCrypto.Sha2Begin(_hashLength);
                if (_context < 0)
                {
                    _context = NoContext;
                    throw new InvalidOperationException("every native SHA-2 context of the firmware is in use (a digest was abandoned without Initialize?)");
                }
            }

            return _context;
        }
    }
}
