using System;
using Meter.Dlms.Axdr;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    [TestClass]
    public class CosemDateTimeTests
    {
        [TestMethod]
        public void ReadsAndWritesTheTwelveBytesAtAnOffset()
        {
            // 2022-03-13 Sunday 02:00:00, hundredths not specified, deviation -60, DST active.
            byte[] buffer = Hex.Parse("EE07E6030D07020000FFFFC480EE");
            CosemDateTime value = CosemDateTime.Read(buffer, 1);
            Assert.AreEqual((ushort)2022, value.Date.Year);
            Assert.AreEqual((byte)7, value.Date.DayOfWeek);
            Assert.AreEqual((byte)2, value.Time.Hour);
            Assert.AreEqual((short)-60, value.Deviation);
            Assert.AreEqual((byte)0x80, value.ClockStatus);

            byte[] copy = Hex.Repeat(0x11, 14);
            value.Write(copy, 1);
            Assert.AreEqual("1107e6030d07020000ffffc48011", Hex.Format(copy));
        }

        [TestMethod]
        public void NotSpecifiedValuesRoundTrip()
        {
            CosemDateTime wildcard = new CosemDateTime(
                new CosemDate(CosemDate.YearNotSpecified, CosemDate.DaylightSavingsBegin, CosemDate.SecondLastDayOfMonth, CosemDate.NotSpecified),
                new CosemTime(CosemTime.NotSpecified, CosemTime.NotSpecified, CosemTime.NotSpecified, CosemTime.NotSpecified),
                CosemDateTime.DeviationNotSpecified,
                CosemDateTime.ClockStatusNotSpecified);
            byte[] buffer = new byte[CosemDateTime.Size];
            wildcard.Write(buffer, 0);
            Assert.AreEqual("fffffefdffffffffff8000ff", Hex.Format(buffer));

            CosemDateTime back = CosemDateTime.Read(buffer, 0);
            Assert.AreEqual(CosemDate.DaylightSavingsBegin, back.Date.Month);
            Assert.AreEqual(CosemDateTime.DeviationNotSpecified, back.Deviation);
        }

        [TestMethod]
        public void RequiresBothParts()
        {
            Assert.ThrowsException(typeof(ArgumentNullException), () => new CosemDateTime(null, new CosemTime(0, 0, 0, 0), 0, 0));
            Assert.ThrowsException(typeof(ArgumentNullException), () => new CosemDateTime(new CosemDate(2022, 1, 1, 6), null, 0, 0));
        }
    }
}
