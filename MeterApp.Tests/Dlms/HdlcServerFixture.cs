using Meter.Dlms.Hdlc;
using Meter.Tests.Support;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// A server link on a simulated line, fed raw frames by the test (no client link): what the
    /// meter answers comes back as hex.
    /// </summary>
    public sealed class HdlcServerFixture : ISerialLineStepper
    {
        /// <summary>The Green Book examples' addresses: server upper 1, lower 17 (2 bytes), client 16.</summary>
        public static readonly HdlcAddress Server = HdlcAddress.Server(1, 17, 2);

        public static readonly HdlcAddress Client = HdlcAddress.OneByte(16);

        public HdlcServerFixture()
            : this(new HdlcServerSettings(), 512)
        {
        }

        public HdlcServerFixture(HdlcServerSettings settings, int maxApduSize)
        {
            settings.ReadTimeoutMilliseconds = 0;
            Settings = settings;
            Line = new SimulatedSerialLine();
            Factory = new FakeApduSessionFactory(maxApduSize);
            Link = new HdlcServerLink(Line.Server, Line.Clock, Factory, settings);
        }

        public SimulatedSerialLine Line { get; private set; }

        public FakeApduSessionFactory Factory { get; private set; }

        public HdlcServerSettings Settings { get; private set; }

        public HdlcServerLink Link { get; private set; }

        /// <summary>Feeds <paramref name="hex"/> to the meter, lets it work, returns all it wrote as hex.</summary>
        public string Exchange(string hex)
        {
            byte[] bytes = Hex.Parse(hex);
            Line.Server.Deliver(bytes, 0, bytes.Length);
            Settle();
            return Hex.Format(Line.Client.TakeAll());
        }

        /// <summary>Steps the meter until it has consumed its input (one frame per step) and a few more.</summary>
        public void Settle()
        {
            for (int i = 0; i < 12; i++)
            {
                Link.Step();
            }
        }

        /// <summary>Connects client 16 to server 1/17 with default parameters; returns the session.</summary>
        public FakeApduSession Connect()
        {
            Exchange(HdlcVectors.Snrm);
            return Factory.Last;
        }

        /// <summary>A frame from client 16 to server 1/17, as hex.</summary>
        public static string Command(byte control, bool segmented, string infoHex)
        {
            return Frame(Server, Client, control, segmented, infoHex);
        }

        /// <summary>A frame from server 1/17 to client 16, as hex.</summary>
        public static string Response(byte control, bool segmented, string infoHex)
        {
            return Frame(Client, Server, control, segmented, infoHex);
        }

        public static string Frame(HdlcAddress destination, HdlcAddress source, byte control, bool segmented, string infoHex)
        {
            byte[] info = Hex.Parse(infoHex);
            byte[] frame = new byte[HdlcFrameEncoder.FrameSize(destination, source, info.Length)];
            HdlcFrameEncoder.Encode(frame, 0, frame.Length, destination, source, control, segmented, info, 0, info.Length);
            return Hex.Format(frame);
        }

        /// <summary>An I frame from the client carrying E6 E6 00 and <paramref name="apduHex"/>.</summary>
        public static string Request(int sendSequence, int receiveSequence, string apduHex)
        {
            return Command(HdlcControl.Information(sendSequence, receiveSequence, true), false, "e6e600" + apduHex);
        }

        /// <summary>The meter's I frame carrying E6 E7 00 and <paramref name="apduHex"/>.</summary>
        public static string Answer(int sendSequence, int receiveSequence, string apduHex)
        {
            return Response(HdlcControl.Information(sendSequence, receiveSequence, true), false, "e6e700" + apduHex);
        }

        public static string ReceiveReady(int receiveSequence)
        {
            return Response(HdlcControl.Supervisory(true, receiveSequence, true), false, string.Empty);
        }

        public static string Unnumbered(HdlcControlKind kind, string infoHex)
        {
            return Response(HdlcControl.Unnumbered(kind, true), false, infoHex);
        }

        /// <summary>The meter's turn on the line while a client link waits: steps until it answers.</summary>
        void ISerialLineStepper.Run()
        {
            for (int i = 0; i < 16 && Line.Client.Available == 0; i++)
            {
                Link.Step();
            }
        }
    }
}
