using System;
using Meter.Dlms.Hdlc;
using Meter.Hal.Clock;
using Meter.Hal.Io;

namespace Meter.Dlms.Transport
{
    /// <summary>
    /// The HDLC primary station (IEC 62056-46 6.4.4, Green Book 8.4) as an <see cref="IApduTransport"/>:
    /// SNRM/UA with parameter negotiation, I frames with segmentation and windows, RR polling for
    /// the segments of a response, DISC on close. A command without answer is repeated (an RR poll
    /// makes the server name the frame it expects next) up to the configured number of retries.
    /// Used by one thread at a time.
    /// </summary>
    public sealed class HdlcClientLink : IApduTransport
    {
        private readonly IMonotonicClock _clock;
        private readonly HdlcClientSettings _settings;
        private readonly HdlcFrameChannel _channel;
        private readonly HdlcAddress _client;
        private readonly HdlcAddress _server;
        private readonly HdlcParameters _answer = new HdlcParameters();
        private readonly HdlcParameters _negotiated = new HdlcParameters();
        private readonly byte[] _uField = new byte[HdlcParameters.MaxEncodedLength];
        private readonly HdlcSendQueue _sendQueue;
        private readonly HdlcReassembly _reassembly;
        private int _receiveState;

        /// <summary>A primary station on <paramref name="port"/>; call <see cref="Connect"/> first.</summary>
        public HdlcClientLink(ISerialPort port, IMonotonicClock clock, HdlcClientSettings settings)
        {
            if (port == null || clock == null || settings == null)
            {
                throw new ArgumentNullException(port == null ? "port" : clock == null ? "clock" : "settings");
            }

            settings.Validate();
            _clock = clock;
            _settings = settings;
            _client = HdlcAddress.OneByte(settings.ClientSap);
            _server = settings.ServerAddress;
            HdlcParameters proposal = settings.Proposal;
            int maxInfo = proposal.MaxInfoTransmit > proposal.MaxInfoReceive ? proposal.MaxInfoTransmit : proposal.MaxInfoReceive;
            _channel = new HdlcFrameChannel(port, clock, maxInfo, settings.InterOctetTimeoutMilliseconds);
            _sendQueue = new HdlcSendQueue(settings.MaxApduSize + LlcHeader.Length);
            _reassembly = new HdlcReassembly(settings.MaxApduSize + LlcHeader.Length);
        }

        /// <summary>True between a successful <see cref="Connect"/> and <see cref="Close"/> or a lost link.</summary>
        public bool IsConnected { get; private set; }

        /// <summary>The values in use after UA, from the client's point of view.</summary>
        public HdlcParameters Negotiated
        {
            get { return _negotiated; }
        }

        /// <inheritdoc/>
        public int MaxApduSize
        {
            get { return _settings.MaxApduSize; }
        }

        /// <summary>
        /// Sends SNRM with the proposed parameters and waits for UA (repeating SNRM on silence).
        /// False when the server answers DM, an unusable UA, or nothing.
        /// </summary>
        public bool Connect()
        {
            IsConnected = false;
            _channel.Reset();
            int length = _settings.Proposal.Encode(_uField, 0, _uField.Length);
            for (int attempt = 0; attempt <= _settings.Retries; attempt++)
            {
                _channel.Send(_server, _client, HdlcControl.Unnumbered(HdlcControlKind.SetNormalResponseMode, true), false, _uField, 0, length);
                if (!AwaitUnnumbered(_clock.UptimeMilliseconds + _settings.ResponseTimeoutMilliseconds))
                {
                    continue;
                }

                HdlcFrame frame = _channel.Frame;
                if (frame.Kind != HdlcControlKind.UnnumberedAcknowledge)
                {
                    return false; // DM: the server refuses this client
                }

                if (HdlcParameters.Parse(_channel.FrameBuffer, frame.InfoOffset, frame.InfoLength, _answer) != HdlcParameterResult.Ok)
                {
                    return false;
                }

                HdlcNegotiation.Accept(_answer, _settings.Proposal, _negotiated);
                _receiveState = 0;
                _sendQueue.Clear(0);
                _reassembly.Clear();
                IsConnected = true;
                return true;
            }

            return false;
        }

