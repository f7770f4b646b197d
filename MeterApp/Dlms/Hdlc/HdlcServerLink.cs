using System;
using Meter.Dlms.Server;
using Meter.Hal.Clock;
using Meter.Hal.Io;

namespace Meter.Dlms.Hdlc
{
    /// <summary>
    /// The meter's HDLC secondary station on one serial port (IEC 62056-46 6.4.4, Green Book 8.4):
    /// address filtering, NDM/NRM, SNRM/UA with parameter negotiation, DISC, I frames with N(S)/N(R)
    /// checks, windows and segmentation both ways, RR/RNR, FRMR, the inactivity time-out. Each
    /// connection gets one <see cref="IApduSession"/> that sees whole APDUs without the LLC header.
    /// Single-threaded: the DLMS serial task calls <see cref="Step"/> in its loop.
    /// </summary>
    public sealed class HdlcServerLink
    {
        private const int NoStation = 0;
        private const int AllStationsOneByte = 0x7F;

        private readonly IApduSessionFactory _factory;
        private readonly IMonotonicClock _clock;
        private readonly HdlcServerSettings _settings;
        private readonly HdlcFrameChannel _channel;
        private readonly HdlcParameters _proposal = new HdlcParameters();
        private readonly HdlcParameters _negotiated = new HdlcParameters();
        private readonly byte[] _uField = new byte[HdlcParameters.MaxEncodedLength];
        private IApduSession _session;
        private HdlcReassembly _reassembly;
        private HdlcSendQueue _sendQueue;
        private HdlcAddress _client;
        private HdlcAddress _server;
        private int _receiveState;
        private long _lastActivity;
        private byte _rejectInfo0;
        private int _rejectReasons;

        /// <summary>A secondary station reading and writing <paramref name="port"/>.</summary>
        public HdlcServerLink(ISerialPort port, IMonotonicClock clock, IApduSessionFactory factory, HdlcServerSettings settings)
        {
            if (port == null || clock == null || factory == null || settings == null)
            {
                throw new ArgumentNullException(port == null ? "port" : clock == null ? "clock" : factory == null ? "factory" : "settings");
            }

            settings.Validate();
            _factory = factory;
            _clock = clock;
            _settings = settings;
            int maxInfo = settings.Limits.MaxInfoTransmit > settings.Limits.MaxInfoReceive
                ? settings.Limits.MaxInfoTransmit
                : settings.Limits.MaxInfoReceive;
            _channel = new HdlcFrameChannel(port, clock, maxInfo, settings.InterOctetTimeoutMilliseconds);
        }

        /// <summary>NDM, NRM, or NRM after FRMR.</summary>
        public HdlcLinkState State { get; private set; }

        /// <summary>The values agreed by the last SNRM/UA, from this station's point of view.</summary>
        public HdlcParameters Negotiated
        {
            get { return _negotiated; }
        }

        /// <summary>Frames dropped for a bad HCS/FCS, format or address field.</summary>
        public int DroppedFrames
        {
            get { return _channel.DroppedFrames; }
        }

        /// <summary>
        /// One bounded piece of work: handles a frame already read or reads the port once (waiting
        /// at most the configured read timeout), answers it, then applies the inactivity time-out.
        /// </summary>
        public void Step()
        {
            HdlcChannelResult result = _channel.Poll(_settings.ReadTimeoutMilliseconds);
            if (result != HdlcChannelResult.None)
            {
                Handle(result, _channel.Frame);
            }

            int timeout = _settings.InactivityTimeoutMilliseconds;
            if (State != HdlcLinkState.Disconnected && timeout > 0 && _clock.UptimeMilliseconds - _lastActivity >= timeout)
            {
                // 62056-46 6.4.4.4.3.2 inactivity time-out: back to NDM without sending anything.
                Disconnect();
            }
        }

        /// <summary>Ends any connection (the task is stopping): the session closes, the link is in NDM.</summary>
        public void Stop()
        {
            Disconnect();
            _channel.Reset();
        }

