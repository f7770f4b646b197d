using Meter.SerialConsole;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class ConsolePumpTests
    {
        [TestMethod]
        public void StepsReadBoundedChunksFromThePortAndAnswer()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            ConsolePump pump = new ConsolePump(console.Port, console.Shell, 0);
            byte[] input = Hex.Ascii("\r\nversion\r\n");
            byte[] flood = new byte[1000];
            for (int i = 0; i < flood.Length; i++)
            {
                flood[i] = (byte)'z';
            }

            console.Port.QueueInput(flood);
            console.Port.QueueInput(input);
            int steps = 0;
            int processed;
            do
            {
                processed = pump.Step();
                Assert.IsTrue(processed <= ConsolePump.ChunkSize);
                steps++;
            }
            while (processed > 0);

            Assert.AreEqual((long)(flood.Length + input.Length), pump.BytesReceived);
            Assert.IsTrue(steps > flood.Length / ConsolePump.ChunkSize, "a flood is split into many steps");
            string[] lines = ConsoleFixture.Lines(console.Port.TakeOutput());
            Assert.AreEqual("error: line too long (max 128 bytes)", lines[0]);
            Assert.StartsWith("product:", lines[1]);
        }

        [TestMethod]
        public void AnIdleStepExpiresAnIdleSession()
        {
            ConsoleFixture console = ConsoleFixture.Create();
            ConsolePump pump = new ConsolePump(console.Port, console.Shell, 0);
            console.Run("login " + ConsoleFixture.Secret);
            console.Clock.Advance(console.Shell.Session.IdleTimeoutMilliseconds);
            Assert.AreEqual(0, pump.Step());
            Assert.IsFalse(console.Shell.Session.IsAuthenticated);
        }
    }
}
