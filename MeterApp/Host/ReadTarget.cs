using System;
using System.Globalization;

namespace Meter.Host
{
    /// <summary>
    /// One `meter read` target: `[class/]a.b.c.d.e.f:attribute`. Without a class id the class is
    /// looked up from the OBIS code in <see cref="ClassOf"/> (the meter's standard objects); give it
    /// explicitly for anything else.
    /// </summary>
    internal sealed class ReadTarget
    {
        private ReadTarget(string text, ushort classId, byte[] logicalName, sbyte attribute)
        {
            Text = text;
            ClassId = classId;
            LogicalName = logicalName;
            Attribute = attribute;
        }

        /// <summary>The target as the user wrote it.</summary>
        public string Text { get; }

        public ushort ClassId { get; }

        public byte[] LogicalName { get; }

        public sbyte Attribute { get; }

        /// <summary>True for Register (3) and Extended register (4): attribute 2 is printed with attribute 3, scaler_unit.</summary>
        public bool IsRegisterValue => (ClassId == 3 || ClassId == 4) && Attribute == 2;

        public static ReadTarget Parse(string text)
        {
            string rest = text;
            int slash = rest.IndexOf('/');
            ushort classId = 0;
            bool explicitClass = slash >= 0;
            if (explicitClass && !ushort.TryParse(rest.Substring(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out classId))
            {
                throw new UsageException("bad class id in '" + text + "' (expected class/a.b.c.d.e.f:attribute)");
            }

            rest = explicitClass ? rest.Substring(slash + 1) : rest;
            int colon = rest.IndexOf(':');
            sbyte attribute = 0;
            if (colon < 0 || !sbyte.TryParse(rest.Substring(colon + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out attribute))
            {
                throw new UsageException("bad attribute in '" + text + "' (expected [class/]a.b.c.d.e.f:attribute)");
            }

            string[] groups = rest.Substring(0, colon).Split('.');
            var logicalName = new byte[6];
            if (groups.Length != 6)
            {
                throw new UsageException("bad OBIS code in '" + text + "' (six groups a.b.c.d.e.f)");
            }

            for (int i = 0; i < 6; i++)
            {
                if (!byte.TryParse(groups[i], NumberStyles.None, CultureInfo.InvariantCulture, out logicalName[i]))
                {
                    throw new UsageException("bad OBIS code in '" + text + "' (each group 0..255)");
                }
            }

            return new ReadTarget(text, explicitClass ? classId : ClassOf(logicalName), logicalName, attribute);
        }

        /// <summary>
        /// The interface class of the meter's standard objects by OBIS code (issue 5's list): energy
        /// and instantaneous registers 3, clock 8, profiles and event logs 7, associations 15,
        /// security setup 64, push setup 40; anything else is taken as Data (1).
        /// </summary>
        public static ushort ClassOf(byte[] obis)
        {
            byte a = obis[0], c = obis[2], d = obis[3];
            if (a == 1 && c >= 1 && c <= 80 && (d == 7 || d == 8))
            {
                return 3;
            }

            if (a == 0 && c == 1 && d == 0)
            {
                return 8;
            }

            if (c == 99 && (d == 1 || d == 2 || d == 98))
            {
                return 7;
            }

            if (a == 0 && c == 40 && d == 0)
            {
                return 15;
            }

            if (a == 0 && c == 43 && d == 0)
            {
                return 64;
            }

            if (a == 0 && c == 25 && d == 9)
            {
                return 40;
            }

            return 1;
        }
    }
}