        private void Handle(HdlcChannelResult result, HdlcFrame frame)
        {
            if (!IsForUs(frame.Destination) || frame.Source.Size != 1)
            {
                return; // another station's frame: not ours to answer
            }

            bool peer = State != HdlcLinkState.Disconnected && frame.Source.SameAs(_client) && frame.Destination.SameAs(_server);
            if (peer)
            {
                _lastActivity = _clock.UptimeMilliseconds;
            }

            if (result == HdlcChannelResult.InvalidControl)
            {
                if (peer)
                {
                    byte control = _channel.RejectedControl;
                    Reject(control, HdlcRejectReason.InvalidControl, HdlcControl.PollFinalOf(control));
                }

                return;
            }

            switch (frame.Kind)
            {
                case HdlcControlKind.SetNormalResponseMode:
                    HandleSnrm(frame, peer);
                    return;
                case HdlcControlKind.Disconnect:
                    HandleDisc(frame, peer);
                    return;
                case HdlcControlKind.UnnumberedInformation:
                    return; // no connectionless services on this link: 62056-46 lets UI go unanswered
            }

            if (!peer)
            {
                if (frame.PollFinal && IsCommand(frame.Kind))
                {
                    // Not connected with this client: it is in disconnected mode for us.
                    SendUnnumbered(frame.Source, frame.Destination, HdlcControlKind.DisconnectedMode, null, 0);
                }

                return;
            }

            if (State == HdlcLinkState.FrameRejected)
            {
                if (frame.PollFinal)
                {
                    SendReject();
                }

                return;
            }

            switch (frame.Kind)
            {
                case HdlcControlKind.Information:
                    HandleInformation(frame);
                    return;
                case HdlcControlKind.ReceiveReady:
                case HdlcControlKind.ReceiveNotReady:
                    HandleSupervisory(frame);
                    return;
                default:
                    // UA, DM and FRMR are responses: a primary never sends them (62056-46 6.4.3).
                    Reject(frame.Control, HdlcRejectReason.InvalidControl, frame.PollFinal);
                    return;
            }
        }

        private bool IsForUs(HdlcAddress destination)
        {
            int broadcast = destination.Size == 4 ? HdlcAddress.MaxTwoByteValue : AllStationsOneByte;
            if (destination.Upper == NoStation || destination.Upper == broadcast)
            {
                return false;
            }

            return destination.Size == 1 || destination.Lower == _settings.PhysicalAddress;
        }

        private static bool IsCommand(HdlcControlKind kind)
        {
            return kind == HdlcControlKind.Information || kind == HdlcControlKind.ReceiveReady
                || kind == HdlcControlKind.ReceiveNotReady;
        }

        private void HandleSnrm(HdlcFrame frame, bool peer)
        {
            byte[] buffer = _channel.FrameBuffer;
            if (HdlcParameters.Parse(buffer, frame.InfoOffset, frame.InfoLength, _proposal) != HdlcParameterResult.Ok)
            {
                if (peer)
                {
                    Reject(frame.Control, HdlcRejectReason.InvalidControl | HdlcRejectReason.InformationNotPermitted, true);
                }
                else if (State == HdlcLinkState.Disconnected)
                {
                    SendUnnumbered(frame.Source, frame.Destination, HdlcControlKind.DisconnectedMode, null, 0);
                }

                return;
            }

            // A new SNRM resets the link, whoever sends it: one primary per line (62056-46 6.4.4.4.3.2).
            Disconnect();
            IApduSession session = _factory.Open((ushort)frame.Source.Upper, (ushort)frame.Destination.Upper);
            if (session == null)
            {
                SendUnnumbered(frame.Source, frame.Destination, HdlcControlKind.DisconnectedMode, null, 0);
                return;
            }

            HdlcNegotiation.Answer(_proposal, _settings.Limits, _negotiated);
            AllocateFor(session);
            _session = session;
            _client = frame.Source;
            _server = frame.Destination;
            _receiveState = 0;
            _sendQueue.Clear(0);
            _reassembly.Clear();
            _lastActivity = _clock.UptimeMilliseconds;
            State = HdlcLinkState.Connected;
            int length = _negotiated.Encode(_uField, 0, _uField.Length);
            SendUnnumbered(_client, _server, HdlcControlKind.UnnumberedAcknowledge, _uField, length);
        }

        private void HandleDisc(HdlcFrame frame, bool peer)
        {
            if (frame.InfoLength > 0 && peer)
            {
                Reject(frame.Control, HdlcRejectReason.InvalidControl | HdlcRejectReason.InformationNotPermitted, true);
                return;
            }

            if (!peer)
            {
                SendUnnumbered(frame.Source, frame.Destination, HdlcControlKind.DisconnectedMode, null, 0);
                return;
            }

            Disconnect();
            SendUnnumbered(frame.Source, frame.Destination, HdlcControlKind.UnnumberedAcknowledge, null, 0);
        }

        private void HandleSupervisory(HdlcFrame frame)
        {
            if (frame.InfoLength > 0)
            {
                Reject(frame.Control, HdlcRejectReason.InvalidControl | HdlcRejectReason.InformationNotPermitted, frame.PollFinal);
                return;
            }

            if (!_sendQueue.Acknowledge(frame.ReceiveSequence))
            {
                Reject(frame.Control, HdlcRejectReason.InvalidReceiveSequence, frame.PollFinal);
                return;
            }

            if (!frame.PollFinal)
            {
                return;
            }

            if (frame.Kind == HdlcControlKind.ReceiveNotReady)
            {
                // The client is busy: it gets no I frame until it polls with RR.
                SendReceiveReady();
                return;
            }

            // RR with P: the next window of a segmented response, or the frames it missed again.
            SendWindow();
        }

