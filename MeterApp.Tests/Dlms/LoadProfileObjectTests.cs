using System;
using Meter.Dlms.Axdr;
using Meter.Dlms.Cosem;
using Meter.Dlms.Objects;
using Meter.Dlms.Xdlms;
using Meter.Hal.Virtual;
using Meter.Profiles;
using Meter.Storage;
using Meter.Tests.Profiles;
using Meter.Tests.Support;
using nanoFramework.TestFramework;

namespace Meter.Tests.Dlms
{
    /// <summary>The load profile 1.0.99.1.0.255 over its persistent ring, read as a head-end reads it.</summary>
    [TestClass]
    public class LoadProfileObjectTests
    {
        private static readonly DateTime Midnight = new DateTime(2026, 5, 1, 0, 0, 0);

        [TestMethod]
        public void TheProfileDescribesItsSixColumns()
        {
            Rig rig = new Rig(new VirtualFlash(4096, 8), VirtualClock.Manual(Midnight.AddMinutes(1)));
            ProfileGeneric profile = rig.Profile;
            DlmsBytes.AreEqual("0906010063010" + "0ff", Encode(Get(profile, 1, null)));
            DlmsBytes.AreEqual(
                "0106"
                + "020412000809060000010000ff0f02120000"
                + "020412000109060000600a01ff0f02120000"
                + "020412000309060100010800ff0f02120000"
                + "020412000309060100020800ff0f02120000"
                + "020412000309060100030800ff0f02120000"
                + "020412000309060100040800ff0f02120000",
                Encode(Get(profile, 3, null)));
            DlmsBytes.AreEqual("0600000384", Encode(Get(profile, 4, null)));
            DlmsBytes.AreEqual("0600000010", Encode(Get(profile, 8, null)));
        }

        [TestMethod]
        public void CapturedRowsAreReadWithTheirTypes()
        {
            Rig rig = new Rig(new VirtualFlash(4096, 8), VirtualClock.Manual(Midnight.AddMinutes(1)));
            rig.CaptureQuarters(3);
            DlmsData buffer = Get(rig.Profile, 2, null);
            Assert.AreEqual(3, buffer.Count);
            Assert.AreEqual(6, buffer[0].Count);

            // 2026-05-01 (Friday) 00:15 UTC, status 0, +A 1001 Wh, -A 2, +R 3, -R 4.
            DlmsBytes.AreEqual(
                "0206" + "090c07ea050105000f0000000000" + "1100" + "1500000000000003e9"
                + "150000000000000002" + "150000000000000003" + "150000000000000004",
                Encode(buffer[1]));
            DlmsBytes.AreEqual("0600000003", Encode(Get(rig.Profile, 7, null)));
        }

        [TestMethod]
        public void SelectiveAccessWorksOnTheStoredProfile()
        {
            Rig rig = new Rig(new VirtualFlash(4096, 8), VirtualClock.Manual(Midnight.AddMinutes(1)));
            rig.CaptureQuarters(6);

            // Range 00:15 .. 00:45 on the clock, +A column only.
            CaptureObjectDefinition[] columns = ProfileObjects.LoadProfileColumns();
            DlmsData rows = Get(rig.Profile, 2, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                columns[0].ToData(), ProfileDateTime.ToOctetString(Midnight.AddMinutes(15)), ProfileDateTime.ToOctetString(Midnight.AddMinutes(45)),
                DlmsData.Array(columns[2].ToData()))));
            Assert.AreEqual(3, rows.Count);
            Assert.AreEqual(1, rows[0].Count);
            Assert.AreEqual(1001UL, rows[0][0].AsUInt64());
            Assert.AreEqual(1003UL, rows[2][0].AsUInt64());

