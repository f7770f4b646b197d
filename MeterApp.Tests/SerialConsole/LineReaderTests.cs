using Meter.SerialConsole;
using nanoFramework.TestFramework;

namespace Meter.Tests.SerialConsole
{
    [TestClass]
    public class LineReaderTests
    {
        [TestMethod]
        public void CrLfAndCrLfEachEndExactlyOneLine()
        {
            LineReader reader = new LineReader(32, null, null);
            Assert.AreEqual("a", FeedAll(reader, "a\r")[0]);
            Assert.AreEqual("b", FeedAll(reader, "b\n")[0]);
            string[] lines = FeedAll(reader, "c\r\nd\r\n");
            Assert.AreEqual(2, lines.Length, "CR LF is one line end, not two");
            Assert.AreEqual("c", lines[0]);
            Assert.AreEqual("d", lines[1]);
            lines = FeedAll(reader, "\n\r");
            Assert.AreEqual(2, lines.Length, "LF CR is two line ends");
        }

        [TestMethod]
        public void BackspaceAndDeleteEditTheLine()
        {
            LineReader reader = new LineReader(32, null, null);
            Assert.AreEqual("hello", FeedAll(reader, "helx\blp\x7Fo\r")[0]);
            Assert.AreEqual("x", FeedAll(reader, "\b\b\bx\r")[0], "backspace on an empty line does nothing");
        }

        [TestMethod]
        public void TabBecomesASpace()
        {
            LineReader reader = new LineReader(32, null, null);
            Assert.AreEqual("events 5", FeedAll(reader, "events\t5\r")[0]);
        }

        [TestMethod]
        [DataRow("\x1b[A")]
        [DataRow("\x1b[1;5C")]
        [DataRow("\x1bOA")]
        [DataRow("\x1b[15~")]
        public void TerminalEscapeSequencesAreSwallowed(string sequence)
        {
            MemorySerialPort port = new MemorySerialPort();
            ConsoleWriter echo = new ConsoleWriter(port);
            LineReader reader = new LineReader(32, echo, null);
            reader.EchoEnabled = true;
            string[] lines = FeedAll(reader, "ab" + sequence + "cd\r");
            echo.Flush();
            Assert.AreEqual(1, lines.Length);
            Assert.AreEqual("abcd", lines[0]);
            Assert.AreEqual("abcd\r\n", port.TakeOutput(), "nothing of the sequence is echoed");
        }

        [TestMethod]
        public void OverlongLineIsReportedOnceWhenItEndsAndTheBufferNeverGrows()
        {
            LineReader reader = new LineReader(16, null, null);
            int tooLong = 0;
            for (int i = 0; i < 10000; i++)
            {
                LineStatus status = reader.Feed((byte)('a' + i % 26));
                Assert.AreEqual((int)LineStatus.Pending, (int)status);
            }

            Assert.AreEqual(16, reader.Capacity);
            if (reader.Feed(0x0D) == LineStatus.TooLong)
            {
                tooLong++;
            }

            Assert.AreEqual(1, tooLong);
            Assert.AreEqual("ok", FeedAll(reader, "ok\r")[0], "the next line is read normally");
        }

        [TestMethod]
        public void ALineOfExactlyTheCapacityIsAccepted()
        {
            LineReader reader = new LineReader(4, null, null);
            Assert.AreEqual("abcd", FeedAll(reader, "abcd\r")[0]);
            Assert.AreEqual((int)LineStatus.Pending, (int)Feed(reader, "abcde"));
            Assert.AreEqual((int)LineStatus.TooLong, (int)reader.Feed(0x0A));
        }

        [TestMethod]
        [DataRow(0x00)]
        [DataRow(0x01)]
        [DataRow(0x07)]
        [DataRow(0x80)]
        [DataRow(0xFF)]
        public void ControlOrNonAsciiByteMakesTheLineInvalid(int value)
        {
            LineReader reader = new LineReader(32, null, null);
            Feed(reader, "help");
            Assert.AreEqual((int)LineStatus.Pending, (int)reader.Feed((byte)value));
            Assert.AreEqual((int)LineStatus.Pending, (int)Feed(reader, "more"));
            Assert.AreEqual((int)LineStatus.Invalid, (int)reader.Feed(0x0D));
            Assert.AreEqual("help", FeedAll(reader, "help\r")[0]);
        }

        [TestMethod]
        public void EchoShowsTypedTextAndErasesOnBackspace()
        {
            MemorySerialPort port = new MemorySerialPort();
            ConsoleWriter echo = new ConsoleWriter(port);
            LineReader reader = new LineReader(32, echo, null);
            reader.EchoEnabled = true;
            FeedAll(reader, "ab\bc\r");
            echo.Flush();
            Assert.AreEqual("ab\b \bc\r\n", port.TakeOutput());

            reader.EchoEnabled = false;
            FeedAll(reader, "quiet\r");
            echo.Flush();
            Assert.AreEqual(string.Empty, port.TakeOutput());
        }

        [TestMethod]
        public void TheLoginArgumentIsEchoedAsStars()
        {
            MemorySerialPort port = new MemorySerialPort();
            ConsoleWriter echo = new ConsoleWriter(port);
            LineReader reader = new LineReader(64, echo, "login");
            reader.EchoEnabled = true;
            string[] lines = FeedAll(reader, "  LOGIN s3cret x\r");
            echo.Flush();
            Assert.AreEqual("  LOGIN s3cret x", lines[0]);
            Assert.AreEqual("  LOGIN ********\r\n", port.TakeOutput());

            FeedAll(reader, "login ab\b\b\b\bx\r");
            echo.Flush();
            Assert.AreEqual("login **\b \b\b \b\b \b\b \bx\r\n", port.TakeOutput(), "erasing back past the space ends masking");

            FeedAll(reader, "loginx y\r");
            echo.Flush();
            Assert.AreEqual("loginx y\r\n", port.TakeOutput(), "only the login command is masked");
        }

        private static LineStatus Feed(LineReader reader, string text)
        {
            LineStatus last = LineStatus.Pending;
            for (int i = 0; i < text.Length; i++)
            {
                last = reader.Feed((byte)text[i]);
            }

            return last;
        }

        // Feeds text and returns the complete lines it produced (rejected lines are not included).
        private static string[] FeedAll(LineReader reader, string text)
        {
            string[] lines = new string[text.Length];
            int count = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (reader.Feed((byte)text[i]) == LineStatus.Complete)
                {
                    lines[count++] = reader.Line;
                }
            }

            string[] result = new string[count];
            System.Array.Copy(lines, result, count);
            return result;
        }
    }
}