        private void HandleInformation(HdlcFrame frame)
        {
            if (frame.InfoLength > _negotiated.MaxInfoReceive)
            {
                Reject(frame.Control, HdlcRejectReason.InformationTooLong, frame.PollFinal);
                return;
            }

            if (!_sendQueue.Acknowledge(frame.ReceiveSequence))
            {
                Reject(frame.Control, HdlcRejectReason.InvalidReceiveSequence, frame.PollFinal);
                return;
            }

            if (frame.SendSequence != _receiveState)
            {
                // 62056-46 6.4.4.4.3: a sequence error discards the frame; with P the answer names
                // V(R), the frame expected next. A repeated request means our answer was lost: the
                // unacknowledged part of it is sent again.
                if (frame.PollFinal)
                {
                    SendWindow();
                }

                return;
            }

            if (!_reassembly.Append(_channel.FrameBuffer, frame.InfoOffset, frame.InfoLength))
            {
                // The APDU would exceed what the session accepts: Y, receive capacity exceeded.
                _reassembly.Clear();
                Reject(frame.Control, HdlcRejectReason.InformationTooLong, frame.PollFinal);
                return;
            }

            _receiveState = (_receiveState + 1) & 7;

            if (frame.Segmented)
            {
                if (frame.PollFinal)
                {
                    SendReceiveReady(); // 62056-46: RR asks for the next segment
                }

                return;
            }

            Deliver(frame.ReceiveSequence);
            if (frame.PollFinal)
            {
                SendWindow();
            }
        }

        private void Deliver(int acknowledged)
        {
            byte[] request = _reassembly.Buffer;
            int length = _reassembly.Length;
            _reassembly.Clear();

            // A new request ends any earlier answer: numbering goes on from what the client has.
            _sendQueue.Clear(acknowledged);
            if (!LlcHeader.IsCommand(request, 0, length))
            {
                return; // Green Book 8.4: every APDU on this link follows E6 E6 00
            }

            byte[] response = _sendQueue.Buffer;
            int written = _session.Process(request, LlcHeader.Length, length - LlcHeader.Length, response, LlcHeader.Length, response.Length - LlcHeader.Length);
            if (written > 0 && written <= response.Length - LlcHeader.Length)
            {
                LlcHeader.WriteResponse(response, 0, LlcHeader.Length);
                _sendQueue.Start(LlcHeader.Length + written, _negotiated.MaxInfoTransmit, acknowledged);
            }
        }

        private void SendWindow()
        {
            if (_sendQueue.Outstanding > 0)
            {
                _sendQueue.Rewind(); // polled while frames are unacknowledged: they were lost
            }

            if (!_sendQueue.HasUnsent)
            {
                SendReceiveReady();
                return;
            }

            _sendQueue.SendWindow(_channel, _client, _server, _negotiated.WindowTransmit, _receiveState);
        }

        private void SendReceiveReady()
        {
            _channel.Send(_client, _server, HdlcControl.Supervisory(true, _receiveState, true), false, null, 0, 0);
        }

        private void Reject(byte control, int reasons, bool send)
        {
            State = HdlcLinkState.FrameRejected;
            _rejectInfo0 = control;
            _rejectReasons = reasons;
            if (send)
            {
                SendReject();
            }
        }

        private void SendReject()
        {
            HdlcRejectReason.Write(_uField, 0, _rejectInfo0, _sendQueue.NextSequence, _receiveState, _rejectReasons);
            SendUnnumbered(_client, _server, HdlcControlKind.FrameReject, _uField, HdlcRejectReason.InfoLength);
        }

        private void SendUnnumbered(HdlcAddress destination, HdlcAddress source, HdlcControlKind kind, byte[] info, int length)
        {
            _channel.Send(destination, source, HdlcControl.Unnumbered(kind, true), false, info, 0, length);
        }

        private void AllocateFor(IApduSession session)
        {
            // Buffers follow the session's APDU limit and survive connections that fit them.
            int capacity = session.MaxApduSize + LlcHeader.Length;
            if (_reassembly == null || _reassembly.Capacity != capacity)
            {
                _reassembly = new HdlcReassembly(capacity);
                _sendQueue = new HdlcSendQueue(capacity);
            }
        }

        private void Disconnect()
        {
            if (State == HdlcLinkState.Disconnected)
            {
                return;
            }

            State = HdlcLinkState.Disconnected;
            IApduSession session = _session;
            _session = null;
            session.Close();
        }
    }
}
