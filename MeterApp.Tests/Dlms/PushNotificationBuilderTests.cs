using Meter.Dlms.Axdr;
using Meter.Dlms.Push;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The Data-Notification of a push: invoke id and priority, date-time, data_index, unreadable values.</summary>
    [TestClass]
    public class PushNotificationBuilderTests
    {
        [TestMethod]
        public void InvokeIdsCountFromOneAndAlarmsCarryTheHighPriorityBit()
        {
            PushNotificationBuilder builder = new PushNotificationBuilder(PushFixtures.Values(), null);
            PushJob job = PushFixtures.Job(0, 0, PushProtection.Plain);
            int errors;
            Assert.AreEqual(1u, builder.Build(job, out errors).LongInvokeIdAndPriority);
            Assert.AreEqual(0x80000002u, builder.Build(job.WithHighPriority(true), out errors).LongInvokeIdAndPriority);
            Assert.AreEqual(3u, builder.Build(job, out errors).LongInvokeIdAndPriority);
            Assert.AreEqual(0, errors);
        }

        [TestMethod]
        public void WithoutARealTimeClockTheDateTimeIsAbsent()
        {
            PushNotificationBuilder builder = new PushNotificationBuilder(PushFixtures.Values(), null);
            int errors;
            DataNotification notification = builder.Build(PushFixtures.Job(0, 0, PushProtection.Plain), out errors);
            Assert.IsNull(notification.DateTime);
            byte[] buffer = new byte[notification.Size];
            notification.Encode(buffer, 0, buffer.Length);
            Assert.AreEqual("0f0000000100" + "0203", Hex.Format(DlmsBytes.Take(buffer, 8)));
        }

        [TestMethod]
        public void AnEmptyObjectListPushesAnEmptyStructure()
        {
            PushNotificationBuilder builder = new PushNotificationBuilder(PushFixtures.Values(), null);
            int errors;
            DataNotification notification = builder.Build(new PushJob(new PushObject[0], PushFixtures.Destination, 0, 0, PushProtection.Plain, false), out errors);
            byte[] buffer = new byte[notification.Size];
            Assert.AreEqual(8, notification.Encode(buffer, 0, buffer.Length));
            DlmsBytes.AreEqual("0f00000001000200", buffer);
        }

        [TestMethod]
        public void DataIndexSelectsOneElementAndAMissingOneIsNullData()
        {
            TablePushValueSource values = new TablePushValueSource();
            values.Add(7, "0100630100ff", 4, DlmsData.Structure(DlmsData.Unsigned(1), DlmsData.Unsigned(2)));
            values.Add(1, "0000600100ff", 2, DlmsData.Unsigned(9));
            PushObject[] objects = new PushObject[]
            {
                new PushObject(7, Hex.Parse("0100630100ff"), 0, 4, 2),
                new PushObject(7, Hex.Parse("0100630100ff"), 0, 4, 3),
                new PushObject(1, Hex.Parse("0000600100ff"), 0, 2, 1),
                new PushObject(1, Hex.Parse("0000600100ff"), 0, 3, 0),
                new PushObject(7, Hex.Parse("0100630100ff"), 0, 4, 0),
            };
            PushNotificationBuilder builder = new PushNotificationBuilder(values, null);
            int errors;
            DlmsData body = builder.Build(new PushJob(objects, PushFixtures.Destination, 0, 0, PushProtection.Plain, false), out errors).Body;
            Assert.AreEqual(5, body.Count);
            Assert.AreEqual(2L, body[0].AsInt64());
            Assert.IsTrue(body[1].IsNull, "no third element");
            Assert.IsTrue(body[2].IsNull, "a simple value has no elements");
            Assert.IsTrue(body[3].IsNull, "no such attribute");
            Assert.AreEqual((int)DlmsDataType.Structure, (int)body[4].Type);
            Assert.AreEqual(3, errors);
        }

        [TestMethod]
        public void TheValueSourceGetsTheEntryItAsksFor()
        {
            TablePushValueSource values = PushFixtures.Values();
            PushNotificationBuilder builder = new PushNotificationBuilder(values, null);
            int errors;
            DlmsData body = builder.Build(PushFixtures.Job(0, 0, PushProtection.Plain), out errors).Body;
            Assert.AreEqual(3, values.Reads);
            Assert.AreEqual(PushFixtures.SetupName, Hex.Format(body[0].GetBytes()));
        }

        [TestMethod]
        [DataRow(2026, 11, 22, 7)]
        [DataRow(2026, 11, 23, 1)]
        [DataRow(2024, 2, 29, 4)]
        public void TheTimestampIsUtcWithTheCosemDayOfWeek(int year, int month, int day, int dayOfWeek)
        {
            CosemDateTime stamp = PushTimestamp.FromUtc(new System.DateTime(year, month, day, 23, 59, 59, 999));
            byte[] bytes = new byte[CosemDateTime.Size];
            stamp.Write(bytes, 0);
            Assert.AreEqual((ushort)year, stamp.Date.Year);
            Assert.AreEqual((byte)dayOfWeek, stamp.Date.DayOfWeek);
            Assert.AreEqual("173b3b63" + "0000" + "00", Hex.Format(bytes).Substring(10));
        }

        [TestMethod]
        [DataRow(1999, 1)]
        [DataRow(2000, 0)]
        [DataRow(2099, 0)]
        [DataRow(2100, 1)]
        public void AClockThatWasNeverSetIsFlaggedInvalid(int year, int status)
        {
            Assert.AreEqual((byte)status, PushTimestamp.FromUtc(new System.DateTime(year, 6, 1)).ClockStatus);
        }

        [TestMethod]
        public void TheDateTimeComesFromTheRealTimeClockAtBuildTime()
        {
            VirtualClock clock = VirtualClock.Manual(PushFixtures.Now);
            PushNotificationBuilder builder = new PushNotificationBuilder(PushFixtures.Values(), clock);
            int errors;
            builder.Build(PushFixtures.Job(0, 0, PushProtection.Plain), out errors);
            clock.SetUtcNow(new System.DateTime(2027, 1, 1, 0, 0, 0));
            DataNotification later = builder.Build(PushFixtures.Job(0, 0, PushProtection.Plain), out errors);
            Assert.AreEqual((ushort)2027, later.DateTime.Date.Year);
            Assert.AreEqual((byte)5, later.DateTime.Date.DayOfWeek);
        }
    }
}
