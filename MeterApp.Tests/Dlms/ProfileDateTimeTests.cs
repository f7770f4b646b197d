using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The clock column's date-time encoding and the range bounds with "not specified" fields (Blue Book 4.1.6.1).</summary>
    [TestClass]
    public class ProfileDateTimeTests
    {
        [TestMethod]
        public void UtcInstantsEncodeAsFullySpecifiedDateTimes()
        {
            // 2026-03-01 is a Sunday: day of week 7. Hundredths are truncated, deviation and status 0.
            DlmsBytes.AreEqual("090c" + "07ea030107" + "0d2a0b63" + "0000" + "00", Encode(ProfileDateTime.ToOctetString(new DateTime(2026, 3, 1, 13, 42, 11, 999))));
            DlmsBytes.AreEqual("090c" + "07ea030201" + "00000000" + "0000" + "00", Encode(ProfileDateTime.ToOctetString(new DateTime(2026, 3, 2))));
            CosemDateTime value = ProfileDateTime.FromUtc(new DateTime(2026, 3, 7, 0, 0, 0, 50));
            Assert.AreEqual((byte)6, value.Date.DayOfWeek);
            Assert.AreEqual((byte)5, value.Time.Hundredths);
        }

        [TestMethod]
        public void AFullySpecifiedBoundIsItsInstantOnBothSides()
        {
            DlmsData bound = ProfileDateTime.ToOctetString(new DateTime(2026, 3, 1, 13, 42, 11, 120));
            Assert.AreEqual(new DateTime(2026, 3, 1, 13, 42, 11, 120).Ticks, Bound(bound, false));
            Assert.AreEqual(new DateTime(2026, 3, 1, 13, 42, 11, 130).Ticks - 1, Bound(bound, true));
            Assert.AreEqual(new DateTime(2026, 3, 1, 13, 42, 11, 120).Ticks, Bound(DlmsData.DateTime(ProfileDateTime.FromUtc(new DateTime(2026, 3, 1, 13, 42, 11, 120))), false));
        }

        [TestMethod]
        public void SpansEndAtTheEndOfTheirUnit()
        {
            Assert.AreEqual(new DateTime(2027, 1, 1).Ticks - 1, Bound(Fields(2026, 12, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), true));
            Assert.AreEqual(new DateTime(2024, 3, 1).Ticks - 1, Bound(Fields(2024, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), true));
            Assert.AreEqual(new DateTime(2024, 2, 1).Ticks, Bound(Fields(2024, 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), false));
            Assert.AreEqual(new DateTime(2026, 3, 2).Ticks - 1, Bound(Fields(2026, 3, 1, 0xFF, 0xFF, 0xFF, 0xFF), true));
            Assert.AreEqual(new DateTime(2026, 3, 1, 10, 1, 0).Ticks - 1, Bound(Fields(2026, 3, 1, 10, 0, 0xFF, 0xFF), true));
            Assert.AreEqual(new DateTime(2026, 3, 1, 10, 0, 6).Ticks - 1, Bound(Fields(2026, 3, 1, 10, 0, 5, 0xFF), true));
        }

        [TestMethod]
        public void NothingSpecifiedIsAnOpenBound()
        {
            Assert.AreEqual(ProfileDateTime.OpenStart, Bound(Fields(0xFFFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), false));
            Assert.AreEqual(ProfileDateTime.OpenEnd, Bound(Fields(0xFFFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF), true));
        }

        [TestMethod]
        public void BoundsThatNameNoTimeRangeAreOutOfScope()
        {
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(2026, 0xFF, 1, 0, 0, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(2026, CosemDate.DaylightSavingsBegin, 1, 0, 0, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(2026, 4, 31, 0, 0, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(2026, 4, 0, 0, 0, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(2026, 4, 1, 0, 60, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(2026, 4, 1, 0, 0, 60, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(2026, 4, 1, 0, 0, 0, 100)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(1600, 1, 1, 0, 0, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.ScopeOfAccessViolated, Fails(Fields(9999, 1, 1, 0, 0, 0, 0)));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(DlmsData.OctetString(new byte[13])));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(DlmsData.Date(new CosemDate(2026, 1, 1, 0xFF))));
            Assert.AreEqual((byte)DataAccessResult.TypeUnmatched, Fails(null));
        }

        private static long Bound(DlmsData value, bool upper)
        {
            long ticks;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)ProfileDateTime.ParseBound(value, upper, out ticks));
            return ticks;
        }

        private static byte Fails(DlmsData value)
        {
            long ticks;
            DataAccessResult from = ProfileDateTime.ParseBound(value, false, out ticks);
            Assert.AreEqual((byte)from, (byte)ProfileDateTime.ParseBound(value, true, out ticks));
            return (byte)from;
        }

        private static DlmsData Fields(int year, byte month, byte day, byte hour, byte minute, byte second, byte hundredths)
        {
            byte[] bytes = new byte[12];
            new CosemDateTime(new CosemDate((ushort)year, month, day, 0xFF), new CosemTime(hour, minute, second, hundredths), CosemDateTime.DeviationNotSpecified, 0xFF).Write(bytes, 0);
            return DlmsData.OctetString(bytes);
        }

        private static byte[] Encode(DlmsData value)
        {
            byte[] buffer = new byte[AxdrEncoder.Size(value)];
            AxdrEncoder.Encode(value, buffer, 0, buffer.Length);
            return buffer;
        }
    }
}
