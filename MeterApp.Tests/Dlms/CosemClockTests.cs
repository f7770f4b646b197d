using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Tests.SerialConsole;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>Clock (class 8): time as local date-time with deviation, setting it with checks, the adjust methods.</summary>
    [TestClass]
    public class CosemClockTests
    {
        private static readonly byte[] ClockName = new byte[] { 0, 0, 1, 0, 0, 255 };

        [TestMethod]
        public void TimeIsLocalWithDeviationAndStatus()
        {
            // 2026-11-22 06:30:15.250 UTC is Sunday 07:30:15.25 in CET (deviation -60: UTC = local + deviation).
            Clock clock = NewClock(new DateTime(2026, 11, 22, 6, 30, 15, 250), -60, new RecordingEvents());
            Assert.AreEqual("090c" + "07ea0b1607" + "071e0f19" + "ffc4" + "00", CosemTest.Encoded(CosemTest.Get(clock, 2)));
            Assert.AreEqual("10ffc4", CosemTest.Encoded(CosemTest.Get(clock, 3)));
            Assert.AreEqual("1100", CosemTest.Encoded(CosemTest.Get(clock, 4)));
        }

        [TestMethod]
        public void AnRtcThatWasNeverSetIsFlaggedInvalid()
        {
            Clock clock = NewClock(new DateTime(1980, 1, 1), 0, new RecordingEvents());
            Assert.AreEqual("1101", CosemTest.Encoded(CosemTest.Get(clock, 4)));
            Assert.AreEqual("090c" + "07bc010102" + "00000000" + "0000" + "01", CosemTest.Encoded(CosemTest.Get(clock, 2)));
        }

        [TestMethod]
        public void DaylightSavingIsOffAndConfigurationIsReadOnly()
        {
            Clock clock = NewClock(new DateTime(2026, 1, 1), 0, new RecordingEvents());
            Assert.AreEqual((ushort)8, clock.ClassId);
            Assert.AreEqual(9, clock.AttributeCount);
            Assert.AreEqual(6, clock.MethodCount);
            Assert.AreEqual("090cffffffffffffffffff8000ff", CosemTest.Encoded(CosemTest.Get(clock, 5)));
            Assert.AreEqual("090cffffffffffffffffff8000ff", CosemTest.Encoded(CosemTest.Get(clock, 6)));
            Assert.AreEqual("0f00", CosemTest.Encoded(CosemTest.Get(clock, 7)));
            Assert.AreEqual("0300", CosemTest.Encoded(CosemTest.Get(clock, 8)));
            Assert.AreEqual("1601", CosemTest.Encoded(CosemTest.Get(clock, 9)));
            for (int attribute = 3; attribute <= 9; attribute++)
            {
                Assert.AreEqual((int)DataAccessResult.ReadWriteDenied, (int)CosemTest.Set(clock, attribute, CosemTest.Get(clock, attribute)), "attribute " + attribute);
            }
        }

        [TestMethod]
        public void DaylightSavingShiftsTheDeviationAndSetsTheStatusBit()
        {
            // 2026-07-01 10:00 UTC is Wednesday 12:00 CEST: deviation -120, status 0x80.
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 7, 1, 10, 0, 0));
            Clock clock = new Clock(ClockName, rtc, new RecordingEvents(), -60, DaylightSavingRule.EuropeanUnion(), Clock.ClockBaseInternalCrystal);
            Assert.AreEqual("090c" + "07ea070103" + "0c000000" + "ff88" + "80", CosemTest.Encoded(CosemTest.Get(clock, 2)));
            Assert.AreEqual("1180", CosemTest.Encoded(CosemTest.Get(clock, 4)));
            Assert.AreEqual("090c" + "ffff03fe07" + "02000000" + "8000" + "ff", CosemTest.Encoded(CosemTest.Get(clock, 5)));
            Assert.AreEqual("090c" + "ffff0afe07" + "03000000" + "8000" + "ff", CosemTest.Encoded(CosemTest.Get(clock, 6)));
            Assert.AreEqual("0f3c", CosemTest.Encoded(CosemTest.Get(clock, 7)));
            Assert.AreEqual("0301", CosemTest.Encoded(CosemTest.Get(clock, 8)));

            // Local time without a deviation is read as the clock keeps it: summer time in July, standard time in January.
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(clock, 2, Octets("07ea0701ff0c0000ff8000ff")));
            Assert.AreEqual(new DateTime(2026, 7, 1, 10, 0, 0).Ticks, rtc.UtcNow.Ticks);
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(clock, 2, Octets("07ea0105ff0c0000ff8000ff")));
            Assert.AreEqual(new DateTime(2026, 1, 5, 11, 0, 0).Ticks, rtc.UtcNow.Ticks);
            Assert.AreEqual("090c" + "07ea010501" + "0c000000" + "ffc4" + "00", CosemTest.Encoded(CosemTest.Get(clock, 2)));
        }

        [TestMethod]
        public void SettingTheTimeMovesTheRtcAndRecordsBothTimes()
        {
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 1, 5, 9, 0, 0));
            RecordingEvents events = new RecordingEvents();
            Clock clock = new Clock(ClockName, rtc, events, -60, null, Clock.ClockBaseInternalCrystal);

            // Monday 2026-01-05 12:00:00.50 local, deviation -60 -> 11:00:00.50 UTC.
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(clock, 2, Octets("07ea010501" + "0c000032" + "ffc4" + "00")));
            Assert.AreEqual(new DateTime(2026, 1, 5, 11, 0, 0, 500).Ticks, rtc.UtcNow.Ticks);
            Assert.AreEqual(2, events.Codes.Count);
            Assert.AreEqual((int)EventCode.ClockAdjustedOldTime, (int)events.Codes[0]);
            Assert.AreEqual("2026-01-05T09:00:00Z", (string)events.Details[0]);
            Assert.AreEqual((int)EventCode.ClockAdjustedNewTime, (int)events.Codes[1]);
            Assert.AreEqual("2026-01-05T11:00:00Z", (string)events.Details[1]);
        }

        [TestMethod]
        public void AnUnspecifiedDeviationMeansTheClocksTimeZoneAndTheDateTimeTagIsAccepted()
        {
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 1, 5, 9, 0, 0));
            Clock clock = new Clock(ClockName, rtc, new RecordingEvents(), 120, null, Clock.ClockBaseInternalCrystal);

            // day of week and hundredths not specified; deviation 0x8000 -> time_zone 120: UTC = 10:00 + 2 h.
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(clock, 2, Octets("07ea0105ff" + "0a0000ff" + "8000" + "ff")));
            Assert.AreEqual(new DateTime(2026, 1, 5, 12, 0, 0).Ticks, rtc.UtcNow.Ticks);

            CosemDateTime tagged = CosemDateTime.Read(Hex.Parse("07ea0105ff0b0000ff0000ff"), 0);
            Assert.AreEqual((int)DataAccessResult.Success, (int)CosemTest.Set(clock, 2, DlmsData.DateTime(tagged)));
            Assert.AreEqual(new DateTime(2026, 1, 5, 11, 0, 0).Ticks, rtc.UtcNow.Ticks);
        }

        [TestMethod]
        [DataRow("ffff0105ff0a0000ff0000ff")]
        [DataRow("07ea0d05ff0a0000ff0000ff")]
        [DataRow("07ea021eff0a0000ff0000ff")]
        [DataRow("07ea0105ff180000ff0000ff")]
        [DataRow("07ea0105ff0a3c00ff0000ff")]
        [DataRow("07ea0105ff0a0000640000ff")]
        [DataRow("07ea0105020a0000ff0000ff")]
        [DataRow("07ea0105ff0a0000ff0321ff")]
        [DataRow("07cf0105ff0a0000ff0000ff")]
        [DataRow("0834010501ff0000ff0000ff")]
        public void AnInvalidDateTimeIsRefusedAndTheClockIsUntouched(string hex)
        {
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 1, 5, 9, 0, 0));
            RecordingEvents events = new RecordingEvents();
            Clock clock = new Clock(ClockName, rtc, events, 0, null, Clock.ClockBaseInternalCrystal);
            Assert.AreEqual((int)DataAccessResult.OtherReason, (int)CosemTest.Set(clock, 2, Octets(hex)));
            Assert.AreEqual(new DateTime(2026, 1, 5, 9, 0, 0).Ticks, rtc.UtcNow.Ticks);
            Assert.AreEqual(0, events.Codes.Count);
        }

        [TestMethod]
        public void AValueOfAnotherTypeOrLengthIsTypeUnmatched()
        {
            Clock clock = NewClock(new DateTime(2026, 1, 5), 0, new RecordingEvents());
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(clock, 2, Octets("07ea0105ff0a0000ff0000")));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(clock, 2, DlmsData.VisibleString("2026-01-05T10:00:00")));
            Assert.AreEqual((int)DataAccessResult.TypeUnmatched, (int)CosemTest.Set(clock, 2, DlmsData.DoubleLongUnsigned(1767607200)));
        }

        [TestMethod]
        [DataRow(37, 29, 30)]
        [DataRow(37, 30, 45)]
        [DataRow(52, 29, 45)]
        [DataRow(52, 31, 60)]
        public void AdjustToQuarterRoundsToTheNearestQuarter(int minute, int second, int expectedMinutes)
        {
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 3, 1, 6, minute, second));
            Clock clock = new Clock(ClockName, rtc, new RecordingEvents(), 0, null, Clock.ClockBaseInternalCrystal);
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(clock, 1, DlmsData.Integer(0)));
            Assert.AreEqual(new DateTime(2026, 3, 1, 6, 0, 0).AddMinutes(expectedMinutes).Ticks, rtc.UtcNow.Ticks);
        }

        [TestMethod]
        public void AdjustToQuarterRoundsLocalTime()
        {
            // A zone 10 minutes east of UTC (time_zone -10): 06:07 UTC is 06:17 local, whose nearest
            // quarter is 06:15 local = 06:05 UTC (rounding UTC would have given 06:00).
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 3, 1, 6, 7, 0));
            Clock clock = new Clock(ClockName, rtc, new RecordingEvents(), -10, null, Clock.ClockBaseInternalCrystal);
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(clock, 1, null));
            Assert.AreEqual(new DateTime(2026, 3, 1, 6, 5, 0).Ticks, rtc.UtcNow.Ticks);
        }

        [TestMethod]
        public void AdjustToMinuteAndShiftTime()
        {
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 3, 1, 6, 7, 29, 900));
            RecordingEvents events = new RecordingEvents();
            Clock clock = new Clock(ClockName, rtc, events, 0, null, Clock.ClockBaseInternalCrystal);
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(clock, 3, DlmsData.Integer(0)));
            Assert.AreEqual(new DateTime(2026, 3, 1, 6, 7, 0).Ticks, rtc.UtcNow.Ticks);

            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(clock, 6, DlmsData.Long(-900)));
            Assert.AreEqual(new DateTime(2026, 3, 1, 5, 52, 0).Ticks, rtc.UtcNow.Ticks);
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(clock, 6, DlmsData.Long(901)));
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(clock, 6, DlmsData.Integer(5)));
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(clock, 3, DlmsData.Integer(1)));
            Assert.AreEqual(new DateTime(2026, 3, 1, 5, 52, 0).Ticks, rtc.UtcNow.Ticks);
            Assert.AreEqual(4, events.Codes.Count);
        }

        [TestMethod]
        public void PresetTimeIsAppliedOnceInsideItsValidityInterval()
        {
            VirtualClock rtc = VirtualClock.Manual(new DateTime(2026, 3, 1, 5, 0, 0));
            Clock clock = new Clock(ClockName, rtc, new RecordingEvents(), 0, null, Clock.ClockBaseInternalCrystal);
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(clock, 4, null), "no preset yet");
            DlmsData preset = DlmsData.Structure(
                Octets("07ea0301ff060000ff0000ff"),
                Octets("07ea0301ff051e00ff0000ff"),
                Octets("07ea0301ff060000ff0000ff"));
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(clock, 5, preset));
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(clock, 4, null), "before the interval");
            rtc.Advance(40 * 60 * 1000);
            Assert.AreEqual((int)ActionResult.Success, (int)CosemTest.Invoke(clock, 4, null));
            Assert.AreEqual(new DateTime(2026, 3, 1, 6, 0, 0).Ticks, rtc.UtcNow.Ticks);
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(clock, 4, null), "used once");
        }

        [TestMethod]
        public void ABadPresetIsRefused()
        {
            Clock clock = NewClock(new DateTime(2026, 3, 1), 0, new RecordingEvents());
            DlmsData good = Octets("07ea0301ff060000ff0000ff");
            DlmsData earlier = Octets("07ea0301ff050000ff0000ff");
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(clock, 5, DlmsData.Structure(good, good)));
            Assert.AreEqual((int)ActionResult.TypeUnmatched, (int)CosemTest.Invoke(clock, 5, DlmsData.Structure(good, good, DlmsData.Unsigned(1))));
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(clock, 5, DlmsData.Structure(good, good, earlier)));
            Assert.AreEqual((int)ActionResult.OtherReason, (int)CosemTest.Invoke(clock, 5, DlmsData.Structure(Octets("ffff0301ff060000ff0000ff"), good, good)));
        }

        [TestMethod]
        public void AdjustToMeasuringPeriodIsNotServed()
        {
            Clock clock = NewClock(new DateTime(2026, 3, 1), 0, new RecordingEvents());
            Assert.AreEqual((int)ActionResult.ReadWriteDenied, (int)CosemTest.Invoke(clock, 2, DlmsData.Integer(0)));
            Assert.AreEqual((int)ActionResult.ObjectUndefined, (int)CosemTest.Invoke(clock, 7, DlmsData.Integer(0)));
        }

        [TestMethod]
        public void ATimeZoneOutOfRangeIsRefusedAtConstruction()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => NewClock(new DateTime(2026, 3, 1), 721, new RecordingEvents()));
        }

        private static Clock NewClock(DateTime utc, short timeZone, RecordingEvents events)
        {
            return new Clock(ClockName, VirtualClock.Manual(utc), events, timeZone, null, Clock.ClockBaseInternalCrystal);
        }

        private static DlmsData Octets(string hex)
        {
            return DlmsData.OctetString(Hex.Parse(hex));
        }
    }
}
