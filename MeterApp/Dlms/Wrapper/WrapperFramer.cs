using System;

namespace Meter.Dlms.Wrapper
{
    /// <summary>
    /// Accumulates a TCP byte stream into whole wrapper PDUs (IEC 62056-47) in one fixed buffer of
    /// header + maximum APDU length; allocates nothing after construction. Handles headers split
    /// across reads and several PDUs in one read. A wrong version or an oversize or zero length is
    /// sticky: the stream has lost its framing and the caller drops the connection.
    /// </summary>
    public sealed class WrapperFramer
    {
        private readonly byte[] _buffer;
        private readonly int _maxApduLength;
        private WrapperHeader _header;
        private int _held;
        private bool _pduHeld;
        private WrapperResult _failure;

        /// <summary>A framer for APDUs of at most <paramref name="maxApduLength"/> bytes (1..65535).</summary>
        public WrapperFramer(int maxApduLength)
        {
            if (maxApduLength < 1 || maxApduLength > 0xFFFF)
            {
                throw new ArgumentOutOfRangeException("maxApduLength");
            }

            _maxApduLength = maxApduLength;
            _buffer = new byte[WrapperHeader.Size + maxApduLength];
            _failure = WrapperResult.Ok;
        }

        /// <summary>The PDU buffer: the header at 0, the APDU at <see cref="WrapperHeader.Size"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>The header of the PDU held after Ok (or of the rejected PDU after an error).</summary>
        public WrapperHeader Header
        {
            get { return _header; }
        }

        /// <summary>Offset of the APDU in <see cref="Buffer"/>.</summary>
        public int ApduOffset
        {
            get { return WrapperHeader.Size; }
        }

        /// <summary>Length of the APDU held after Ok.</summary>
        public int ApduLength
        {
            get { return _header.Length; }
        }

        /// <summary>Forgets any partial PDU and a previous failure (for a new connection).</summary>
        public void Reset()
        {
            _held = 0;
            _pduHeld = false;
            _failure = WrapperResult.Ok;
            _header = WrapperHeader.Create(0, 0, 0);
        }

        /// <summary>
        /// Consumes bytes until a PDU completes (Ok), the input ends (Truncated), or the stream is
        /// invalid (BadVersion, BadLength, Oversize: repeated on every later call until Reset).
        /// <paramref name="consumed"/> says how many bytes were used; call again with the rest. A held
        /// PDU stays in <see cref="Buffer"/> until the next call.
        /// </summary>
        public WrapperResult Push(byte[] data, int offset, int count, out int consumed)
        {
            consumed = 0;
            if (_failure != WrapperResult.Ok)
            {
                return _failure;
            }

            if (_pduHeld)
            {
                _pduHeld = false;
                _held = 0;
            }

            while (consumed < count)
            {
                if (_held < WrapperHeader.Size)
                {
                    int take = Smaller(WrapperHeader.Size - _held, count - consumed);
                    Array.Copy(data, offset + consumed, _buffer, _held, take);
                    _held += take;
                    consumed += take;
                    WrapperResult header = WrapperHeader.Parse(_buffer, 0, _held, _maxApduLength, out _header);
                    if (header == WrapperResult.Truncated)
                    {
                        continue;
                    }

                    if (header != WrapperResult.Ok)
                    {
                        _failure = header;
                        return header;
                    }
                }

                int total = WrapperHeader.Size + _header.Length;
                int body = Smaller(total - _held, count - consumed);
                Array.Copy(data, offset + consumed, _buffer, _held, body);
                _held += body;
                consumed += body;
                if (_held == total)
                {
                    _pduHeld = true;
                    return WrapperResult.Ok;
                }
            }

            return WrapperResult.Truncated;
        }

        private static int Smaller(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
