using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using Meter.Tests.Profiles;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The AMR profile status 0.0.96.10.1.255 the load profile captures: the status of the ring's newest entry.</summary>
    [TestClass]
    public class ObjectsAmrProfileStatusValueTests
    {
        private static readonly DateTime Midnight = new DateTime(2026, 5, 1, 0, 0, 0);

        [TestMethod]
        public void ReadsZeroBeforeTheFirstCaptureThenTheNewestStatus()
        {
            LoadProfileRing ring = new LoadProfileRing(Mounted(new VirtualFlash(4096, 8)), 16);
            AmrProfileStatusValue status = new AmrProfileStatusValue(ring);
            DlmsBytes.AreEqual("1100", Encode(Read(status)));

            ring.Append(Midnight.AddMinutes(15), AmrProfileStatus.PowerDown | AmrProfileStatus.ClockAdjusted, 1, 2, 3, 4);
            DlmsBytes.AreEqual("11a0", Encode(Read(status)));
            ring.Append(Midnight.AddMinutes(30), AmrProfileStatus.DataNotValid, 1, 2, 3, 4);
            DlmsBytes.AreEqual("1104", Encode(Read(status)));

            // A reset hides the entries, not what the newest capture found.
            ring.Clear();
            DlmsBytes.AreEqual("1104", Encode(Read(status)));
        }

        [TestMethod]
        public void TheDataObjectHasTheNameAndTypeOfTheLoadProfileColumn()
        {
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(1));
            FixedMeasurementSource source = new FixedMeasurementSource();
            source.Publish(1000, 2, 3, 4);
            LoadProfileCapture capture = new LoadProfileCapture(new LoadProfileRing(Mounted(new VirtualFlash(4096, 8)), 16), source, clock, clock, 900);
            Assert.IsNotNull(capture.CaptureNow());

            Data status = ProfileObjects.AmrProfileStatusObject(capture);
            Assert.AreEqual((int)Data.Class, (int)status.ClassId);
            DlmsBytes.AreEqual("0000600a01ff", status.LogicalName);
            CaptureObjectDefinition column = ProfileObjects.LoadProfileColumns()[1];
            Assert.IsTrue(column.SameAs(new CaptureObjectDefinition(status.ClassId, status.LogicalName, 2, 0)));

            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)status.Get(new CosemRequestContext(), 2, null, out value));
            DlmsData rows;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)ProfileObjects.LoadProfile(capture).Get(new CosemRequestContext(), 2, null, out rows));
            Assert.AreEqual((int)rows[0][1].Type, (int)value.Type);
            Assert.AreEqual(rows[0][1].AsInt64(), value.AsInt64());
        }

        private static DlmsData Read(ICosemValueSource source)
        {
            DlmsData value;
            Assert.AreEqual((byte)DataAccessResult.Success, (byte)source.Read(out value));
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
