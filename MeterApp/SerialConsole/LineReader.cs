using System;

namespace Meter.SerialConsole
{
    /// <summary>
    /// The console's line editor, fed one byte at a time from the UART. The line lives in one
    /// fixed buffer that never grows. CR, LF or CR LF end a line; backspace and DEL edit it;
    /// TAB counts as a space; terminal escape sequences (arrow and function keys) are swallowed.
    /// A line that overflows the buffer, or holds any other control or non-ASCII byte, is
    /// discarded up to its end and reported once, when it ends, as <see cref="LineStatus.TooLong"/>
    /// or <see cref="LineStatus.Invalid"/>. With echo on, typed characters are echoed, except that
    /// the argument of a masked command (login) is echoed as '*'.
    /// </summary>
    public sealed class LineReader
    {
        /// <summary>The default line capacity in bytes.</summary>
        public const int DefaultCapacity = 128;

        // Bound on the parameter bytes of one escape sequence; real terminals send a handful.
        private const int MaxEscapeLength = 16;

        private const byte Backspace = 0x08;
        private const byte Tab = 0x09;
        private const byte Lf = 0x0A;
        private const byte Cr = 0x0D;
        private const byte Escape = 0x1B;
        private const byte Delete = 0x7F;

        private const int EscapeNone = 0;
        private const int EscapeStart = 1;
        private const int EscapeCsi = 2;
        private const int EscapeSs3 = 3;

        private readonly byte[] _buffer;
        private readonly ConsoleWriter _echo;
        private readonly string _maskedCommand;
        private int _length;
        private int _maskFrom = -1;
        private LineStatus _rejection = LineStatus.Pending;
        private int _escapeState = EscapeNone;
        private int _escapeLength;
        private bool _afterCr;
        private string _line = string.Empty;

        /// <summary>
        /// Creates a reader with a <paramref name="capacity"/>-byte line buffer. Echo goes to
        /// <paramref name="echo"/> while <see cref="EchoEnabled"/> is set; text after
        /// "<paramref name="maskedCommand"/> " at the start of a line echoes as '*' (null: no masking).
        /// </summary>
        public LineReader(int capacity, ConsoleWriter echo, string maskedCommand)
        {
            if (capacity < 1 || capacity > 1024)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _buffer = new byte[capacity];
            _echo = echo;
            _maskedCommand = maskedCommand == null ? null : maskedCommand.ToLower();
        }

        /// <summary>Echo typed characters back (a terminal session over a UART expects it).</summary>
        public bool EchoEnabled { get; set; }

        /// <summary>The fixed size of the line buffer in bytes.</summary>
        public int Capacity
        {
            get { return _buffer.Length; }
        }

        /// <summary>The last complete line (valid until the next byte is fed).</summary>
        public string Line
        {
            get { return _line; }
        }

        /// <summary>Processes one received byte.</summary>
        public LineStatus Feed(byte value)
        {
            // Drop the reference to the previous line (it may have carried the secret).
            _line = string.Empty;
            bool afterCr = _afterCr;
            _afterCr = false;

            if (_escapeState != EscapeNone && ContinueEscape(value))
            {
                return LineStatus.Pending;
            }

            if (value == Cr || value == Lf)
            {
                if (value == Lf && afterCr)
                {
                    return LineStatus.Pending;
                }

                _afterCr = value == Cr;
                return EndLine();
            }

            if (value == Escape)
            {
                _escapeState = EscapeStart;
                _escapeLength = 0;
                return LineStatus.Pending;
            }

            if (value == Backspace || value == Delete)
            {
                Erase();
                return LineStatus.Pending;
            }

            if (value == Tab)
            {
                value = (byte)' ';
            }

            if (value < 0x20 || value > 0x7E)
            {
                Reject(LineStatus.Invalid);
                return LineStatus.Pending;
            }

            if (_rejection != LineStatus.Pending)
            {
                return LineStatus.Pending;
            }

            if (_length == _buffer.Length)
            {
                Reject(LineStatus.TooLong);
                return LineStatus.Pending;
            }

            _buffer[_length++] = value;
            Echo(_maskFrom >= 0 ? (byte)'*' : value);
            if (_maskFrom < 0 && value == (byte)' ' && StartsMaskedArgument())
            {
                _maskFrom = _length;
            }

            return LineStatus.Pending;
        }

        /// <summary>Discards any partial line, e.g. when a session ends.</summary>
        public void Reset()
        {
            Array.Clear(_buffer, 0, _length);
            _length = 0;
            _maskFrom = -1;
            _rejection = LineStatus.Pending;
            _escapeState = EscapeNone;
            _afterCr = false;
            _line = string.Empty;
        }

        private LineStatus EndLine()
        {
            LineStatus status = _rejection == LineStatus.Pending ? LineStatus.Complete : _rejection;
            _line = status == LineStatus.Complete ? AsciiText(_buffer, _length) : string.Empty;

            // Wipe the buffer: a line may have carried the console secret.
            Array.Clear(_buffer, 0, _length);
            _length = 0;
            _maskFrom = -1;
            _rejection = LineStatus.Pending;
            if (EchoEnabled && _echo != null)
            {
                _echo.WriteLine();
            }

            return status;
        }

        private void Erase()
        {
            if (_rejection != LineStatus.Pending || _length == 0)
            {
                return;
            }

            _length--;
            _buffer[_length] = 0;
            if (_length < _maskFrom)
            {
                _maskFrom = -1;
            }

            Echo(Backspace);
            Echo((byte)' ');
            Echo(Backspace);
        }

        private void Reject(LineStatus reason)
        {
            if (_rejection == LineStatus.Pending)
            {
                _rejection = reason;
                Array.Clear(_buffer, 0, _length);
                _length = 0;
                _maskFrom = -1;
            }
        }

        // ECMA-48: ESC [ params intermediates final (CSI), ESC O x (SS3), or ESC and one character.
        // Returns true when the byte belonged to the sequence; false hands it back to normal processing.
        private bool ContinueEscape(byte value)
        {
            if (value < 0x20 || value > 0x7E)
            {
                _escapeState = EscapeNone;
                return false;
            }

            switch (_escapeState)
            {
                case EscapeStart:
                    _escapeState = value == (byte)'[' ? EscapeCsi : value == (byte)'O' ? EscapeSs3 : EscapeNone;
                    return true;
                case EscapeCsi:
                    if (value >= 0x40 || ++_escapeLength > MaxEscapeLength)
                    {
                        _escapeState = EscapeNone;
                    }

                    return true;
                default:
                    _escapeState = EscapeNone;
                    return true;
            }
        }

        // True when the line so far is the masked command followed by this space (leading spaces allowed).
        private bool StartsMaskedArgument()
        {
            if (_maskedCommand == null)
            {
                return false;
            }

            int start = 0;
            while (start < _length && _buffer[start] == (byte)' ')
            {
                start++;
            }

            int wordLength = _length - 1 - start;
            if (wordLength != _maskedCommand.Length)
            {
                return false;
            }

            for (int i = 0; i < wordLength; i++)
            {
                char c = (char)_buffer[start + i];
                if (c >= 'A' && c <= 'Z')
                {
                    c = (char)(c + ('a' - 'A'));
                }

                if (c != _maskedCommand[i])
                {
                    return false;
                }
            }

            return true;
        }

        private void Echo(byte value)
        {
            if (EchoEnabled && _echo != null && _rejection == LineStatus.Pending)
            {
                _echo.WriteRaw(value);
            }
        }

        private static string AsciiText(byte[] bytes, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
