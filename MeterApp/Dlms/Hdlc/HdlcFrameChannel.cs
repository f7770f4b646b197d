using System;
using Meter.Hal.Clock;
using Meter.Hal.Io;

namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// HDLC frames over one serial byte stream (IEC 62056-46 6.4), shared by both link ends: finds
    /// and checks incoming frames (<see cref="HdlcFramer"/>, <see cref="HdlcFrameDecoder"/>), frames with
    /// a bad HCS/FCS are dropped silently, and writes outgoing frames from one reused buffer. Each
    /// <see cref="Poll"/> reads the port at most once, so its time is bounded by the read timeout.
    /// </summary>
    public sealed class HdlcFrameChannel
    {
        /// <summary>Bytes read from the port per read.</summary>
        public const int ReadChunkSize = 256;

        /// <summary>Frame bytes around the information field, for 4-byte addresses both ways.</summary>
        public const int FrameOverhead = 1 + 2 + 4 + 4 + 1 + 2 + 2 + 1;

        private readonly ISerialPort _port;
        private readonly IMonotonicClock _clock;
        private readonly HdlcFramer _framer;
        private readonly HdlcFrame _frame = new HdlcFrame();
        private readonly byte[] _input = new byte[ReadChunkSize];
        private readonly byte[] _output;
        private readonly int _interOctetTimeoutMilliseconds;
        private int _pendingOffset;
        private int _pendingCount;
        private long _lastByteAt;
        private bool _lineIdle = true;

        /// <summary>
        /// A channel for information fields of at most <paramref name="maxInfoLength"/> bytes both
        /// ways. A partial frame is dropped once the line has been quiet for
        /// <paramref name="interOctetTimeoutMilliseconds"/> (62056-46 inter-octet time-out; 0: never).
        /// </summary>
        public HdlcFrameChannel(ISerialPort port, IMonotonicClock clock, int maxInfoLength, int interOctetTimeoutMilliseconds)
        {
            if (port == null || clock == null)
            {
                throw new ArgumentNullException(port == null ? "port" : "clock");
            }

            if (maxInfoLength < HdlcParameters.MinMaxInfoLength || maxInfoLength > HdlcParameters.MaxMaxInfoLength)
            {
                throw new ArgumentOutOfRangeException("maxInfoLength");
            }

            _port = port;
            _clock = clock;
            _framer = new HdlcFramer(maxInfoLength + FrameOverhead);
            _output = new byte[maxInfoLength + FrameOverhead];
            _interOctetTimeoutMilliseconds = interOctetTimeoutMilliseconds;
        }

        /// <summary>The frame found by the last <see cref="Poll"/>; valid until the next one.</summary>
        public HdlcFrame Frame
        {
            get { return _frame; }
        }

        /// <summary>The buffer holding <see cref="Frame"/> (its information field is at <see cref="HdlcFrame.InfoOffset"/>).</summary>
        public byte[] FrameBuffer
        {
            get { return _framer.Buffer; }
        }

        /// <summary>The control byte of a frame reported as <see cref="HdlcChannelResult.InvalidControl"/>.</summary>
        public byte RejectedControl { get; private set; }

        /// <summary>Flag-delimited frames dropped for a bad format, address, HCS or FCS.</summary>
        public int DroppedFrames { get; private set; }

        /// <summary>
        /// Returns the next frame from bytes already read or, when none is complete, after one read
        /// that waits at most <paramref name="timeoutMilliseconds"/>.
        /// </summary>
        public HdlcChannelResult Poll(int timeoutMilliseconds)
        {
            bool read = false;
            while (true)
            {
                if (_pendingCount > 0)
                {
                    int consumed;
                    HdlcFramerResult found = _framer.Push(_input, _pendingOffset, _pendingCount, out consumed);
                    _pendingOffset += consumed;
                    _pendingCount -= consumed;
                    if (found == HdlcFramerResult.Frame)
                    {
                        HdlcChannelResult result = Decode();
                        if (result != HdlcChannelResult.None)
                        {
                            return result;
                        }
                    }

                    continue;
                }

                if (read)
                {
                    return HdlcChannelResult.None;
                }

                read = true;
                int count = _port.Read(_input, 0, _input.Length, timeoutMilliseconds);
                long now = _clock.UptimeMilliseconds;
                if (count <= 0)
                {
                    DropStalledFrame(now);
                    return HdlcChannelResult.None;
                }

                _pendingOffset = 0;
                _pendingCount = count;
                _lastByteAt = now;
                _lineIdle = false;
            }
        }

        /// <summary>Forgets buffered input (a new connection starts clean).</summary>
        public void Reset()
        {
            _pendingCount = 0;
            _framer.Reset();
            _lineIdle = true;
        }

        /// <summary>
        /// Writes one frame; the information (if any) is copied from <paramref name="info"/>. False
        /// when it does not fit the channel's buffer (a caller's bug: sizes are negotiated).
        /// </summary>
        public bool Send(HdlcAddress destination, HdlcAddress source, byte control, bool segmented, byte[] info, int infoOffset, int infoLength)
        {
            int size = HdlcFrameEncoder.Encode(_output, 0, _output.Length, destination, source, control, segmented, info, infoOffset, infoLength);
            if (size == 0)
            {
                return false;
            }

            _port.Write(_output, 0, size);
            return true;
        }

        private HdlcChannelResult Decode()
        {
            HdlcDecodeResult decoded = HdlcFrameDecoder.Decode(_framer.Buffer, 0, _framer.FrameLength, _frame);
            if (decoded == HdlcDecodeResult.Ok)
            {
                return HdlcChannelResult.Frame;
            }

            if (decoded == HdlcDecodeResult.BadControl)
            {
                // The decoder checked both CRCs before the control byte: the frame is intact.
                RejectedControl = _framer.Buffer[3 + _frame.Destination.Size + _frame.Source.Size];
                return HdlcChannelResult.InvalidControl;
            }

            DroppedFrames++;
            return HdlcChannelResult.None;
        }

        private void DropStalledFrame(long now)
        {
            // Only a read that found nothing counts as silence: a task scheduled late still reads
            // the rest of a frame that was already waiting in the port.
            if (!_lineIdle && _interOctetTimeoutMilliseconds > 0 && now - _lastByteAt >= _interOctetTimeoutMilliseconds)
            {
                _framer.Reset();
                _lineIdle = true;
            }
        }
    }
}
