using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Events;
using Meter.Hal.Virtual;
using Meter.Storage;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The event code objects 0.0.96.11.0.255 / 0.0.96.11.1.255 the event logs capture: the newest code of their log.</summary>
    [TestClass]
    public class ObjectsEventCodeValueTests
    {
        private static readonly DateTime Start = new DateTime(2026, 5, 1, 12, 0, 0);

        [TestMethod]
        public void AnEmptyLogReadsZero()
        {
            EventLog log = NewLog(RecordKeys.StandardEventLogFirstSlot);
            DlmsBytes.AreEqual("120000", Encode(Read(new EventCodeValue(log))));
        }

        [TestMethod]
        public void TheValueIsTheNewestCodeAsLongUnsigned()
        {
            EventLog log = NewLog(RecordKeys.StandardEventLogFirstSlot);
            log.Record(EventCode.PowerUp, "boot");
            log.Record(EventCode.TerminalCoverRemoved, "open");
            DlmsBytes.AreEqual("120028", Encode(Read(new EventCodeValue(log))));
            log.Clear();
            // A cleared log holds its "cleared" (255) entry.
            DlmsBytes.AreEqual("1200ff", Encode(Read(new EventCodeValue(log))));
        }

        [TestMethod]
        public void TheDataObjectsAreNamedAsTheLogsCaptureThem()
        {
            VirtualClock clock = VirtualClock.Manual(Start);
            RecordStore store = Mounted(new VirtualFlash(4096, 8));
            EventLog standard = new EventLog(store, clock, RecordKeys.StandardEventLogFirstSlot, 20);
            EventLog fraud = new EventLog(store, clock, RecordKeys.FraudDetectionLogFirstSlot, 20);
            standard.Record(EventCode.PowerUp, "boot");
            fraud.Record(EventCode.ReplayAttack, "replay");

            Data standardCode = ProfileObjects.StandardEventCode(standard);
            Data fraudCode = ProfileObjects.FraudEventCode(fraud);
            Assert.AreEqual((int)Data.Class, (int)standardCode.ClassId);
            DlmsBytes.AreEqual("0000600b00ff", standardCode.LogicalName);
            DlmsBytes.AreEqual("0000600b01ff", fraudCode.LogicalName);
            Assert.AreEqual((long)EventCode.PowerUp, Get(standardCode).AsInt64());
            Assert.AreEqual((long)EventCode.ReplayAttack, Get(fraudCode).AsInt64());

            // The captured value and the log's column have one type (Blue Book 4.3.6: the buffer holds captured values).
            DlmsData rows = Get(ProfileObjects.FraudDetectionLog(fraud), 2);
            Assert.AreEqual((int)Get(fraudCode).Type, (int)rows[0][1].Type);
            Assert.AreEqual((byte)DataAccessResult.ReadWriteDenied, (byte)fraudCode.Set(new CosemRequestContext(), 2, null, DlmsData.LongUnsigned(1)));
        }

        private static EventLog NewLog(ushort firstSlot)
        {
            return new EventLog(Mounted(new VirtualFlash(4096, 8)), VirtualClock.Manual(Start), firstSlot, 20);
        }

        private static DlmsData Read(ICosemValueSource source)
        {
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)source.Read(out value));
            return value;
        }

        private static DlmsData Get(ICosemObject target)
        {
            return Get(target, 2);
        }

        private static DlmsData Get(ICosemObject target, int attribute)
        {
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)target.Get(new CosemRequestContext(), attribute, null, out value));
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
    }
}
