using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>DaylightSavingRule: wildcard patterns resolved per year, both hemispheres, the change instants to the second.</summary>
    [TestClass]
    public class CosemDaylightSavingRuleTests
    {
        [TestMethod]
        [DataRow(3, 29, 0, 59, 59, false)]
        [DataRow(3, 29, 1, 0, 0, true)]
        [DataRow(7, 1, 12, 0, 0, true)]
        [DataRow(10, 25, 0, 59, 59, true)]
        [DataRow(10, 25, 1, 0, 0, false)]
        [DataRow(12, 24, 12, 0, 0, false)]
        public void TheEuropeanRuleChangesAtOneUtcOnTheLastSundays(int month, int day, int hour, int minute, int second, bool active)
        {
            // 2026: last Sunday of March is the 29th, of October the 25th; Central European Time (time_zone -60).
            DaylightSavingRule rule = DaylightSavingRule.EuropeanUnion();
            Assert.AreEqual(active, rule.IsActive(new DateTime(2026, month, day, hour, minute, second), -60));
        }

        [TestMethod]
        [DataRow(1, 15, 0, 0, true)]
        [DataRow(4, 4, 15, 59, true)]
        [DataRow(4, 4, 16, 0, false)]
        [DataRow(6, 15, 0, 0, false)]
        [DataRow(10, 3, 15, 59, false)]
        [DataRow(10, 3, 16, 0, true)]
        public void ASouthernRuleWrapsOverTheNewYear(int month, int day, int hour, int minute, bool active)
        {
            // Sydney: UTC+10 (time_zone -600), first Sunday of October 02:00 to first Sunday of April 03:00.
            // 2026: 4 October 02:00 AEST = 3 October 16:00 UTC; 5 April 03:00 AEDT = 4 April 16:00 UTC.
            DaylightSavingRule rule = new DaylightSavingRule(Pattern("ffff0a0107", 2), Pattern("ffff040107", 3), 60);
            Assert.AreEqual(active, rule.IsActive(new DateTime(2026, month, day, hour, minute, 0), -600));
        }

        [TestMethod]
        public void ARuleForOneYearAppliesOnlyThen()
        {
            DaylightSavingRule rule = new DaylightSavingRule(Pattern("07ea0301ff", 0), Pattern("07ea0a01ff", 0), 60);
            Assert.IsTrue(rule.IsActive(new DateTime(2026, 7, 1), 0));
            Assert.IsFalse(rule.IsActive(new DateTime(2027, 7, 1), 0));
        }

        [TestMethod]
        public void SecondLastDayAndPlainDaysResolve()
        {
            // 2026-03-30 is the second last day of March; a rule from then to 15 April.
            DaylightSavingRule rule = new DaylightSavingRule(Pattern("ffff03fdff", 0), Pattern("ffff040fff", 1), 60);
            Assert.IsFalse(rule.IsActive(new DateTime(2026, 3, 29, 23, 59, 59), 0));
            Assert.IsTrue(rule.IsActive(new DateTime(2026, 3, 30, 0, 0, 0), 0));
            Assert.IsTrue(rule.IsActive(new DateTime(2026, 4, 14, 23, 59, 59), 0));
            Assert.IsFalse(rule.IsActive(new DateTime(2026, 4, 15, 0, 0, 0), 0));
        }

        [TestMethod]
        [DataRow("ffffff01ff", "ffff0a01ff", 60)]
        [DataRow("ffff0d01ff", "ffff0a01ff", 60)]
        [DataRow("ffff03ffff", "ffff0a01ff", 60)]
        [DataRow("ffff030108", "ffff0a01ff", 60)]
        [DataRow("07ea0301ff", "ffff0a01ff", 60)]
        public void AnUnresolvablePatternIsRefused(string begin, string end, int deviation)
        {
            Assert.ThrowsException(typeof(ArgumentException), () => new DaylightSavingRule(Pattern(begin, 2), Pattern(end, 3), (sbyte)deviation));
        }

        [TestMethod]
        public void ADeviationBeyondTwoHoursIsRefused()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => new DaylightSavingRule(Pattern("ffff0301ff", 2), Pattern("ffff0a01ff", 3), 121));
        }

        private static CosemDateTime Pattern(string dateHex, byte hour)
        {
            return new CosemDateTime(CosemDate.Read(Hex.Parse(dateHex), 0), new CosemTime(hour, 0, 0, 0), CosemDateTime.DeviationNotSpecified, CosemDateTime.ClockStatusNotSpecified);
        }
    }
}