        /// <inheritdoc/>
        public bool Send(byte[] apdu, int offset, int count)
        {
            if (!IsConnected || count < 0 || count > _settings.MaxApduSize)
            {
                return false;
            }

            byte[] message = _sendQueue.Buffer;
            LlcHeader.WriteCommand(message, 0, LlcHeader.Length);
            Array.Copy(apdu, offset, message, LlcHeader.Length, count);
            _sendQueue.Start(LlcHeader.Length + count, _negotiated.MaxInfoTransmit, _sendQueue.NextSequence);
            while (!SendWindow())
            {
                // A window that does not end the message must be acknowledged by RR before the next.
                if (!AwaitAcknowledgement())
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public int Receive(byte[] buffer, int offset, int count, int timeoutMilliseconds)
        {
            if (!IsConnected)
            {
                return -1;
            }

            long end = _clock.UptimeMilliseconds + timeoutMilliseconds;
            int silences = 0;
            bool overflow = false;
            _reassembly.Clear();
            while (true)
            {
                if (!AwaitFrame(Earlier(end, _clock.UptimeMilliseconds + _settings.ResponseTimeoutMilliseconds)))
                {
                    if (!IsConnected || _clock.UptimeMilliseconds >= end || ++silences > _settings.Retries)
                    {
                        return -1;
                    }

                    SendReceiveReady(); // 62056-46: a poll makes the server repeat or say what it expects
                    continue;
                }

                HdlcFrame frame = _channel.Frame;
                switch (frame.Kind)
                {
                    case HdlcControlKind.Information:
                        break;
                    case HdlcControlKind.ReceiveReady:
                        if (_sendQueue.Acknowledge(frame.ReceiveSequence) && !_sendQueue.IsIdle)
                        {
                            // The server did not get the whole request: send the rest again.
                            _sendQueue.Rewind();
                            SendWindow();
                        }

                        continue;
                    case HdlcControlKind.ReceiveNotReady:
                        _sendQueue.Acknowledge(frame.ReceiveSequence);
                        continue;
                    case HdlcControlKind.DisconnectedMode:
                    case HdlcControlKind.FrameReject:
                        IsConnected = false; // the server has left NRM (or needs a new SNRM)
                        return -1;
                    default:
                        continue; // a late UA to a repeated SNRM or DISC
                }

                _sendQueue.Acknowledge(frame.ReceiveSequence);
                if (frame.SendSequence != _receiveState)
                {
                    if (frame.PollFinal)
                    {
                        SendReceiveReady(); // discard; ask again from V(R)
                    }

                    continue;
                }

                _receiveState = (_receiveState + 1) & 7;
                silences = 0;
                if (!overflow && !_reassembly.Append(_channel.FrameBuffer, frame.InfoOffset, frame.InfoLength))
                {
                    overflow = true; // keep reading the segments so the link stays in step
                }

                if (frame.Segmented)
                {
                    if (frame.PollFinal)
                    {
                        SendReceiveReady();
                    }

                    continue;
                }

                return CopyResponse(buffer, offset, count, overflow);
            }
        }

        /// <summary>Sends DISC and waits for UA or DM (repeating on silence). Safe to call twice.</summary>
        public void Close()
        {
            if (!IsConnected)
            {
                return;
            }

            IsConnected = false;
            for (int attempt = 0; attempt <= _settings.Retries; attempt++)
            {
                _channel.Send(_server, _client, HdlcControl.Unnumbered(HdlcControlKind.Disconnect, true), false, null, 0, 0);
                if (AwaitUnnumbered(_clock.UptimeMilliseconds + _settings.ResponseTimeoutMilliseconds))
                {
                    return;
                }
            }
        }

        private int CopyResponse(byte[] buffer, int offset, int count, bool overflow)
        {
            int length = _reassembly.Length - LlcHeader.Length;
            if (overflow || !LlcHeader.IsResponse(_reassembly.Buffer, 0, _reassembly.Length) || length > count)
            {
                return -1;
            }

            Array.Copy(_reassembly.Buffer, LlcHeader.Length, buffer, offset, length);
            return length;
        }

        /// <summary>Sends the next window, P on its last frame; true when it held the last segment.</summary>
        private bool SendWindow()
        {
            return _sendQueue.SendWindow(_channel, _server, _client, _negotiated.WindowTransmit, _receiveState);
        }

        /// <summary>Waits for the RR that ends a window; false when the link is lost.</summary>
        private bool AwaitAcknowledgement()
        {
            int misses = 0;
            while (true)
            {
                if (!AwaitFrame(_clock.UptimeMilliseconds + _settings.ResponseTimeoutMilliseconds))
                {
                    if (++misses > _settings.Retries)
                    {
                        IsConnected = false;
                        return false;
                    }

                    SendReceiveReady();
                    continue;
                }

                HdlcFrame frame = _channel.Frame;
                if (frame.Kind == HdlcControlKind.ReceiveReady && _sendQueue.Acknowledge(frame.ReceiveSequence))
                {
                    if (_sendQueue.Outstanding > 0)
                    {
                        _sendQueue.Rewind(); // part of the window was lost: send it again
                    }

                    return true;
                }

                if (frame.Kind == HdlcControlKind.DisconnectedMode || frame.Kind == HdlcControlKind.FrameReject)
                {
                    IsConnected = false; // the server has left NRM (or needs a new SNRM)
                    return false;
                }

                // RNR (busy: poll again after the time-out) or a frame out of place: counts as a miss.
                if (++misses > _settings.Retries)
                {
                    IsConnected = false;
                    return false;
                }
            }
        }

        /// <summary>Polls until a frame from our server to us arrives; false at <paramref name="deadline"/>.</summary>
        private bool AwaitFrame(long deadline)
        {
            while (true)
            {
                long remaining = deadline - _clock.UptimeMilliseconds;
                if (remaining <= 0)
                {
                    return false;
                }

                if (_channel.Poll((int)remaining) == HdlcChannelResult.Frame
                    && _channel.Frame.Destination.SameAs(_client) && _channel.Frame.Source.SameAs(_server))
                {
                    return true;
                }
            }
        }

        /// <summary>Waits for UA or DM, the answers to SNRM and DISC, skipping left-over frames of an earlier exchange.</summary>
        private bool AwaitUnnumbered(long deadline)
        {
            while (AwaitFrame(deadline))
            {
                HdlcControlKind kind = _channel.Frame.Kind;
                if (kind == HdlcControlKind.UnnumberedAcknowledge || kind == HdlcControlKind.DisconnectedMode)
                {
                    return true;
                }
            }

            return false;
        }

        private void SendReceiveReady()
        {
            _channel.Send(_server, _client, HdlcControl.Supervisory(true, _receiveState, true), false, null, 0, 0);
        }

        private static long Earlier(long a, long b)
        {
            return a < b ? a : b;
        }
    }
}