            // Entries 5 .. newest, clock and status.
            rows = Get(rig.Profile, 2, new SelectiveAccessDescriptor(2, DlmsData.Structure(
                DlmsData.DoubleLongUnsigned(5), DlmsData.DoubleLongUnsigned(0), DlmsData.LongUnsigned(1), DlmsData.LongUnsigned(2))));
            Assert.AreEqual(2, rows.Count);
            Assert.AreEqual(2, rows[1].Count);
            Assert.AreEqual(Hex.Format(ProfileDateTime.ToOctetString(Midnight.AddMinutes(75)).GetBytes()), Hex.Format(rows[1][0].GetBytes()));
        }

        [TestMethod]
        public void ACorruptCaptureIsLeftOutOfEveryRead()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(1));
            new Rig(flash, clock).CaptureQuarters(8);
            LoadProfileRingTests.Damage(flash, 5, Midnight.AddMinutes(60));

            // Entry 5 (01:00) is the range's first bisection probe: it falls back to a scan.
            Rig restarted = new Rig(flash, clock);
            CaptureObjectDefinition[] columns = ProfileObjects.LoadProfileColumns();
            DlmsData rows = Get(restarted.Profile, 2, new SelectiveAccessDescriptor(1, DlmsData.Structure(
                columns[0].ToData(), ProfileDateTime.ToOctetString(Midnight.AddMinutes(30)), ProfileDateTime.ToOctetString(Midnight.AddMinutes(75)),
                DlmsData.Array(columns[2].ToData()))));
            Assert.AreEqual(3, rows.Count);
            Assert.AreEqual(1002UL, rows[0][0].AsUInt64());
            Assert.AreEqual(1003UL, rows[1][0].AsUInt64());
            Assert.AreEqual(1005UL, rows[2][0].AsUInt64());
            Assert.AreEqual(7, Get(restarted.Profile, 2, null).Count);
            DlmsBytes.AreEqual("0600000008", Encode(Get(restarted.Profile, 7, null)));
        }

        [TestMethod]
        public void TheProfileSurvivesARestartWithoutDuplicates()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(1));
            new Rig(flash, clock).CaptureQuarters(3);

            Rig restarted = new Rig(flash, clock);
            Assert.IsNull(restarted.Capture.CaptureIfDue());
            DlmsData buffer = Get(restarted.Profile, 2, null);
            Assert.AreEqual(3, buffer.Count);
            Assert.AreEqual(1002UL, buffer[2][2].AsUInt64());
            restarted.CaptureQuarters(1);
            buffer = Get(restarted.Profile, 2, null);
            Assert.AreEqual(4, buffer.Count);
            Assert.AreEqual((long)AmrProfileStatus.PowerDown, buffer[3][1].AsInt64());
        }

        [TestMethod]
        public void CaptureAndResetMethodsChangeTheStoredProfile()
        {
            VirtualFlash flash = new VirtualFlash(4096, 8);
            VirtualClock clock = VirtualClock.Manual(Midnight.AddMinutes(1));
            Rig rig = new Rig(flash, clock);
            rig.CaptureQuarters(2);
            DlmsData returned;
            CosemRequestContext context = new CosemRequestContext();
            clock.Advance(1000);
            Assert.AreEqual((byte)ActionResult.Success, (byte)rig.Profile.Invoke(context, 2, DlmsData.Integer(0), out returned));
            Assert.AreEqual((byte)ActionResult.TemporaryFailure, (byte)rig.Profile.Invoke(context, 2, DlmsData.Integer(0), out returned));
            Assert.AreEqual(3, Get(rig.Profile, 2, null).Count);

            Assert.AreEqual((byte)ActionResult.Success, (byte)rig.Profile.Invoke(context, 1, DlmsData.Integer(0), out returned));
            Assert.AreEqual(0, Get(rig.Profile, 2, null).Count);

            Rig restarted = new Rig(flash, clock);
            Assert.AreEqual(0, Get(restarted.Profile, 2, null).Count);
            restarted.CaptureQuarters(1);
            DlmsData buffer = Get(restarted.Profile, 2, null);
            Assert.AreEqual(1, buffer.Count);
            Assert.AreEqual(1001UL, buffer[0][2].AsUInt64());
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

        /// <summary>Store, ring (16 slots), capture and profile on one flash; +A counts 1000 + quarter.</summary>
        private sealed class Rig
        {
            private readonly VirtualClock _clock;
            private readonly FixedMeasurementSource _source = new FixedMeasurementSource();
            private int _quarter;

            public Rig(VirtualFlash flash, VirtualClock clock)
            {
                _clock = clock;
                RecordStore store = new RecordStore(flash);
                store.Mount();
                LoadProfileRing ring = new LoadProfileRing(store, 16);
                _source.Publish(1000, 2, 3, 4);
                Capture = new LoadProfileCapture(ring, _source, clock, clock, 900);
                Profile = ProfileObjects.LoadProfile(Capture);
                if (ring.Last != null)
                {
                    _quarter = (int)(ring.Last.ActiveImport - 1000);
                }
            }

            public LoadProfileCapture Capture { get; }

            public ProfileGeneric Profile { get; }

            /// <summary>Captures the current boundary (first call) and the next ones, one per quarter hour.</summary>
            public void CaptureQuarters(int count)
            {
                for (int i = 0; i < count; i++)
                {
                    _source.Publish(1000 + _quarter, 2, 3, 4);
                    if (Capture.CaptureIfDue() == null)
                    {
                        _clock.Advance((int)Capture.MillisecondsToNextBoundary());
                        Assert.IsNotNull(Capture.CaptureIfDue());
                    }

                    _quarter++;
                }
            }
        }
    }
}
