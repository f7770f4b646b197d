using System;

namespace Meter.Events
{
    /// <summary>
    /// One entry of an event log: what happened (<see cref="Code"/>), when (UTC), its place in the
    /// log's persistent sequence, and a short printable-ASCII detail text of at most
    /// <see cref="MaxDetailsLength"/> characters. Immutable.
    /// </summary>
    public sealed class MeterEvent
    {
        /// <summary>Longest detail text kept; longer text is cut.</summary>
        public const int MaxDetailsLength = 48;

        private readonly ushort _code;
        private readonly DateTime _timestamp;
        private readonly uint _sequence;
        private readonly string _details;

        /// <param name="details">Cut to <see cref="MaxDetailsLength"/>; characters outside printable ASCII become '?'. Null means empty.</param>
        public MeterEvent(ushort code, DateTime timestamp, uint sequence, string details)
        {
            _code = code;
            _timestamp = timestamp;
            _sequence = sequence;
            _details = Bound(details);
        }

        public ushort Code
        {
            get { return _code; }
        }

        /// <summary>When the event was recorded, UTC.</summary>
        public DateTime Timestamp
        {
            get { return _timestamp; }
        }

        /// <summary>Position in the log's sequence; never reused, also not after a clear or a restart.</summary>
        public uint Sequence
        {
            get { return _sequence; }
        }

        public string Details
        {
            get { return _details; }
        }

        /// <summary>The character stored for <paramref name="c"/>: itself if printable ASCII, else '?'.</summary>
        public static char Printable(char c)
        {
            return c >= ' ' && c <= '~' ? c : '?';
        }

        public override string ToString()
        {
            return "#" + _sequence + " " + FormatUtc(_timestamp) + " " + _code + " " + EventCode.NameOf(_code)
                + (_details.Length > 0 ? ": " + _details : string.Empty);
        }

        private static string Bound(string details)
        {
            if (details == null)
            {
                return string.Empty;
            }

            int length = details.Length < MaxDetailsLength ? details.Length : MaxDetailsLength;
            char[] chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = Printable(details[i]);
            }

            return new string(chars);
        }

        // ISO 8601 by hand: the device's DateTime.ToString patterns differ from the desktop's.
        private static string FormatUtc(DateTime t)
        {
            return t.Year.ToString("D4") + "-" + t.Month.ToString("D2") + "-" + t.Day.ToString("D2") + "T"
                + t.Hour.ToString("D2") + ":" + t.Minute.ToString("D2") + ":" + t.Second.ToString("D2") + "Z";
        }
    }
}
