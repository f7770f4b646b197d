using System;
using Meter.Dlms.Hdlc;
using Meter.Dlms.Wrapper;
using Meter.Tests.Dlms;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Host
{
    /// <summary>
    /// Host-only: once built, the HDLC and wrapper framers and the HDLC frame decoder and encoder
    /// allocate nothing per frame (GC.GetAllocatedBytesForCurrentThread), as a serial or TCP port
    /// under a flood must not make garbage on the device.
    /// </summary>
    [TestClass]
    public class DlmsFramingAllocationTests
    {
        [TestMethod]
        public void HdlcFramingDecodingAndEncodingDoNotAllocate()
        {
            byte[] stream = Hex.Parse(HdlcVectors.AarqFrame + HdlcVectors.Snrm + HdlcVectors.Ua);
            HdlcFramer framer = new HdlcFramer(2048);
            HdlcFrame frame = new HdlcFrame();
            byte[] output = new byte[256];
            int frames = Run(framer, frame, stream, output, 1);

            long before = GC.GetAllocatedBytesForCurrentThread();
            frames = Run(framer, frame, stream, output, 1000);
            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 3000 frames");
            Assert.AreEqual(3000, frames);
        }

        [TestMethod]
        public void WrapperFramingDoesNotAllocate()
        {
            byte[] apdu = Hex.Parse(HdlcVectors.Aarq);
            byte[] stream = new byte[WrapperHeader.Size + apdu.Length];
            WrapperHeader.Create(16, 1, apdu.Length).Encode(stream, 0, stream.Length);
            Array.Copy(apdu, 0, stream, WrapperHeader.Size, apdu.Length);
            WrapperFramer framer = new WrapperFramer(1024);
            Push(framer, stream);

            long before = GC.GetAllocatedBytesForCurrentThread();
            int pdus = 0;
            for (int i = 0; i < 1000; i++)
            {
                pdus += Push(framer, stream);
            }

            Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 1000 PDUs");
            Assert.AreEqual(1000, pdus);
        }

        private static int Run(HdlcFramer framer, HdlcFrame frame, byte[] stream, byte[] output, int rounds)
        {
            int frames = 0;
            for (int r = 0; r < rounds; r++)
            {
                int offset = 0;
                while (offset < stream.Length)
                {
                    int consumed;
                    HdlcFramerResult result = framer.Push(stream, offset, stream.Length - offset, out consumed);
                    offset += consumed;
                    if (result == HdlcFramerResult.Frame)
                    {
                        Assert.AreEqual((int)HdlcDecodeResult.Ok, (int)HdlcFrameDecoder.Decode(framer.Buffer, 0, framer.FrameLength, frame));
                        int written = HdlcFrameEncoder.Encode(output, 0, output.Length, frame.Destination, frame.Source, frame.Control, frame.Segmented, framer.Buffer, frame.InfoOffset, frame.InfoLength);
                        Assert.AreEqual(framer.FrameLength, written);
                        frames++;
                    }
                    else if (consumed == 0)
                    {
                        break;
                    }
                }
            }

            return frames;
        }

        private static int Push(WrapperFramer framer, byte[] stream)
        {
            int pdus = 0;
            int offset = 0;
            while (offset < stream.Length)
            {
                int consumed;
                WrapperResult result = framer.Push(stream, offset, stream.Length - offset, out consumed);
                offset += consumed;
                if (result == WrapperResult.Ok && framer.ApduLength > 0)
                {
                    pdus++;
                }

                if (consumed == 0)
                {
                    break;
                }
            }

            return pdus;
        }
    }
}
