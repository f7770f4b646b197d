using System;

namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// Finds HDLC frames in a serial byte stream (IEC 62056-46 6.4) with one fixed buffer. A frame
    /// starts at a 0x7E flag and, since 62056-46 uses no byte stuffing, ends where its length field
    /// says, on another flag; that closing flag may open the next frame. Bytes outside frames are
    /// skipped, a frame whose declared size exceeds the buffer is discarded unread. It checks framing
    /// only: run <see cref="HdlcFrameDecoder"/> on each frame.
    /// </summary>
    public sealed class HdlcFramer
    {
        private readonly byte[] _buffer;
        private int _held;
        private int _expected;
        private int _skip;
        private bool _hunting;
        private bool _frameHeld;

        /// <summary>A framer for frames of at most <paramref name="capacity"/> bytes, flags included.</summary>
        public HdlcFramer(int capacity)
        {
            if (capacity < HdlcFrameDecoder.MinLength + 2 || capacity > HdlcFrameDecoder.MaxLength + 2)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _buffer = new byte[capacity];
            _hunting = true;
        }

        /// <summary>The buffer a frame is in after <see cref="HdlcFramerResult.Frame"/>, from index 0.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Size of the frame in <see cref="Buffer"/>, flags included; valid after Frame.</summary>
        public int FrameLength { get; private set; }

        /// <summary>Bytes skipped so far: garbage, broken and oversize frames (flags not counted).</summary>
        public int DiscardedBytes { get; private set; }

        /// <summary>Oversize frames seen so far.</summary>
        public int OversizeFrames { get; private set; }

        /// <summary>Forgets any partial frame and hunts for the next flag.</summary>
        public void Reset()
        {
            _held = 0;
            _expected = 0;
            _skip = 0;
            _hunting = true;
            _frameHeld = false;
            FrameLength = 0;
        }

        /// <summary>
        /// Consumes bytes until a frame completes, an oversize frame is detected, or the input ends;
        /// <paramref name="consumed"/> says how many bytes were used. Call again with the rest. A held
        /// frame stays in <see cref="Buffer"/> until the next call.
        /// </summary>
        public HdlcFramerResult Push(byte[] data, int offset, int count, out int consumed)
        {
            if (_frameHeld)
            {
                _frameHeld = false;
                Open(); // the closing flag of the last frame opens the next one
            }

            int i = 0;
            while (i < count)
            {
                byte b = data[offset + i];
                i++;
                if (_skip > 0)
                {
                    _skip--;
                    if (_skip == 0)
                    {
                        ResyncOn(b);
                    }
                    else
                    {
                        DiscardedBytes++;
                    }

                    continue;
                }

                if (_hunting)
                {
                    ResyncOn(b);
                    continue;
                }

                if (_held == 1)
                {
                    if (b == HdlcFrameDecoder.Flag)
                    {
                        continue; // repeated flags between frames
                    }

                    if ((b >> 4) != 0xA)
                    {
                        DiscardedBytes++;
                        _hunting = true;
                        continue;
                    }

                    _buffer[_held++] = b;
                    continue;
                }

                if (_held == 2)
                {
                    int length = ((_buffer[1] & 0x07) << 8) | b;
                    if (length < HdlcFrameDecoder.MinLength)
                    {
                        DiscardedBytes++;
                        ResyncOn(b);
                        continue;
                    }

                    if (length + 2 > _buffer.Length)
                    {
                        // Discard the declared frame: its content could otherwise fake flags.
                        OversizeFrames++;
                        DiscardedBytes += 2;
                        _skip = length + 2 - 3;
                        _held = 0;
                        consumed = i;
                        return HdlcFramerResult.Oversize;
                    }

                    _buffer[_held++] = b;
                    _expected = length + 2;
                    continue;
                }

                _buffer[_held++] = b;
                if (_held == _expected)
                {
                    if (b == HdlcFrameDecoder.Flag)
                    {
                        FrameLength = _expected;
                        _frameHeld = true;
                        consumed = i;
                        return HdlcFramerResult.Frame;
                    }

                    DiscardedBytes += _held - 1;
                    _hunting = true;
                }
            }

            consumed = count;
            return HdlcFramerResult.NeedMore;
        }

        private void Open()
        {
            _buffer[0] = HdlcFrameDecoder.Flag;
            _held = 1;
            _expected = 0;
            _hunting = false;
        }

        private void ResyncOn(byte b)
        {
            if (b == HdlcFrameDecoder.Flag)
            {
                Open();
            }
            else
            {
                DiscardedBytes++;
                _held = 0;
                _hunting = true;
            }
        }
    }
}
