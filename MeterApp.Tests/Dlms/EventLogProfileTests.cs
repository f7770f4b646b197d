using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The standard event log 0.0.99.98.0.255 and fraud detection log 0.0.99.98.1.255 as profiles, fed through the router.</summary>
    [TestClass]
    public class EventLogProfileTests
    {
        private static readonly DateTime Start = new DateTime(2026, 5, 1, 12, 0, 0);

        [TestMethod]
        public void EachLogShowsItsOwnEventsOldestFirst()
        {
            Logs logs = new Logs(new VirtualFlash(4096, 8), VirtualClock.Manual(Start));
            logs.RecordSample();

            DlmsData standard = Get(ProfileObjects.StandardEventLog(logs.Standard), 2, null);
            AssertCodes(standard, EventCode.PowerUp, EventCode.VoltageSagStarted, EventCode.ParametersChanged);
            DlmsData fraud = Get(ProfileObjects.FraudDetectionLog(logs.Fraud), 2, null);
            AssertCodes(fraud, EventCode.TerminalCoverRemoved, EventCode.ReversePowerDetected, EventCode.ReplayAttack);

            // Terminal cover removed at 12:01 UTC as a head-end receives it.
            DlmsBytes.AreEqual("0202" + "090c07ea0501050c010000000000" + "120028", Encode(fraud[0]));
        }

        [TestMethod]
        public void TheLogsDescribeTheirColumns()
        {
            Logs logs = new Logs(new VirtualFlash(4096, 8), VirtualClock.Manual(Start));
            ProfileGeneric standard = ProfileObjects.StandardEventLog(logs.Standard);
            ProfileGeneric fraud = ProfileObjects.FraudDetectionLog(logs.Fraud);
            DlmsBytes.AreEqual("090600006362" + "00ff", Encode(Get(standard, 1, null)));
            DlmsBytes.AreEqual("090600006362" + "01ff", Encode(Get(fraud, 1, null)));
            DlmsBytes.AreEqual("0102" + "020412000809060000010000ff0f02120000" + "020412000109060000600b00ff0f02120000", Encode(Get(standard, 3, null)));
            DlmsBytes.AreEqual("0102" + "020412000809060000010000ff0f02120000" + "020412000109060000600b01ff0f02120000", Encode(Get(fraud, 3, null)));
            DlmsBytes.AreEqual("0600000000", Encode(Get(fraud, 4, null)));
            DlmsBytes.AreEqual("0600000014", Encode(Get(fraud, 8, null)));
        }

        [TestMethod]
        public void EventLogsAnswerSelectiveAccess()
        {
            Logs logs = new Logs(new VirtualFlash(4096, 8), VirtualClock.Manual(Start));
            logs.RecordSample();
            ProfileGeneric standard = ProfileObjects.StandardEventLog(logs.Standard);

            DlmsData rows = Get(standard, 2, new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(2), DlmsData.DoubleLongUnsigned(0), DlmsData.LongUnsigned(2), DlmsData.LongUnsigned(0))));
            Assert.AreEqual(2, rows.Count);
            Assert.AreEqual(1, rows[0].Count);
            Assert.AreEqual((long)EventCode.VoltageSagStarted, rows[0][0].AsInt64());
            Assert.AreEqual((long)EventCode.ParametersChanged, rows[1][0].AsInt64());

            // Events at 12:00, 12:02 and 12:05: the range 12:01 .. 12:04 holds only the sag.
            CaptureObjectDefinition clock = ProfileObjects.StandardEventLogColumns()[0];
            rows = Get(standard, 2, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                clock.ToData(), ProfileDateTime.ToOctetString(Start.AddMinutes(1)), ProfileDateTime.ToOctetString(Start.AddMinutes(4)), DlmsData.Array())));
            AssertCodes(rows, EventCode.VoltageSagStarted);

            // An entry window past the end of a small log: empty.
            rows = Get(standard, 2, new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(4), DlmsData.DoubleLongUnsigned(9), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(0))));
            Assert.AreEqual(0, rows.Count);
        }

        [TestMethod]
        public void AWrappedLogShowsItsNewestEntriesOldestFirst()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            RecordStore store = Mounted(new VirtualFlash(4096, 8));
            EventLog fraud = new EventLog(store, clock, RecordKeys.FraudDetectionLogFirstSlot, 5);
            for (int i = 0; i < 12; i++)
            {
                fraud.Record(i % 2 == 0 ? EventCode.MeterCoverRemoved : EventCode.MeterCoverClosed, null);
                clock.Advance(1000);
            }

            DlmsData rows = Get(ProfileObjects.FraudDetectionLog(fraud), 2, null);
            Assert.AreEqual(5, rows.Count);
            Assert.AreEqual((long)EventCode.MeterCoverClosed, rows[0][1].AsInt64());
            Assert.AreEqual((long)EventCode.MeterCoverClosed, rows[4][1].AsInt64());
            Assert.AreEqual((long)EventCode.MeterCoverRemoved, rows[3][1].AsInt64());
            Assert.AreEqual(ProfileDateTime.ToOctetString(Start.AddSeconds(7)).GetBytes()[6], rows[0][0].GetBytes()[6]);
        }

        [TestMethod]
        public void EventLogsAreNotCapturedOnRequestAndResetLeavesTheClearedEntry()
        {
            Logs logs = new Logs(new VirtualFlash(4096, 8), VirtualClock.Manual(Start));
            logs.RecordSample();
            ProfileGeneric fraud = ProfileObjects.FraudDetectionLog(logs.Fraud);
            DlmsData returned;
            CosemRequestContext context = new CosemRequestContext();
            Assert.AreEqual((byte)ActionResult.ReadWriteDenied, (byte)fraud.Invoke(context, 2, DlmsData.Integer(0), out returned));
            Assert.AreEqual(3, Get(fraud, 2, null).Count);
            Assert.AreEqual((byte)ActionResult.Success, (byte)fraud.Invoke(context, 1, DlmsData.Integer(0), out returned));
            AssertCodes(Get(fraud, 2, null), EventCode.EventLogCleared);
            Assert.AreEqual(3, Get(ProfileObjects.StandardEventLog(logs.Standard), 2, null).Count);
        }

        private static void AssertCodes(DlmsData rows, params ushort[] codes)
        {
            Assert.AreEqual(codes.Length, rows.Count);
            for (int i = 0; i < codes.Length; i++)
            {
                Assert.AreEqual(DlmsDataType.LongUnsigned, rows[i][rows[i].Count - 1].Type);
                Assert.AreEqual((long)codes[i], rows[i][rows[i].Count - 1].AsInt64());
            }
        }

        private static DlmsData Get(ProfileGeneric profile, int attribute, SelectiveAccessDescriptor access)
        {
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)profile.Get(new CosemRequestContext(), attribute, access, out value));
            return value;
        }

        private static byte[] Encode(DlmsData value)
        {
            byte[] buffer = new byte[AxdrEncoder.Size(value)];
            AxdrEncoder.Encode(value, buffer, 0, buffer.Length);
            return buffer;
        }

        private static RecordStore Mounted(VirtualFlash flash)
        {
            RecordStore store = new RecordStore(flash);
            store.Mount();
            return store;
        }

        /// <summary>The two logs (20 slots each) on one store and the router in front of them.</summary>
        private sealed class Logs
        {
            private readonly VirtualClock _clock;

            public Logs(VirtualFlash flash, VirtualClock clock)
            {
                _clock = clock;
                RecordStore store = Mounted(flash);
                Standard = new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, 20);
                Fraud = new EventLog(store, clock, RecordKeys.FraudDetectionLogFirstSlot, 20);
                Router = new EventLogRouter(Standard, Fraud);
            }

            public EventLog Standard { get; }

            public EventLog Fraud { get; }

            public IEventRecorder Router { get; }

            /// <summary>Six events, one a minute from 12:00, alternating between the logs.</summary>
            public void RecordSample()
            {
                ushort[] codes = new ushort[]
                {
                    EventCode.PowerUp, EventCode.TerminalCoverRemoved, EventCode.VoltageSagStarted,
                    EventCode.ReversePowerDetected, EventCode.ReplayAttack, EventCode.ParametersChanged,
                };
                for (int i = 0; i < codes.Length; i++)
                {
                    Router.Record(codes[i], "sample");
                    _clock.Advance(60000);
                }
            }
        }
    }
}
