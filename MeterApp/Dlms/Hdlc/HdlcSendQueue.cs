namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// One message (LLC header and APDU) being sent as I frames (IEC 62056-46 6.4.4.4.3: segmentation
    /// and window): cut into segments of the negotiated information field length, numbered N(S)
    /// modulo 8, kept until the peer's N(R) acknowledges them so a lost window is sent again from
    /// the first unacknowledged segment (go-back-N). Allocates its buffer once.
    /// </summary>
    public sealed class HdlcSendQueue
    {
        private readonly byte[] _buffer;
        private int _length;
        private int _segmentSize;
        private int _base;
        private int _baseSequence;
        private int _sent;

        /// <summary>A queue for messages of at most <paramref name="capacity"/> bytes.</summary>
        public HdlcSendQueue(int capacity)
        {
            _buffer = new byte[capacity];
        }

        /// <summary>Where the caller writes the message before <see cref="Start"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Segments sent and not yet acknowledged.</summary>
        public int Outstanding
        {
            get { return _sent; }
        }

        /// <summary>True when segments remain that were never sent since the last rewind.</summary>
        public bool HasUnsent
        {
            get { return _base + (_sent * _segmentSize) < _length; }
        }

        /// <summary>True when nothing is queued or everything was acknowledged.</summary>
        public bool IsIdle
        {
            get { return _base >= _length; }
        }

        /// <summary>N(S) the next new frame after this queue takes (V(S)).</summary>
        public int NextSequence
        {
            get { return (_baseSequence + _sent) & 7; }
        }

        /// <summary>Queues the <paramref name="length"/> bytes in <see cref="Buffer"/>; the first segment gets <paramref name="firstSequence"/>.</summary>
        public void Start(int length, int segmentSize, int firstSequence)
        {
            _length = length;
            _segmentSize = segmentSize;
            _base = 0;
            _baseSequence = firstSequence & 7;
            _sent = 0;
        }

        /// <summary>Drops the message; <paramref name="nextSequence"/> stays V(S).</summary>
        public void Clear(int nextSequence)
        {
            _length = 0;
            _base = 0;
            _sent = 0;
            _baseSequence = nextSequence & 7;
        }

        /// <summary>
        /// Applies the peer's N(R): every segment before it is acknowledged. False when N(R) names a
        /// frame that was never sent (62056-46: invalid N(R), FRMR reason Z).
        /// </summary>
        public bool Acknowledge(int receiveSequence)
        {
            int acknowledged = (receiveSequence - _baseSequence) & 7;
            if (acknowledged > _sent)
            {
                return false;
            }

            _base += acknowledged * _segmentSize;
            if (_base > _length)
            {
                _base = _length;
            }

            _baseSequence = receiveSequence & 7;
            _sent -= acknowledged;
            return true;
        }

        /// <summary>Sends the unacknowledged segments again, from the first one.</summary>
        public void Rewind()
        {
            _sent = 0;
        }

        /// <summary>
        /// The next segment to send: its place in <see cref="Buffer"/>, its N(S), and whether more
        /// follow (the S bit). False when every segment was sent.
        /// </summary>
        public bool NextSegment(out int offset, out int length, out int sequence, out bool more)
        {
            offset = _base + (_sent * _segmentSize);
            if (offset >= _length)
            {
                length = 0;
                sequence = 0;
                more = false;
                return false;
            }

            length = _length - offset < _segmentSize ? _length - offset : _segmentSize;
            sequence = (_baseSequence + _sent) & 7;
            more = offset + length < _length;
            _sent++;
            return true;
        }

        /// <summary>
        /// Sends up to <paramref name="window"/> next segments as I frames from
        /// <paramref name="source"/> to <paramref name="destination"/> acknowledging
        /// <paramref name="receiveSequence"/>; P/F closes the window, on its last frame or on the
        /// message's last segment (IEC 62056-46 6.4.4.4.3). True when the last segment has gone.
        /// </summary>
        public bool SendWindow(HdlcFrameChannel channel, HdlcAddress destination, HdlcAddress source, int window, int receiveSequence)
        {
            for (int i = 0; i < window; i++)
            {
                int offset;
                int length;
                int sequence;
                bool more;
                if (!NextSegment(out offset, out length, out sequence, out more))
                {
                    return true;
                }

                bool final = !more || i == window - 1;
                channel.Send(destination, source, HdlcControl.Information(sequence, receiveSequence, final), more, _buffer, offset, length);
                if (!more)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
