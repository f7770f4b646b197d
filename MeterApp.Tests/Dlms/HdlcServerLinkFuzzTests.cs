using System;
using Meter.Dlms.Hdlc;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>
    /// The server link under random frames with valid checksums (any control byte, address, S bit
    /// and information field) and under randomly corrupted bytes: nothing escapes, and a client
    /// that then connects properly is served.
    /// </summary>
    [TestClass]
    public class HdlcServerLinkFuzzTests
    {
        private const int Frames = 5000;

        [TestMethod]
        public void RandomFramesAndBytesNeverBreakTheLink()
        {
            HdlcServerSettings settings = new HdlcServerSettings();
            settings.Limits.WindowTransmit = 3;
            settings.Limits.WindowReceive = 3;
            settings.Limits.MaxInfoReceive = 256;
            HdlcServerFixture fixture = new HdlcServerFixture(settings, 300);
            Random random = new Random(62056);
            byte[] frame = new byte[300];
            byte[] info = new byte[260];
            for (int i = 0; i < Frames; i++)
            {
                int size = RandomFrame(random, frame, info);
                if (random.Next(4) == 0)
                {
                    // Corrupt a byte: the frame is then dropped or misframed, never a crash.
                    frame[random.Next(size)] = (byte)random.Next(256);
                }

                fixture.Line.Server.Deliver(frame, 0, size);
                fixture.Link.Step();
                fixture.Link.Step();
                fixture.Line.Client.TakeAll();
                if (random.Next(50) == 0)
                {
                    fixture.Line.Clock.Advance(30);
                }
            }

            fixture.Line.Clock.Advance(1000);
            fixture.Settle();
            fixture.Line.Client.TakeAll();
            fixture.Connect();
            string request = "c001c100030100010800ff0200";
            Assert.AreEqual(HdlcServerFixture.Answer(0, 1, request), fixture.Exchange(HdlcServerFixture.Request(0, 0, request)));
        }

        private static int RandomFrame(Random random, byte[] frame, byte[] info)
        {
            // Mostly the meter's own addresses and sequence-plausible controls, so deep paths run.
            HdlcAddress destination = random.Next(8) == 0 ? HdlcAddress.Server(random.Next(128), random.Next(128), 2) : HdlcServerFixture.Server;
            HdlcAddress source = random.Next(8) == 0 ? HdlcAddress.OneByte(random.Next(128)) : HdlcServerFixture.Client;
            byte control = (byte)random.Next(256);
            switch (random.Next(6))
            {
                case 0:
                    control = HdlcControl.Unnumbered(HdlcControlKind.SetNormalResponseMode, true);
                    break;
                case 1:
                case 2:
                    control = HdlcControl.Information(random.Next(8), random.Next(8), random.Next(2) == 0);
                    break;
                case 3:
                    control = HdlcControl.Supervisory(random.Next(2) == 0, random.Next(8), true);
                    break;
            }

            int infoLength = random.Next(3) == 0 ? 0 : random.Next(info.Length);
            for (int i = 0; i < infoLength; i++)
            {
                info[i] = (byte)random.Next(256);
            }

            if (infoLength >= 3 && random.Next(2) == 0)
            {
                LlcHeader.WriteCommand(info, 0, 3);
            }

            if (control == 0x93 && random.Next(2) == 0)
            {
                infoLength = 0; // a plain SNRM now and then resets the link
            }

            return HdlcFrameEncoder.Encode(frame, 0, frame.Length, destination, source, control, random.Next(3) == 0, info, 0, infoLength);
        }
    }
}
